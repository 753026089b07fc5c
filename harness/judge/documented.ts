// Documented vs actual: a snippet's stdout against its documented output blocks, in order, after the normalisers.
import { createTwoFilesPatch } from 'diff';
import type { Finding, Snippet, SnippetRun } from '../types.ts';
import { segments, segmentsMatch, type MatchOptions } from './normalise.ts';
import { listsUnordered, printsOutput, searches } from './language-facts.ts';
import { namesOutputFields } from './output-conventions.ts';

/** How a snippet's outputs are compared: lists as sets when it lists what an API returns unordered; search hits by structure. */
export function matchOptions(code: string): MatchOptions {
  return { unordered: listsUnordered(code), structural: searches(code) };
}

const isWildcard = (text: string) => ['<...>', '...'].includes(text.trim());

/** The number of actual segments `expected` matches from `start` (wildcards included), or -1 when it does not. */
function matchAt(expected: readonly string[], actual: readonly string[], start: number, options: MatchOptions): number {
  let a = start;
  for (let e = 0; e < expected.length; e += 1) {
    if (isWildcard(expected[e]!)) {
      const next = expected[e + 1];
      if (next === undefined) return actual.length - start;
      while (a < actual.length && !segmentsMatch(next, actual[a]!, options)) a += 1;
      continue;
    }
    if (a >= actual.length || !segmentsMatch(expected[e]!, actual[a]!, options)) return -1;
    a += 1;
  }
  return a - start;
}

/** Index of the first documented segment that does not match (in order), or -1 when all match. */
export function firstMismatch(expected: readonly string[], actual: readonly string[], options: MatchOptions = {}): number {
  let a = 0;
  for (let e = 0; e < expected.length; e += 1) {
    if (isWildcard(expected[e]!)) {
      const next = expected[e + 1];
      if (next === undefined) return -1;
      while (a < actual.length && !segmentsMatch(next, actual[a]!, options)) a += 1;
      continue;
    }
    if (a >= actual.length || !segmentsMatch(expected[e]!, actual[a]!, options)) return e;
    a += 1;
  }
  return a < actual.length ? expected.length : -1;
}

/** Where documented blocks and printed segments part ways: the block that matches nothing, or output left over. */
export type Alignment = { kind: 'ok' } | { kind: 'block'; block: number; from: number } | { kind: 'extra'; from: number };

/**
 * Aligns each documented block with the prints that come before it in the code (after the previous block): a block
 * matches the next run of printed segments, skipping undocumented prints before it. Output after the last block is a
 * mismatch only when no print call in the code comes after that block.
 */
export function alignBlocks(blocks: readonly string[][], actual: readonly string[], printsAfterLast: boolean, options: MatchOptions = {}): Alignment {
  let cursor = 0;
  for (const [b, block] of blocks.entries()) {
    let found = -1;
    for (let start = cursor; start <= actual.length && found < 0; start += 1) {
      const length = matchAt(block, actual, start, options);
      if (length >= 0) {
        found = start;
        cursor = start + length;
      }
    }
    if (found < 0) return { kind: 'block', block: b, from: cursor };
  }
  return cursor < actual.length && !printsAfterLast ? { kind: 'extra', from: cursor } : { kind: 'ok' };
}

function clip(text: string, max = 160): string {
  const one = text.trim().replace(/\s*\n\s*/g, ' ⏎ ');
  return one.length > max ? `${one.slice(0, max)}…` : one || '(nothing)';
}

/**
 * Findings for a snippet whose stdout does not match what the page documents (none when it has no documented output);
 * `server` says what the server is known to print otherwise (milvus-lite: empty database names, deleted keys, every
 * field of a search hit).
 */
export function judgeDocumented(snippet: Snippet, run: SnippetRun, server: { milvusLite?: boolean } = {}): Finding[] {
  if (snippet.expected.length === 0 || run.outcome !== 'ok') return [];
  const blocks = snippet.expected.map((block) => segments(block.text));
  // Named normaliser `extra-info`: pymilvus prints query results as `data: [...], extra_info: {...}`; a page that
  // documents the rows without that suffix is not wrong.
  const documentsExtraInfo = snippet.expected.some((block) => block.text.includes('extra_info'));
  const stdout = documentsExtraInfo ? run.stdout : run.stdout.replace(/,\s*extra_info:\s*\{[^{}]*\}/g, '');
  const actual = segments(stdout);
  const lite = Boolean(server.milvusLite);
  const options: MatchOptions = {
    ...matchOptions(snippet.code),
    emptyDatabaseName: lite,
    deleteReturnsKeys: lite,
    extraEntityFields: lite && searches(snippet.code) && !namesOutputFields(snippet.code),
  };
  const last = snippet.expected.at(-1)!;
  const printsAfterLast = printsOutput(snippet.code.split('\n').slice(last.afterCodeLine).join('\n'));
  const alignment = alignBlocks(blocks, actual, printsAfterLast, options);
  if (alignment.kind === 'ok') return [];
  const block = alignment.kind === 'block' ? snippet.expected[alignment.block]! : last;
  const expectedText = snippet.expected.map((b) => b.text).join('\n');
  const diff = createTwoFilesPatch(`documented (page line ${block.line})`, 'actual stdout', `${expectedText}\n`, `${run.stdout.trim()}\n`, '', '', {
    context: 3,
  })
    .split('\n')
    .slice(1)
    .join('\n')
    .trimEnd();
  const what =
    alignment.kind === 'extra'
      ? `printed more than the page documents: ${clip(actual.slice(alignment.from).join('\n'))}`
      : `documents ${clip(blocks[alignment.block]!.join('\n'))} but the snippet printed ${clip(actual.slice(alignment.from).join('\n'))}`;
  const how = [
    options.unordered ? 'lists compared as sets: the API promises no order' : '',
    options.structural ? 'search hits compared by structure (keys, types, counts): their ids and distances depend on data the page does not give' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [
    {
      kind: 'output-mismatch',
      severity: 'error',
      line: block.line,
      message: `the page ${what}${how ? ` (${how})` : ''}`.replace('the page printed', 'the snippet printed'),
      diff,
    },
  ];
}
