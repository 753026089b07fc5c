// Go: what drifted when a snippet uses a name the installed milvus client/v2 module does not have (its own source says).
import path from 'node:path';
import { execa } from 'execa';
import type { DriftExplainer } from '../drift-notes.ts';
import { codeTag, introspected } from '../introspection-cache.ts';
import { driftSentence, suggestNames } from '../suggest.ts';
import { importName, KNOWN_PACKAGES, splitImports } from './imports.ts';
import { type GoMembers, scanGoModule } from './members.ts';
import { GO_MODULE, type GoSdk } from './sdk.ts';

/** The folder of the module's source in the Go module cache. */
async function moduleSource(sdk: GoSdk): Promise<string> {
  const env = { ...sdk.env, GOFLAGS: '-mod=readonly' };
  const listed = await execa('go', ['list', '-m', '-f', '{{.Dir}}', GO_MODULE], { cwd: sdk.moduleDir, env, timeout: 60_000 });
  return listed.stdout.trim();
}

/** What each name a page's Go code may qualify with means: its imports, the packages the harness adds, the harness's own alias. */
function packagePaths(codes: readonly string[]): Map<string, string> {
  const paths = new Map<string, string>([['dhmilvus', `${GO_MODULE}/milvusclient`]]);
  for (const [name, spec] of Object.entries(KNOWN_PACKAGES)) paths.set(name, spec.replaceAll('"', ''));
  for (const code of codes) for (const { spec } of splitImports(code).imports) paths.set(importName(spec), spec.replace(/^[\w.]+\s+/, '').replaceAll('"', ''));
  return paths;
}

/** The module's import paths that have exactly `name` (other than `except`), the package the harness's client is in first. */
function placesOf(name: string, members: GoMembers, except: string): string[] {
  return Object.entries(members)
    .filter(([pkg, p]) => pkg !== except && p.names.includes(name))
    .map(([pkg]) => pkg)
    .sort((a, b) => Number(b.endsWith('/milvusclient')) - Number(a.endsWith('/milvusclient')) || a.localeCompare(b));
}

const NO_MEMBER = /undefined \(type \*?(\w+)\.(\w+)(?:\[[^\]]*\])? has no field or method (\w+)/;
const UNDEFINED = /^undefined: (\w+)\.(\w+)$/;

/** The sentence for `message`, if it is about a name the installed module lacks; `paths` maps page package names to import paths. */
function explain(message: string, members: GoMembers, paths: ReadonlyMap<string, string>, sdk: string): string | undefined {
  const member = NO_MEMBER.exec(message);
  if (member) {
    const [pkgName, type, name] = [member[1]!, member[2]!, member[3]!];
    const pkg = members[paths.get(pkgName) ?? ''] ?? Object.values(members).find((p) => p.name === pkgName);
    const known = pkg?.members[type];
    if (!pkg || !known) return undefined;
    // A package-level name called on a value (`client.New` where `client` is a *Client): the package has it.
    const places = pkg.names.includes(name) ? [`package ${pkg.name} (\`${pkg.name}.${name}\`)`] : [];
    return driftSentence({ sdk, missing: `${type}.${name}`, places, suggestions: suggestNames(name, known) });
  }
  const qualified = UNDEFINED.exec(message.trim());
  const importPath = qualified ? paths.get(qualified[1]!) : undefined;
  const pkg = importPath ? members[importPath] : undefined;
  if (!qualified || !importPath || !pkg) return undefined; // not a package of the SDK module
  const [alias, name] = [qualified[1]!, qualified[2]!];
  const methodOf = Object.entries(pkg.members)
    .filter(([, names]) => names.includes(name))
    .map(([type]) => `${pkg.name}.${type}`);
  return driftSentence({ sdk, missing: `${alias}.${name}`, places: placesOf(name, members, importPath), methodOf, suggestions: suggestNames(name, pkg.names) });
}

/** Explains SDK drift in `go build` errors of a page's Go snippets (`codes`), for `sdk` (its description); scans the module on first need. */
export function goDrift(installed: GoSdk, sdk: string, codes: readonly string[]): DriftExplainer {
  return async (message) => {
    if (!NO_MEMBER.test(message) && !UNDEFINED.test(message.trim())) return undefined;
    const file = path.join(installed.moduleDir, `docs-harness-members-${codeTag(new URL('./members.ts', import.meta.url))}.json`);
    const members = await introspected(sdk, file, async () => scanGoModule(GO_MODULE, await moduleSource(installed)));
    return explain(message, members, packagePaths(codes), sdk);
  };
}
