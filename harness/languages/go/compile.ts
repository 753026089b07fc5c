// Builds the assembled Go program once per page: drops unused imports, reports imports the SDK lacks, and leaves out
// snippets that do not compile (each reported at its page line) until the rest builds.
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import type { Finding } from '../../types.ts';
import { assembleGo, statementEnd, type GoAssembly, type GoUnit } from './assemble.ts';
import type { GoSdk } from './sdk.ts';

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
  readonly failed: ReadonlyMap<number, Finding[]>;
  /** Snippet index → what the harness changed (imports removed, `_ =` added). */
  readonly adjusted: ReadonlyMap<number, { line: number; message: string }[]>;
}

/** Builds, iterating on the compiler's diagnostics; `pageLine(snippet, line)` maps snippet lines to page lines. */
export async function buildGo(units: readonly GoUnit[], sdk: GoSdk, dir: string, pageLine: (snippet: number, line: number) => number): Promise<GoBuild> {
  for (const file of ['go.mod', 'go.sum']) await copyFile(path.join(sdk.moduleDir, file), path.join(dir, file));
  await copyFile(RUNTIME, path.join(dir, 'harness.go'));
  const dropped = new Set<string>();
  const stubbed = new Set<number>();
  const blanks = new Map<string, string[]>();
  const failed = new Map<number, Finding[]>();
  const adjusted = new Map<number, { line: number; message: string }[]>();
  const note = (snippet: number, line: number, message: string) => adjusted.set(snippet, [...(adjusted.get(snippet) ?? []), { line: pageLine(snippet, line), message }]);
  const fail = (snippet: number, line: number, message: string) => {
    failed.set(snippet, [...(failed.get(snippet) ?? []), { kind: 'compile', severity: 'error', line: pageLine(snippet, line), message }]);
    stubbed.add(snippet);
  };
  const binary = path.join(dir, 'prog');
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const assembly = assembleGo(units, { dropped, stubbed, blanks });
    await writeFile(path.join(dir, 'main.go'), assembly.source);
    const result = await execa('go', ['build', '-gcflags=-e', '-o', binary, '.'], { cwd: dir, reject: false, all: true, env: { ...sdk.env, GOFLAGS: '-mod=readonly -modcacherw' } });
    if (result.exitCode === 0) return { binary, assembly, failed, adjusted };
    const errors = parseGoErrors(String(result.all));
    if (errors.length === 0) throw new HarnessError('TOOLCHAIN_MISSING', `go build failed outside the snippets: ${String(result.all).trim().split('\n').slice(-3).join(' | ')}`);
    let progress = false;
    for (const error of errors) {
      const origin = assembly.origins[error.line - 1];
      if (origin?.kind === 'import' && !dropped.has(origin.spec)) {
        dropped.add(origin.spec);
        progress = true;
        if (/imported and not used/.test(error.message)) {
          for (const from of origin.from) note(from.snippet, from.line, `the harness removed the unused import ${origin.spec}`);
        } else {
          const why = /cannot find module|no required module|is not in std|does not contain package|no Go files/.test(error.message) ? `not in ${'github.com/milvus-io/milvus/client/v2'} ${sdk.version} (SDK drift, or a typo)` : error.message;
          for (const from of origin.from) fail(from.snippet, from.line, `import ${origin.spec}: ${why}`);
        }
      } else if (origin?.kind === 'body' && !stubbed.has(origin.snippet)) {
        const unused = /^declared and not used: (\w+)$/.exec(error.message);
        if (unused) {
          const end = statementEnd(units[origin.snippet]!.code, origin.line);
          const key = `${origin.snippet}:${end}`;
          blanks.set(key, [...(blanks.get(key) ?? []), unused[1]!]);
          note(origin.snippet, origin.line, `\`${unused[1]}\` is declared and not used; the harness added \`_ = ${unused[1]}\` so the program compiles`);
        } else {
          fail(origin.snippet, origin.line, error.message.replaceAll('*dhClient', '*milvusclient.Client').replaceAll('dhContext', 'context.Context'));
        }
        progress = true;
      }
    }
    if (!progress) throw new HarnessError('TOOLCHAIN_MISSING', `the assembled Go program does not build for a reason outside the snippets: ${errors[0]!.message}`);
  }
  throw new HarnessError('TOOLCHAIN_MISSING', 'the assembled Go program still does not build after 12 attempts');
}
