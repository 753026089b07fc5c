// milvus-lite loads a collection created without an index, where a real Milvus reports it not loaded: a documented
// not-loaded state read back from such a collection is not compared there (a server gap, never a verdict).
import type { Finding, ServerCall, Skip, Snippet, SnippetRun } from '../types.ts';
import { skipText } from '../skips.ts';
import { MILVUS_LITE, UNINDEXED_LOAD } from '../server/milvus-lite-gaps.ts';
import { asNotLoaded } from './canonical.ts';
import { judgeDocumented } from './documented.ts';

const collectionOf = (call: ServerCall): string | undefined => {
  const name = call.names['collection_name'];
  return typeof name === 'string' ? name : undefined;
};

/**
 * Whether one of `calls` reads the load state of a collection that, at that moment, this language's run had created
 * with no index since (`history`: the calls of its earlier snippets, in order).
 */
export function readsUnindexedLoadState(history: readonly ServerCall[], calls: readonly ServerCall[]): boolean {
  const unindexed = new Set<string>();
  for (const [index, call] of [...history, ...calls].entries()) {
    const collection = collectionOf(call);
    if (!collection || !call.status.ok) continue;
    if (call.method === 'CreateCollection') unindexed.add(collection);
    else if (call.method === 'CreateIndex' || call.method === 'DropCollection') unindexed.delete(collection);
    else if (call.method === 'GetLoadState' && index >= history.length && unindexed.has(collection)) return true;
  }
  return false;
}

/**
 * On milvus-lite, a run whose documented output differs only in a not-loaded state it read back from a collection
 * created without an index becomes `skip` (the gap), since a real Milvus would print what the page documents.
 */
export function applyUnindexedLoad(snippet: Snippet, run: SnippetRun, history: readonly ServerCall[], isMilvusLite: boolean): SnippetRun {
  if (!isMilvusLite || run.outcome !== 'ok' || !run.calls || !readsUnindexedLoadState(history, run.calls)) return run;
  const server = { milvusLite: true };
  const mismatch = judgeDocumented(snippet, run, server);
  if (mismatch.length === 0) return run;
  if (judgeDocumented(snippet, { ...run, stdout: asNotLoaded(run.stdout, snippet.lang, snippet.code) }, server).length > 0) return run;
  const skip: Skip = { code: 'server-gap', server: MILVUS_LITE, gap: UNINDEXED_LOAD.id, feature: UNINDEXED_LOAD.feature };
  const unsupported: Finding = { kind: 'unsupported', severity: 'warning', line: mismatch[0]!.line, message: skipText(skip) };
  if (run.findings.some((f) => f.severity === 'error')) return { ...run, findings: [...run.findings, unsupported] };
  return { ...run, outcome: 'skipped', findings: [...run.findings, unsupported], skip };
}
