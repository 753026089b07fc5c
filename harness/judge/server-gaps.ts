// Features a real Milvus has and milvus-lite lacks, recognised from the server's own error: a tab that fails only
// because of such a gap says nothing about the page, so it is `skip` (kind `unsupported`), never a verdict.
// Never skip on a guess: an error that matches no entry stays an error. Each entry has a test against milvus-lite.
import type { Finding, SnippetRun } from '../types.ts';
import { MILVUS_LITE_VERSION } from '../server/server.ts';

/** One feature milvus-lite lacks, and how its error reads. */
export interface ServerGap {
  readonly id: string;
  /** What is missing, in a reader's words. */
  readonly feature: string;
  /** Matches the server's error as a snippet's error message carries it. */
  readonly pattern: RegExp;
}

/** The gaps of milvus-lite 3.2.x, each recognised by the error it gives. */
export const MILVUS_LITE_GAPS: readonly ServerGap[] = [
  { id: 'partition-load', feature: 'partition load/release', pattern: /MilvusLite does not support (Load|Release)Partitions/ },
  { id: 'unimplemented', feature: 'this API', pattern: /MilvusLite does not support (\w+)/ },
  { id: 'search-by-pk', feature: 'search by primary keys', pattern: /SearchRequest is missing placeholder_group/ },
  { id: 'random-sample', feature: 'the RANDOM_SAMPLE filter', pattern: /unknown function '?RANDOM_SAMPLE/i },
  { id: 'varchar-auto-id', feature: 'auto id on a VARCHAR primary key', pattern: /auto_id primary key '[^']*' must be INT64, got VARCHAR/ },
  { id: 'scalar-autoindex', feature: 'AUTOINDEX on a scalar field', pattern: /create_index with index_type 'AUTOINDEX' requires a vector field/ },
];

/** The gap an error message shows, if any (milvus-lite only). */
export function serverGap(message: string): ServerGap | undefined {
  return MILVUS_LITE_GAPS.find((gap) => gap.pattern.test(message));
}

/** The reason a tab is skipped for a gap, naming it and the fix. */
export function gapReason(gap: ServerGap, message: string): string {
  const api = gap.id === 'unimplemented' ? (gap.pattern.exec(message)?.[1] ?? 'this API') : gap.feature;
  return `milvus-lite ${MILVUS_LITE_VERSION} has no ${api}: run with --backend container or --uri to test this tab`;
}

/**
 * On milvus-lite, a run whose errors include a known gap becomes `skip` (an `unsupported` warning at that line).
 * Runtime errors after the gap's line are its consequences (the snippet went on without what the server refused);
 * compile and syntax errors, and runtime errors before it, stay errors (the tab still fails on them).
 */
export function applyServerGaps(run: SnippetRun, isMilvusLite: boolean): SnippetRun {
  if (!isMilvusLite || run.outcome === 'skipped') return run;
  const matched = run.findings.filter((f) => f.severity === 'error' && f.kind === 'runtime' && serverGap(f.message));
  if (matched.length === 0) return run;
  const first = matched.reduce((a, b) => (b.line < a.line ? b : a));
  const gaps = run.findings.filter((f) => matched.includes(f) || (f.severity === 'error' && f.kind === 'runtime' && f.line >= first.line));
  const reason = gapReason(serverGap(first.message)!, first.message);
  const unsupported: Finding = { kind: 'unsupported', severity: 'warning', line: first.line, message: reason };
  const rest = run.findings.filter((f) => !gaps.includes(f));
  if (rest.some((f) => f.severity === 'error')) return { ...run, findings: [...rest, unsupported] };
  return { ...run, outcome: 'skipped', findings: [...rest, unsupported], skipReason: reason };
}
