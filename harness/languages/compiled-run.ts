// Runs a compiled page program (Go): the snippets that compiled run in it, the others keep their compile findings or
// are skipped because they use what a failed snippet declared.
import type { Finding, Snippet, SnippetRun } from '../types.ts';
import type { DriverLaunch } from '../process/exec.ts';
import type { RunContext } from './adapter.ts';
import { notRunReason, runInProcesses } from './process-runner.ts';

/** A snippet left out because it uses `name`, which the failed snippet `snippet` declares at its `line`. */
export interface Blocked {
  readonly name: string;
  readonly snippet: number;
  readonly line: number;
}

/**
 * `failed` holds compile findings by snippet index, `blocked` the snippets that depend on a failed one; `notes(i)`
 * are what the harness changed in snippet i; `launch` starts the program (it runs every compiled snippet in order).
 */
export async function runCompiled(
  snippets: readonly Snippet[],
  context: RunContext,
  failed: ReadonlyMap<number, Finding[]>,
  blocked: ReadonlyMap<number, Blocked>,
  notes: (index: number) => Finding[],
  launch: () => DriverLaunch,
): Promise<SnippetRun[]> {
  const runnable = snippets.filter((_, i) => !failed.has(i) && !blocked.has(i));
  const runs =
    runnable.length > 0
      ? await runInProcesses(
          runnable,
          context,
          async () => launch(),
          (snippet) => notes(snippets.indexOf(snippet)),
          false,
        )
      : [];
  return snippets.map((snippet, i) => {
    const compile = failed.get(i);
    const dependency = blocked.get(i);
    if (dependency) {
      const from = snippets[dependency.snippet]!;
      const skip = notRunReason(from, dependency.line, dependency.name);
      return { id: snippet.id, outcome: 'skipped', stdout: '', stderr: '', durationMs: 0, findings: notes(i), skip };
    }
    if (!compile) return runs[runnable.indexOf(snippet)]!;
    return {
      id: snippet.id,
      outcome: 'error',
      stdout: '',
      stderr: compile.map((f) => f.message).join('\n'),
      durationMs: 0,
      findings: [...notes(i), ...compile],
    };
  });
}
