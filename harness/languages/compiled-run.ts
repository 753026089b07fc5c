// Runs a compiled page program (Java, Go): the snippets that compiled run in it, the others keep their compile findings.
import type { Finding, Snippet, SnippetRun } from '../types.ts';
import type { DriverLaunch } from '../exec.ts';
import type { RunContext } from './adapter.ts';
import { runInProcesses } from './process-runner.ts';

/**
 * `failed` holds compile findings by snippet index; `notes(i)` are what the harness changed in snippet i; `launch`
 * starts the program for the given snippet indexes.
 */
export async function runCompiled(
  snippets: readonly Snippet[],
  context: RunContext,
  failed: ReadonlyMap<number, Finding[]>,
  notes: (index: number) => Finding[],
  launch: (indexes: number[]) => DriverLaunch,
): Promise<SnippetRun[]> {
  const runnable = snippets.filter((_, i) => !failed.has(i));
  const runs = await runInProcesses(runnable, context, async (remaining) => launch(remaining.map((s) => snippets.indexOf(s))), (snippet) => notes(snippets.indexOf(snippet)));
  return snippets.map((snippet, i) => {
    const compile = failed.get(i);
    if (!compile) return runs[runnable.indexOf(snippet)]!;
    return { id: snippet.id, outcome: 'error', stdout: '', stderr: compile.map((f) => f.message).join('\n'), durationMs: 0, findings: [...notes(i), ...compile] };
  });
}
