// Compiles the assembled Java program once per page: adds the imports a reader would add, drops imports the SDK
// lacks, and leaves out snippets that do not compile (each reported at its page line) until the rest compiles.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import type { Finding } from '../../types.ts';
import { assembleJava, type JavaAssembly, type JavaUnit } from './assemble.ts';

const RUNTIME = fileURLToPath(new URL('./DocsHarnessRuntime.java', import.meta.url));

/** One javac diagnostic. */
export interface JavacError {
  readonly line: number;
  readonly message: string;
  readonly symbol?: { kind: string; name: string };
}

/** Parses javac's stderr into errors for the program file. */
export function parseJavacErrors(stderr: string, file = 'DocsHarnessProgram.java'): JavacError[] {
  const errors: JavacError[] = [];
  const lines = stderr.split('\n');
  lines.forEach((text, i) => {
    const match = /^(?:.*[\\/])?([\w$]+\.java):(\d+): error: (.*)$/.exec(text);
    if (!match || match[1] !== file) return;
    let symbol: JavacError['symbol'];
    for (let j = i + 1; j < Math.min(i + 6, lines.length) && !/: error: /.test(lines[j]!); j += 1) {
      const sym = /^\s*symbol:\s+(class|variable|method)\s+([\w$]+)/.exec(lines[j]!);
      if (sym) symbol = { kind: sym[1]!, name: sym[2]! };
    }
    errors.push({ line: Number(match[2]), message: match[3]!, ...(symbol ? { symbol } : {}) });
  });
  return errors;
}

/** The result of compiling a page's Java tabs. */
export interface JavaBuild {
  readonly classesDir: string;
  readonly assembly: JavaAssembly;
  /** Snippet index → compile findings (those snippets are left out). */
  readonly failed: ReadonlyMap<number, Finding[]>;
  /** Snippet index → what the harness had to add. */
  readonly added: ReadonlyMap<number, { line: number; name: string }[]>;
}

/** Compiles, iterating on javac's diagnostics; `pageLine(snippet, line)` maps snippet lines to page lines. */
export async function compileJava(
  units: readonly JavaUnit[],
  classpath: string,
  classIndex: ReadonlyMap<string, string>,
  dir: string,
  pageLine: (snippet: number, line: number) => number,
  sdkName: string,
): Promise<JavaBuild> {
  const added = new Set<string>();
  const dropped = new Set<string>();
  const stubbed = new Set<number>();
  const failed = new Map<number, Finding[]>();
  const addedBy = new Map<number, { line: number; name: string }[]>();
  const classesDir = path.join(dir, 'classes');
  await mkdir(classesDir, { recursive: true });
  await copyFile(RUNTIME, path.join(dir, 'DocsHarnessRuntime.java'));
  const fail = (snippet: number, finding: Finding) => {
    failed.set(snippet, [...(failed.get(snippet) ?? []), finding]);
    stubbed.add(snippet);
  };
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const assembly = assembleJava(units, { added, dropped, stubbed });
    await writeFile(path.join(dir, 'DocsHarnessProgram.java'), assembly.source);
    const javac = await execa('javac', ['-nowarn', '-Xmaxerrs', '1000', '-encoding', 'UTF-8', '-cp', classpath, '-d', classesDir, 'DocsHarnessProgram.java', 'DocsHarnessRuntime.java'], { cwd: dir, reject: false });
    if (javac.exitCode === 0) return { classesDir, assembly, failed, added: addedBy };
    const errors = parseJavacErrors(javac.stderr);
    if (errors.length === 0) throw new HarnessError('TOOLCHAIN_MISSING', `javac failed without a diagnostic for the program: ${javac.stderr.trim().split('\n').slice(-3).join(' | ') || javac.shortMessage}`);
    let progress = false;
    for (const error of errors) {
      const origin = assembly.origins[error.line - 1];
      if (origin?.kind === 'import' && !dropped.has(origin.name)) {
        dropped.add(origin.name);
        for (const from of origin.from) fail(from.snippet, { kind: 'compile', severity: 'error', line: pageLine(from.snippet, from.line), message: `import ${origin.name}: ${error.message} (not in ${sdkName}: SDK drift or a typo)` });
        progress = true;
      } else if (origin?.kind === 'body' && !stubbed.has(origin.snippet)) {
        const fqn = error.symbol && /^[A-Z]/.test(error.symbol.name) ? classIndex.get(error.symbol.name) : undefined;
        if (fqn && !added.has(fqn) && !dropped.has(fqn)) {
          added.add(fqn);
          addedBy.set(origin.snippet, [...(addedBy.get(origin.snippet) ?? []), { line: pageLine(origin.snippet, origin.line), name: fqn }]);
        } else if (fqn && added.has(fqn)) {
          continue; // another use of a symbol whose import was just added
        } else {
          const what = error.symbol ? `${error.message}: ${error.symbol.kind} ${error.symbol.name}` : error.message;
          fail(origin.snippet, { kind: 'compile', severity: 'error', line: pageLine(origin.snippet, origin.line), message: what });
        }
        progress = true;
      } else if (origin?.kind === 'added-import') {
        added.delete(origin.name);
        dropped.add(origin.name);
        progress = true;
      }
    }
    if (!progress) throw new HarnessError('TOOLCHAIN_MISSING', `the assembled Java program does not compile for a reason outside the snippets: ${errors[0]!.message}`);
  }
  throw new HarnessError('TOOLCHAIN_MISSING', 'the assembled Java program still does not compile after 12 attempts');
}
