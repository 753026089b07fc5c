// The section × language matrix of a page's verdicts and its summary line, shared by the console, step summary and HTML.
import type { PageReport, TabResult } from '../types.ts';

/** The heading a result is shown under: its section title, else its anchor. */
export function sectionLabel(result: TabResult): string {
  return result.sectionTitle || result.section || '(top)';
}

/** The column a result is shown in: its language, or for a language the harness does not know, its tab label (`Rust`). */
export function langColumn(result: TabResult): string {
  return result.lang === 'other' && result.label ? result.label : result.lang;
}

/** The matrix: languages in order of appearance, and per section the results of each language (several per cell). */
export function verdictGrid(report: PageReport): { langs: string[]; rows: { section: string; cells: TabResult[][] }[] } {
  const langs = [...new Set(report.results.map(langColumn))];
  const sections = [...new Set(report.results.map((r) => sectionLabel(r)))];
  return {
    langs,
    rows: sections.map((section) => ({
      section,
      cells: langs.map((lang) => report.results.filter((r) => sectionLabel(r) === section && langColumn(r) === lang)),
    })),
  };
}

/** The summary counts as words: `7 passed, 6 failed, 2 skipped (1 could not be tested here); 6 errors, 5 warnings`. */
export function summaryLine(s: PageReport['summary']): string {
  return `${s.pass} passed, ${s.fail} failed, ${s.skip} skipped${s.unsupported ? ` (${s.unsupported} could not be tested here)` : ''}; ${s.errors} errors, ${s.warnings} warnings`;
}
