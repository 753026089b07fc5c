// Appends to a runner's error findings what its SDK's own members say about them (SDK drift, explained).
import type { Finding, SnippetRun } from '../types.ts';

/** Says what drifted for one error message (a sentence), or undefined; it may throw (the finding then stays as it was). */
export type DriftExplainer = (message: string) => Promise<string | undefined>;

const EXPLAINED: ReadonlySet<Finding['kind']> = new Set(['syntax', 'compile', 'runtime']);

async function explained(finding: Finding, explain: DriftExplainer): Promise<Finding> {
  if (finding.severity !== 'error' || !EXPLAINED.has(finding.kind)) return finding;
  const note = await explain(finding.message).catch(() => undefined);
  return note ? { ...finding, message: `${finding.message.trimEnd()}\n${note}` } : finding;
}

/** The runs with each syntax, compile and runtime error's message followed, on its own line, by `explain`'s sentence. */
export async function withDriftNotes(runs: readonly SnippetRun[], explain: DriftExplainer): Promise<SnippetRun[]> {
  return Promise.all(
    runs.map(async (run) => {
      const findings = await Promise.all(run.findings.map((f) => explained(f, explain)));
      return findings.every((f, i) => f === run.findings[i]) ? run : { ...run, findings };
    }),
  );
}
