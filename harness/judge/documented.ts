// Documented vs actual: a snippet's stdout against its documented output blocks, in order, after the normalisers.
import { createTwoFilesPatch } from 'diff';
import type { Finding, Snippet, SnippetRun } from '../types.ts';
import { segments, segmentsMatch, type MatchOptions } from './normalise.ts';

/** Calls whose lists come in no promised order (aliases, collections, partitions, databases, indexes, users, roles). */
const UNORDERED = /\b(list_aliases|listAliases|ListAliases|list_collections|listCollections|ListCollections|showCollections|list_partitions|listPartitions|showPartitions|ListPartitions|list_databases|listDatabases|ListDatabases|list_indexes|listIndexes|ListIndexes|list_users|listUsers|ListUsers|list_roles|listRoles|ListRoles)\b|\/(aliases|collections|partitions|databases|indexes|users|roles)\/list\b/;

/** How a snippet's outputs are compared: lists as sets when the snippet lists things an API returns unordered. */
export function matchOptions(code: string): MatchOptions {
  return { unordered: UNORDERED.test(code) };
}

const isWildcard = (text: string) => ['<...>', '...'].includes(text.trim());

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

function clip(text: string, max = 160): string {
  const one = text.trim().replace(/\s*\n\s*/g, ' ⏎ ');
  return one.length > max ? `${one.slice(0, max)}…` : one || '(nothing)';
}

/** Findings for a snippet whose stdout does not match what the page documents (none when it has no documented output). */
export function judgeDocumented(snippet: Snippet, run: SnippetRun): Finding[] {
  if (snippet.expected.length === 0 || run.outcome !== 'ok') return [];
  const documented = snippet.expected.flatMap((block) => segments(block.text).map((text) => ({ text, block })));
  const actual = segments(run.stdout);
  const options = matchOptions(snippet.code);
  const at = firstMismatch(documented.map((d) => d.text), actual, options);
  if (at < 0) return [];
  const block = (documented[at] ?? documented.at(-1)!).block;
  const expectedText = snippet.expected.map((b) => b.text).join('\n');
  const diff = createTwoFilesPatch(`documented (page line ${block.line})`, 'actual stdout', `${expectedText}\n`, `${run.stdout.trim()}\n`, '', '', { context: 3 })
    .split('\n')
    .slice(1)
    .join('\n')
    .trimEnd();
  const what = at >= documented.length ? `printed more than the page documents: ${clip(actual.slice(documented.length).join('\n'))}` : `documents ${clip(documented[at]!.text)} but the snippet printed ${clip(actual.join('\n'))}`;
  const how = options.unordered ? ' (lists compared as sets: the API promises no order)' : '';
  return [{ kind: 'output-mismatch', severity: 'error', line: block.line, message: `the page ${what}${how}`.replace('the page printed', 'the snippet printed'), diff }];
}
