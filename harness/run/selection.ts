// Which snippets a run reports: the sections and languages asked for, and those that are never run (placeholders,
// languages without a runner).
import type { Finding, Skip, Snippet, SnippetRun } from '../types.ts';
import { isRunnable } from '../languages/registry.ts';
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

/** Snippets that are not run, with the reason (placeholders, languages without a runner). */
export function staticRun(snippet: Snippet): SnippetRun | undefined {
  if (snippet.placeholder) {
    const body = snippet.code.trim() || '(empty)';
    return notRun(
      snippet,
      { kind: 'missing-tab', severity: 'warning', line: snippet.line, message: `the ${snippet.lang} tab is a placeholder (${JSON.stringify(body)}), not code` },
      { code: 'placeholder' },
    );
  }
  if (!isRunnable(snippet.lang)) {
    const what = `\`${snippet.fence || 'unlabelled'}\` tabs`;
    return notRun(
      snippet,
      { kind: 'unsupported', severity: 'warning', line: snippet.line, message: `no runner for ${what}` },
      { code: 'no-runner', fence: snippet.fence },
    );
  }
  return undefined;
}

/** A run for a tab that is not executed: a placeholder, or a language without a runner. */
export function notRun(snippet: Snippet, finding: Finding, skip: Skip): SnippetRun {
  return { id: snippet.id, outcome: 'skipped', stdout: '', stderr: '', durationMs: 0, findings: [finding], skip };
}
