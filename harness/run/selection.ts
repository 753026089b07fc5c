// Which snippets a run reports: the sections and languages asked for, and those that are never run (placeholders,
// languages without a runner).
import type { Finding, Skip, Snippet, SnippetRun } from '../types.ts';
import { factsOf, isRunnable } from '../languages/registry.ts';
import { skipText } from '../skips.ts';
import type { Lang } from '../types.ts';

/** The section slug `--section` takes for a snippet (the first part of its id). */
export function sectionSlug(snippet: Snippet): string {
  return snippet.id.split('/')[0]!;
}

/** True when the snippet's section is one `--section` asked for (any section when none was). */
export function inSections(snippet: Snippet, sections: readonly string[] | undefined): boolean {
  return !sections?.length || sections.some((s) => [snippet.section.toLowerCase(), sectionSlug(snippet)].includes(s.toLowerCase()));
}

/** True when the snippet's language is one `--lang` asked for (any when none was). */
export function langSelected(snippet: Snippet, langs: readonly Lang[] | undefined): boolean {
  return !langs?.length || langs.includes(snippet.lang);
}

/** How a finding names a tab's language: the harness's name, or for a language it does not know, the label as written. */
function tabName(snippet: Snippet): string {
  if (snippet.lang !== 'other') return snippet.lang;
  return snippet.label ? `"${snippet.label}"` : `\`${snippet.fence || 'unlabelled'}\``;
}

/** Snippets that are not run, with the reason (placeholders, languages without a runner or an installable SDK). */
export function staticRun(snippet: Snippet): SnippetRun | undefined {
  if (snippet.placeholder) {
    const body = snippet.code.trim() || '(empty)';
    return notRun(
      snippet,
      {
        kind: 'missing-tab',
        severity: 'warning',
        line: snippet.line,
        message: `the ${tabName(snippet)} tab is a placeholder (${JSON.stringify(body)}), not code`,
      },
      { code: 'placeholder' },
    );
  }
  if (isRunnable(snippet.lang)) return undefined;
  const facts = factsOf(snippet.lang);
  const skip: Skip = facts
    ? { code: 'no-sdk-package', lang: facts.label, sdk: facts.sdk }
    : { code: 'no-runner', fence: snippet.fence, ...(snippet.label ? { label: snippet.label } : {}) };
  return notRun(snippet, { kind: 'unsupported', severity: 'warning', line: snippet.line, message: skipText(skip) }, skip);
}

/** A run for a tab that is not executed: a placeholder, or a language without a runner. */
export function notRun(snippet: Snippet, finding: Finding, skip: Skip): SnippetRun {
  return { id: snippet.id, outcome: 'skipped', stdout: '', stderr: '', durationMs: 0, findings: [finding], skip };
}
