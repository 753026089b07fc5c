// Turns a snippet's run into its tab verdict (pass / fail / skip), and finds groups that miss a language.
import type { Finding, Page, Snippet, SnippetRun, TabResult } from '../types.ts';
import { languageNames } from '../languages/registry.ts';
import { skipText } from '../skips.ts';

/** True when a finding counts as an error (warnings do too under --strict, except server gaps: not about the page). */
export function isError(finding: Finding, strict: boolean): boolean {
  return finding.severity === 'error' || (strict && finding.kind !== 'unsupported');
}

/** The verdict for one tab. */
export function verdict(snippet: Snippet, run: SnippetRun, strict: boolean): TabResult {
  const failed = run.findings.some((f) => isError(f, strict));
  const status = failed ? 'fail' : run.outcome === 'skipped' ? 'skip' : 'pass';
  return {
    id: snippet.id,
    section: snippet.section,
    sectionTitle: snippet.sectionTitle,
    lang: snippet.lang,
    ...(snippet.lang === 'other' && snippet.label ? { label: snippet.label } : {}),
    line: snippet.line,
    endLine: snippet.endLine,
    status,
    stdout: run.stdout,
    stderr: run.stderr,
    exitStatus: run.outcome,
    durationMs: run.durationMs,
    findings: run.findings,
    ...(run.skip ? { skip: run.skip, skipReason: skipText(run.skip) } : {}),
    ...(run.calls ? { calls: run.calls } : {}),
    ...(run.cached ? { cached: true } : {}),
    code: snippet.code,
    codeLines: snippet.codeLines,
  };
}

/** Findings for tab groups that show some languages but not others. */
export function missingTabs(page: Page): Finding[] {
  return page.groups
    .filter((group) => group.tabs.length > 1)
    .flatMap((group) =>
      languageNames()
        .filter((lang) => !group.tabs.some((tab) => tab.lang === lang))
        .map((lang) => ({
          kind: 'missing-tab' as const,
          severity: 'warning' as const,
          line: group.line,
          message: `the tab group${group.section ? ` in "${group.section.title}"` : ''} has no ${lang} tab`,
        })),
    );
}
