// Builds the assembled Go program once per page: drops unused imports, reports imports the SDK lacks, and leaves out
// snippets that do not compile (each reported at its page line) until the rest builds.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cachePath } from '../../toolchain/cache.ts';
import { makeDir } from '../../support/make-dir.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import type { Finding } from '../../types.ts';
import { assembleGo, type GoAssembly, type GoUnit } from './assemble.ts';
import { earlyImportUses } from './early-imports.ts';
import { declaredNames, KNOWN_PACKAGES, statementEnd } from './imports.ts';
import { codeOnly } from './scan.ts';
import { GO_MODULE, type GoSdk } from './sdk.ts';
import { goSupplied } from './supplied.ts';

const RUNTIME = fileURLToPath(new URL('./harness.go.txt', import.meta.url));

/** One `go build` diagnostic for main.go. */
export interface GoError {
  readonly line: number;
  readonly message: string;
}

/** Parses `go build` output into main.go errors. */
export function parseGoErrors(output: string): GoError[] {
  return output
    .split('\n')
    .map((text) => /^(?:\.\/)?main\.go:(\d+):\d+: (.*)$/.exec(text.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ line: Number(m[1]), message: m[2]! }));
}

/** The result of building a page's Go tabs. */
export interface GoBuild {
  readonly binary: string;
  readonly assembly: GoAssembly;
  /** Snippet index → its compile findings (left out of the program). */
  readonly failed: ReadonlyMap<number, Finding[]>;
  /** Snippet index → the failed snippet whose declaration it uses (left out, not run). */
  readonly blocked: ReadonlyMap<number, { name: string; snippet: number; line: number }>;
  /** Snippet index → what the harness changed (imports removed or added, `_ =` added). */
  readonly adjusted: ReadonlyMap<number, { line: number; message: string }[]>;
}

/**
 * `buildGo`, reused when the same program was built before: the same snippets at the same page lines, the same SDK
 * runtime and assembler (the program and its findings are kept in the cache; a build takes seconds, a copy milliseconds).
 */
export async function cachedBuildGo(units: readonly GoUnit[], sdk: GoSdk, dir: string, pageLine: (snippet: number, line: number) => number): Promise<GoBuild> {
  const lines = units.map((u, i) => u.code.split('\n').map((_, l) => pageLine(i, l + 1)));
  const key = createHash('sha256')
    .update(JSON.stringify({ units, lines, sdk: sdk.version, harness: await harnessSource() }))
    .digest('hex');
  const kept = cachePath('go-builds', key);
  const binary = path.join(dir, 'prog');
  try {
    const saved = JSON.parse(await readFile(path.join(kept, 'build.json'), 'utf8')) as SavedBuild;
    await copyFile(path.join(kept, 'prog'), binary);
    const assembly = { ...saved.assembly, bound: new Map(saved.assembly.bound) };
    return { binary, assembly, failed: new Map(saved.failed), blocked: new Map(saved.blocked), adjusted: new Map(saved.adjusted) };
  } catch {
    // not built before (or half kept): build it
  }
  const build = await buildGo(units, sdk, dir, pageLine);
  const assembly = { ...build.assembly, bound: [...build.assembly.bound] };
  const saved: SavedBuild = { assembly, failed: [...build.failed], blocked: [...build.blocked], adjusted: [...build.adjusted] };
  const staging = `${kept}.${process.pid}.tmp`;
  await makeDir(staging);
  await copyFile(build.binary, path.join(staging, 'prog'));
  await writeFile(path.join(staging, 'build.json'), JSON.stringify(saved));
  await rename(staging, kept).catch(() => rm(staging, { recursive: true, force: true })); // another run kept it first
  return build;
}

/** The runtime and the assembler's own source: a build kept by another version of either is not reused. */
async function harnessSource(): Promise<string> {
  const folder = path.dirname(RUNTIME);
  const files = (await readdir(folder)).filter((file) => file.endsWith('.ts') || file.endsWith('.txt')).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(path.join(folder, file)));
  return hash.digest('hex');
}

/** What is kept of a build besides its binary. */
interface SavedBuild {
  readonly assembly: Omit<GoAssembly, 'bound'> & { readonly bound: [string, string][] };
  readonly failed: [number, Finding[]][];
  readonly blocked: [number, { name: string; snippet: number; line: number }][];
  readonly adjusted: [number, { line: number; message: string }[]][];
}

/** Builds, iterating on the compiler's diagnostics; `pageLine(snippet, line)` maps snippet lines to page lines. */
export async function buildGo(units: readonly GoUnit[], sdk: GoSdk, dir: string, pageLine: (snippet: number, line: number) => number): Promise<GoBuild> {
  for (const file of ['go.mod', 'go.sum']) await copyFile(path.join(sdk.moduleDir, file), path.join(dir, file));
  await copyFile(RUNTIME, path.join(dir, 'harness.go'));
  const dropped = new Set<string>();
  const added = new Set<string>();
  const stubbed = new Set<number>();
  const blanks = new Map<string, string[]>();
  const declares = new Map<string, string>();
  const failed = new Map<number, Finding[]>();
  const blocked = new Map<number, { name: string; snippet: number; line: number }>();
  const adjusted = new Map<number, { line: number; message: string }[]>();
  const declared = units.map((u) => declaredNames(u.code));
  const note = (snippet: number, line: number, message: string) =>
    adjusted.set(snippet, [...(adjusted.get(snippet) ?? []), { line: pageLine(snippet, line), message }]);
  const fail = (snippet: number, line: number, message: string) => {
    failed.set(snippet, [...(failed.get(snippet) ?? []), { kind: 'compile', severity: 'error', line: pageLine(snippet, line), message }]);
    stubbed.add(snippet);
  };
  const binary = path.join(dir, 'prog');
  // What the reader would meet that the assembled program hides: names the harness supplies, imports it hoisted.
  const codes = units.map((u) => u.code);
  for (const supplied of goSupplied(codes).notes) note(supplied.snippet, supplied.line, supplied.message);
  const warned = new Set<string>();
  const hoisted = assembleGo(units, { dropped, added, stubbed, blanks }).bound;
  for (const use of earlyImportUses(codes, hoisted)) {
    // As if no snippet imported it: a package a reader adds is a warning at its first use, any other `undefined`.
    if (KNOWN_PACKAGES[use.name] && !warned.has(use.name)) {
      warned.add(use.name);
      note(use.snippet, use.line, `the harness added \`import "${use.path}"\`, which the snippet uses but does not import`);
    } else if (!KNOWN_PACKAGES[use.name]) fail(use.snippet, use.line, `undefined: ${use.name}`);
  }
  for (let attempt = 0; attempt < 16; attempt += 1) {
    const assembly = assembleGo(units, { dropped, added, stubbed, blanks, declares });
    await writeFile(path.join(dir, 'main.go'), assembly.source);
    const result = await execa('go', ['build', '-gcflags=-e', '-o', binary, '.'], {
      cwd: dir,
      reject: false,
      all: true,
      env: { ...sdk.env, GOFLAGS: '-mod=readonly -modcacherw' },
    });
    if (result.exitCode === 0) return { binary, assembly, failed, blocked, adjusted };
    const errors = parseGoErrors(String(result.all));
    if (errors.length === 0)
      throw new HarnessError('TOOLCHAIN_MISSING', `go build failed outside the snippets: ${String(result.all).trim().split('\n').slice(-3).join(' | ')}`);
    const bound = new Set(assembly.bound.values());
    const failedNow = new Set<number>();
    let progress = false;
    for (const error of errors) {
      const origin = assembly.origins[error.line - 1];
      if (origin?.kind === 'import' && !dropped.has(origin.path)) {
        dropped.add(origin.path);
        progress = true;
        const live = origin.from.filter((f) => !stubbed.has(f.snippet));
        if (/imported and not used/.test(error.message)) {
          for (const from of live) note(from.snippet, from.line, `the harness removed the unused import "${origin.path}"`);
        } else {
          const why = /cannot find module|no required module|is not in std|does not contain package|no Go files/.test(error.message)
            ? `not in ${GO_MODULE} ${sdk.version} (SDK drift, or a typo)`
            : error.message;
          for (const from of live) fail(from.snippet, from.line, `import "${origin.path}": ${why}`);
        }
      } else if (origin?.kind === 'added-import') {
        added.delete(origin.spec);
        progress = true;
      } else if (origin?.kind === 'body' && !stubbed.has(origin.snippet)) {
        const snippet = origin.snippet;
        const unused = /^declared and not used: (\w+)$/.exec(error.message);
        const undefinedName = /^undefined: (\w+)$/.exec(error.message)?.[1];
        const provider = undefinedName === undefined ? undefined : units.findIndex((_, i) => i < snippet && stubbed.has(i) && declared[i]!.has(undefinedName));
        if (unused) {
          const end = statementEnd(units[snippet]!.code, origin.line);
          const key = `${snippet}:${end}`;
          blanks.set(key, [...(blanks.get(key) ?? []), unused[1]!]);
          note(snippet, origin.line, `\`${unused[1]}\` is declared and not used; the harness added \`_ = ${unused[1]}\` so the program compiles`);
        } else if (
          undefinedName &&
          new RegExp(`^\\s*${undefinedName}\\s*=[^=]`).test(units[snippet]!.code.split('\n')[origin.line - 1] ?? '') &&
          ![...declares.values()].includes(undefinedName)
        ) {
          declares.set(`${snippet}:${origin.line}`, undefinedName);
          note(
            snippet,
            origin.line,
            `\`${undefinedName}\` is assigned without being declared (the page assumes it was declared elsewhere): the harness made it \`${undefinedName} := …\``,
          );
        } else if (undefinedName && [...declares.entries()].some(([key, name]) => name === undefinedName && Number(key.split(':')[0]) <= snippet)) {
          continue; // declared by the harness in this or an earlier snippet: the next build sees it
        } else if (undefinedName && KNOWN_PACKAGES[undefinedName] && !bound.has(undefinedName) && !added.has(KNOWN_PACKAGES[undefinedName])) {
          added.add(KNOWN_PACKAGES[undefinedName]);
          note(snippet, origin.line, `the harness added \`import ${KNOWN_PACKAGES[undefinedName]}\`, which the snippet uses but does not import`);
        } else if (undefinedName && KNOWN_PACKAGES[undefinedName] && added.has(KNOWN_PACKAGES[undefinedName])) {
          continue; // another use of a package whose import was just added
        } else if (provider !== undefined && provider >= 0 && !failedNow.has(snippet)) {
          if (!blocked.has(snippet))
            blocked.set(snippet, { name: undefinedName!, snippet: provider, line: declarationLine(units[provider]!.code, undefinedName!) });
          stubbed.add(snippet);
        } else {
          failedNow.add(snippet);
          blocked.delete(snippet);
          fail(snippet, origin.line, error.message.replaceAll('*dhClient', '*milvusclient.Client').replaceAll('dhContext', 'context.Context'));
        }
        progress = true;
      }
    }
    if (!progress)
      throw new HarnessError('TOOLCHAIN_MISSING', `the assembled Go program does not build for a reason outside the snippets: ${errors[0]!.message}`);
  }
  throw new HarnessError('TOOLCHAIN_MISSING', 'the assembled Go program still does not build after 16 attempts');
}

/** The snippet line where `name` is declared (for pointing at the failed declaration). */
function declarationLine(code: string, name: string): number {
  const index = codeOnly(code)
    .split('\n')
    .findIndex((text) => new RegExp(`(^|[\\s,])${name}\\b[\\w\\s,]*:=|\\b(var|const)\\s+${name}\\b`).test(text));
  return index + 1 || 1;
}
