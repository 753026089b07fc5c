// A snippet that fails only because it uses a name an earlier snippet of its language defines, where that earlier
// snippet failed or was not run, is not a defect of its own: it is `skip`, naming the snippet it depends on. (The
// Java and Go drivers find this themselves from the compiler; this does it for languages that fail at run time.)
import type { Finding, Skip, Snippet, SnippetRun } from '../types.ts';
import { notRunReason } from '../languages/process-runner.ts';
import { undefinedNameIn } from './language-facts.ts';

/** The snippet line (1-based) where `code` defines `name` (assignment, declaration, def/class/function, import), if it does. */
export function definitionLine(code: string, name: string): number | undefined {
  const n = name.replace(/\$/g, '\\$');
  const patterns = [
    new RegExp(`^\\s*(?:(?:const|let|var)\\s+)?(?:[\\w\\s,\\[\\]{}<>.?]*[\\s,\\[{])?${n}\\b[\\w\\s,\\]}]*(?::=|=(?!=))`),
    new RegExp(`^\\s*(?:async\\s+)?(?:def|class|function)\\s+${n}\\b`),
    new RegExp(`^\\s*(?:from\\s+\\S+\\s+)?import\\s+.*\\b${n}\\b`),
  ];
  const lines = code.split('\n');
  const open = openBrackets(lines);
  // A line that starts inside an open call or list is an argument (`collection_name="x",`), never a declaration.
  const index = lines.findIndex((line, i) => open[i] === 0 && patterns.some((p) => p.test(line)));
  return index >= 0 ? index + 1 : undefined;
}

/** How many `(` and `[` are open where each line starts (strings and `#`/`//` comments skipped, roughly). */
function openBrackets(lines: readonly string[]): number[] {
  let depth = 0;
  return lines.map((line) => {
    const at = depth;
    const code = line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""').replace(/(^|\s)(#|\/\/).*$/, '');
    for (const c of code) depth = Math.max(0, depth + ('(['.includes(c) ? 1 : ')]'.includes(c) ? -1 : 0));
    return at;
  });
}

/** The names a run's errors say are undefined, when every error is such an error (else undefined). */
function undefinedNames(findings: readonly Finding[]): string[] | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  const names = errors.map((f) => undefinedNameIn(f.message));
  return errors.length > 0 && names.every(Boolean) ? [...new Set(names as string[])] : undefined;
}

/** The runs of one language's snippets (in page order) with dependent failures turned into skips that name their cause. */
export function markDependents(snippets: readonly Snippet[], runs: readonly SnippetRun[]): SnippetRun[] {
  const out = [...runs];
  runs.forEach((run, i) => {
    const names = undefinedNames(run.findings);
    if (!names) return;
    let reason: Skip | undefined;
    for (const name of names) {
      const j = [...Array(i).keys()].reverse().find((k) => definitionLine(snippets[k]!.code, name) !== undefined);
      const earlier = j === undefined ? undefined : out[j]!;
      // Only a name defined by an earlier snippet that failed or did not run: otherwise the error is the snippet's own.
      if (j === undefined || !earlier || (earlier.outcome === 'ok' && !earlier.findings.some((f) => f.severity === 'error'))) return;
      reason ??= notRunReason(snippets[j], definitionLine(snippets[j]!.code, name)!, name, earlier.outcome === 'skipped');
    }
    out[i] = { ...run, outcome: 'skipped', findings: run.findings.filter((f) => f.severity !== 'error'), skip: reason! };
  });
  return out;
}
