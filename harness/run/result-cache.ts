// Reuses a language's results on a page when nothing they depend on changed: its snippets (code, in order), the
// fixture, the SDK and server versions, the run options and the harness itself. Lines are stored relative to each
// snippet, so a tab that only moved (an edit above it) is reused at its new lines.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { cachePath, PACKAGE_ROOT } from '../toolchain/cache.ts';
import type { CollectionState } from '../types.ts';
import type { Finding, Snippet, SnippetRun } from '../types.ts';
import { makeDir } from '../support/make-dir.ts';

let harnessHash: string | undefined;

/** A hash of the harness's own code (every file under harness/): a changed harness never reuses old results. */
function harnessVersion(): string {
  if (!harnessHash) {
    const hash = createHash('sha256');
    for (const file of globSync('harness/**/*', { cwd: PACKAGE_ROOT, onlyFiles: true }).sort()) {
      hash.update(file).update(readFileSync(path.join(PACKAGE_ROOT, file)));
    }
    harnessHash = hash.digest('hex');
  }
  return harnessHash;
}

/** What one language's results on a page depend on. */
export interface CacheInputs {
  readonly lang: string;
  readonly sdk: string;
  readonly server: string;
  readonly snippets: readonly Snippet[];
  /** Everything else that changes what runs or what the oracle reads (fixture, options, known collections …). */
  readonly context: unknown;
}

/** The cache key of a language's results. */
export function cacheKey(inputs: CacheInputs): string {
  const snippets = inputs.snippets.map((s) => ({ id: s.id, code: s.code, expected: s.expected.length, lines: s.codeLines.map((l) => l - s.line) }));
  return createHash('sha256')
    .update(JSON.stringify({ harness: harnessVersion(), ...inputs, snippets }))
    .digest('hex');
}

/** What is kept: the runs, the oracle's states by snippet id, and where each snippet was (to move lines). */
interface Entry {
  readonly runs: readonly SnippetRun[];
  readonly states: Record<string, CollectionState[]>;
  readonly lines: Record<string, { start: number; end: number }>;
  /** The endpoint substitutions made in the snippets (the report lists them, cached or not). */
  readonly substitutions?: readonly string[];
}

function entryFile(key: string): string {
  return cachePath('results', key.slice(0, 2), `${key}.json`);
}

/** Moves page line `line` from where the snippets were to where they are now (lines outside them stay). */
function mover(stored: Entry['lines'], snippets: readonly Snippet[]): (line: number) => number {
  return (line) => {
    for (const snippet of snippets) {
      const was = stored[snippet.id];
      if (was && line >= was.start && line <= was.end) return line + snippet.line - was.start;
    }
    return line;
  };
}

/** The cached results for `key`, moved to the snippets' current lines and marked `cached`, or undefined. */
export async function readCached(
  key: string,
  snippets: readonly Snippet[],
): Promise<{ runs: SnippetRun[]; states: Map<string, Map<string, CollectionState>>; substitutions: readonly string[] } | undefined> {
  let entry: Entry;
  try {
    entry = JSON.parse(await readFile(entryFile(key), 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  const move = mover(entry.lines, snippets);
  const moveText = (text: string) => text.replace(/\bline (\d+)\b/g, (_all, n: string) => `line ${move(Number(n))}`);
  const moveFinding = (f: Finding): Finding => ({ ...f, line: move(f.line), message: moveText(f.message) });
  return {
    runs: entry.runs.map((run) => ({
      ...run,
      findings: run.findings.map(moveFinding),
      ...(run.skip?.code === 'depends-on-failed' && run.skip.from ? { skip: { ...run.skip, from: { ...run.skip.from, line: move(run.skip.from.line) } } } : {}),
      cached: true,
    })),
    states: new Map(Object.entries(entry.states).map(([id, list]) => [id, new Map(list.map((st) => [st.name, st]))])),
    substitutions: entry.substitutions ?? [],
  };
}

/** Stores a language's results under `key` (written whole, then renamed: a reader never sees half a file). */
export async function writeCached(
  key: string,
  snippets: readonly Snippet[],
  runs: readonly SnippetRun[],
  states: ReadonlyMap<string, ReadonlyMap<string, CollectionState>>,
  substitutions: readonly string[] = [],
): Promise<void> {
  const ids = new Set(snippets.map((s) => s.id));
  const entry: Entry = {
    runs,
    states: Object.fromEntries([...states].filter(([id]) => ids.has(id)).map(([id, map]) => [id, [...map.values()]])),
    lines: Object.fromEntries(snippets.map((s) => [s.id, { start: s.line, end: s.endLine }])),
    substitutions,
  };
  const file = entryFile(key);
  await makeDir(path.dirname(file));
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(entry));
  await rename(temporary, file);
}
