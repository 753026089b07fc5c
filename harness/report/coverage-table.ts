// The coverage tables as text cells, shared by the step summary and the HTML report: per page and reason, and tab
// parity per page and language; a total row when there are several pages.
import type { Coverage, Lang, NotJudgedReason, PageReport } from '../types.ts';
import { addCoverage, coverageOf, reasonsBySize } from '../judge/coverage.ts';
import { count, percentText, reasonLabel } from './coverage-text.ts';

/** A table as text cells: its heading row, a row per page, and the total row (several pages only). */
export interface TextTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly total?: readonly string[];
}

/** Pages with their coverage, and the run's. */
function figures(reports: readonly PageReport[]): { pages: [string, Coverage][]; total: Coverage } {
  const pages = reports.map((r): [string, Coverage] => [r.page, coverageOf(r)]);
  return { pages, total: addCoverage(pages.map(([, c]) => c)) };
}

/** Per page: program tabs, judged, the share judged, the tabs not judged per reason (the run's reasons, largest first), placeholders. */
export function coverageTable(reports: readonly PageReport[]): TextTable {
  const { pages, total } = figures(reports);
  const reasons: NotJudgedReason[] = reasonsBySize(total).map(([reason]) => reason);
  const row = (name: string, c: Coverage) => [
    name,
    count(c.programs),
    count(c.judged),
    percentText(c),
    ...reasons.map((reason) => count(c.notJudged[reason] ?? 0)),
    count(c.placeholders),
  ];
  return {
    head: ['Page', 'Program tabs', 'Judged', 'Judged %', ...reasons.map((reason) => `Not judged: ${reasonLabel(reason)}`), 'Placeholders'],
    rows: pages.map(([name, c]) => row(name, c)),
    ...(pages.length > 1 ? { total: row(`Total (${pages.length} pages)`, total) } : {}),
  };
}

/** Per page: for each language, the tab groups without a tab in it; undefined when no report counted parity. */
export function parityTable(reports: readonly PageReport[]): TextTable | undefined {
  const { pages, total } = figures(reports);
  const langs = Object.keys(total.missing) as Lang[];
  if (langs.length === 0) return undefined;
  const row = (name: string, c: Coverage) => [name, ...langs.map((lang) => (c.missing[lang] === undefined ? '—' : count(c.missing[lang]!)))];
  return {
    head: ['Tab groups without', ...langs],
    rows: pages.map(([name, c]) => row(name, c)),
    ...(pages.length > 1 ? { total: row(`Total (${pages.length} pages)`, total) } : {}),
  };
}
