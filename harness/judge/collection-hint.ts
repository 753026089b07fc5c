// The hint for a "collection not found" error: only when the page never creates that collection and has no fixture
// (a collection the page's own create failed to make needs no fixture: its create is the error to fix).
import type { Finding, SnippetRun } from '../types.ts';
import { COLLECTION_NOT_FOUND, missingCollectionIn } from '../server/milvus-lite-gaps.ts';

/** The hint's words. */
export const FIXTURE_HINT =
  'hint: the page assumes a collection made elsewhere; declare it in the fixture library (<name>.json) or a sidecar <page>.fixture.json beside the page.';

/** A collection-not-found error's message with the fixture hint, when the hint applies. */
export function withHint(message: string, context: { hasFixture: boolean; created: ReadonlySet<string> }): string {
  if (context.hasFixture || !COLLECTION_NOT_FOUND.test(message)) return message;
  const collection = missingCollectionIn(message);
  if (collection && context.created.has(collection)) return message;
  return `${message}\n${FIXTURE_HINT}`;
}

/** A run whose runtime and compile errors carry the hint where it applies. */
export function hinted(run: SnippetRun, context: { hasFixture: boolean; created: ReadonlySet<string> }): SnippetRun {
  const hint = (f: Finding): Finding => (f.severity === 'error' && f.kind !== 'syntax' ? { ...f, message: withHint(f.message, context) } : f);
  return run.findings.some((f) => f.severity === 'error') ? { ...run, findings: run.findings.map(hint) } : run;
}
