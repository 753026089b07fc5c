// Java: what drifted when a snippet uses a class or member the installed milvus-sdk-java does not have (its own jar says).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { cachePath } from '../../toolchain/cache.ts';
import { scrubbedEnv } from '../../process/exec.ts';
import type { DriftExplainer } from '../drift-notes.ts';
import { codeTag, introspected } from '../introspection-cache.ts';
import { driftSentence, suggestNames } from '../suggest.ts';
import type { JavaSdk } from './sdk.ts';

const MEMBERS_URL = new URL('./DocsHarnessMembers.java', import.meta.url);
const MEMBERS = fileURLToPath(MEMBERS_URL);

/** Canonical class name → its public members, for every public class in the SDK jar (DocsHarnessMembers.java). */
type JavaMembers = Readonly<Record<string, readonly string[]>>;

async function introspect(sdk: JavaSdk): Promise<JavaMembers> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-harness-java-members-'));
  try {
    const out = path.join(dir, 'members.json');
    const args = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', sdk.classpath, MEMBERS, sdk.jar, out];
    await execa('java', args, { cwd: dir, env: scrubbedEnv(dir), extendEnv: false, timeout: 120_000 });
    return JSON.parse(await readFile(out, 'utf8')) as JavaMembers;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const simpleName = (name: string) => name.slice(name.lastIndexOf('.') + 1);
const parentOf = (name: string) => name.slice(0, Math.max(0, name.lastIndexOf('.')));
/** Preference among classes of one simple name: the v2 client API first (as class-index.ts ranks imports). */
const rank = (name: string) => (name.startsWith('io.milvus.v2.') ? 0 : name.startsWith('io.milvus.common.') ? 1 : 2);
const byRank = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);

/** The SDK class `type` names (a canonical name, or its last dotted parts), the v2 API first; undefined outside the SDK. */
function sdkClass(type: string, members: JavaMembers): string | undefined {
  if (members[type]) return type;
  return Object.keys(members)
    .filter((name) => name.endsWith(`.${type}`))
    .sort(byRank)[0];
}

/** Where classes of the simple name `name` are: packages (top-level classes) or outer classes (nested ones). */
function placesOf(name: string, members: JavaMembers): string[] {
  const parents = Object.keys(members)
    .filter((c) => simpleName(c) === name)
    .map(parentOf);
  return [...new Set(parents)].sort(byRank).slice(0, 3);
}

/** Close simple names of top-level SDK classes, those in `pkg` first. */
function closeClasses(name: string, members: JavaMembers, pkg?: string): string[] {
  const topLevel = Object.keys(members).filter((c) => !members[parentOf(c)]);
  const inPackage = pkg ? suggestNames(name, topLevel.filter((c) => parentOf(c) === pkg).map(simpleName)) : [];
  return inPackage.length > 0 ? inPackage : suggestNames(name, topLevel.map(simpleName));
}

const IMPORT = /^import ((?:[\w$]+\.)+[\w$]+): /;
const SYMBOL = /cannot find symbol: (class|variable|method) ([\w$]+)(?:, location: (.+))?/;
const LOCATION_TYPE = /(?:of type|^(?:class|interface|enum|record)) ([\w.$]+)/;
const CLASS_NAME = /^[A-Z](?=[A-Z0-9]*[a-z])[A-Za-z0-9]*$/;

/** The sentence for `message`, if it is about a class or member the installed SDK lacks. */
function explain(message: string, members: JavaMembers, sdk: string): string | undefined {
  const imported = IMPORT.exec(message)?.[1];
  if (imported) {
    if (members[imported]) return undefined; // the class is there: the import failed for another reason
    const places = placesOf(simpleName(imported), members);
    if (places.length === 0 && !imported.startsWith('io.milvus.')) return undefined;
    return driftSentence({ sdk, missing: imported, places, suggestions: closeClasses(simpleName(imported), members, parentOf(imported)) });
  }
  const symbol = SYMBOL.exec(message);
  if (!symbol) return undefined;
  const [kind, name, location] = [symbol[1]!, symbol[2]!, symbol[3]];
  const owner = location ? LOCATION_TYPE.exec(location)?.[1] : undefined;
  const ownerClass = owner && kind !== 'class' ? sdkClass(owner, members) : undefined;
  if (ownerClass) return driftSentence({ sdk, missing: `${simpleName(ownerClass)}.${name}`, suggestions: suggestNames(name, members[ownerClass]!) });
  // A member of a class outside the SDK, or a page's variable or constant (`COLLECTION_NAME`): not the SDK's to explain.
  if (kind === 'method' || !CLASS_NAME.test(name)) return undefined;
  // A class name the harness could not import: a nested class, or a misspelled one.
  const drift = { sdk, missing: name, places: placesOf(name, members), suggestions: closeClasses(name, members) };
  return drift.places.length > 0 || drift.suggestions.length > 0 ? driftSentence(drift) : undefined;
}

/** Explains SDK drift in javac/JShell error messages for `sdk` (`milvus-sdk-java 2.6.22`); introspects the jar on first need. */
export function javaDrift(installed: JavaSdk, sdk: string): DriftExplainer {
  return async (message) => {
    if (!IMPORT.test(message) && !SYMBOL.test(message)) return undefined;
    const file = installed.jar ? cachePath('java', 'members', `${installed.version}-${codeTag(MEMBERS_URL)}.json`) : undefined;
    const members = await introspected(sdk, file, () => introspect(installed));
    return explain(message, members, sdk);
  };
}
