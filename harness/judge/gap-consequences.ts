// A tab that fails only because an earlier tab of its language was stopped by a server gap (so the collection it would
// have created does not exist) is untestable for that same gap, not broken: `skip`, naming the gap and the step.
import type { Finding, Skip, Snippet, SnippetRun } from '../types.ts';
import { missingCollectionIn } from '../server/milvus-lite-gaps.ts';
import { CREATES, keyedCollections } from '../setup/usage.ts';
import { skipText } from '../skips.ts';
import { pageLine } from '../languages/process-runner.ts';

/** One language's runs (page order) with the consequences of an earlier gap turned into skips naming it. */
export function followGaps(snippets: readonly Snippet[], runs: readonly SnippetRun[]): SnippetRun[] {
  const out = [...runs];
  runs.forEach((run, i) => {
    const errors = run.findings.filter((f) => f.severity === 'error');
    if (run.outcome !== 'error' || errors.length === 0) return;
    const missing = errors.map((f) => missingCollectionIn(f.message));
    const collection = missing[0];
    if (!collection || missing.some((name) => name !== collection)) return;
    const j = [...Array(i).keys()]
      .reverse()
      .find((k) => out[k]!.skip?.code === 'server-gap' && CREATES.test(snippets[k]!.code) && keyedCollections(snippets[k]!.code).has(collection));
    const gap = j === undefined ? undefined : out[j]!.skip;
    if (gap?.code !== 'server-gap') return;
    const creator = snippets[j!]!;
    const line = pageLine(creator, creator.code.split('\n').findIndex((text) => CREATES.test(text)) + 1 || undefined);
    const skip: Skip = { ...gap, after: { id: creator.id, line, collection } };
    const unsupported: Finding = { kind: 'unsupported', severity: 'warning', line: errors[0]!.line, message: skipText(skip) };
    out[i] = { ...run, outcome: 'skipped', findings: [...run.findings.filter((f) => f.severity !== 'error'), unsupported], skip };
  });
  return out;
}
