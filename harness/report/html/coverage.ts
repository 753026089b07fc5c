// The HTML report's coverage: the run's coverage line, and the tables per page and reason and of tab parity (folded
// for a tree, open for one page).
import type { PageReport } from '../../types.ts';
import { runCoverage } from '../../judge/coverage.ts';
import { coverageLine } from '../coverage-text.ts';
import { coverageTable, parityTable, type TextTable } from '../coverage-table.ts';
import { escapeHtml } from './parts.ts';

/** A text table as HTML: row headings for the page names, the total row last, numbers right-aligned. */
function htmlTable(table: TextTable, caption: string): string {
  const head = table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const row = (cells: readonly string[], total = false) =>
    `<tr${total ? ' class="total"' : ''}><th scope="row">${escapeHtml(cells[0]!)}</th>${cells
      .slice(1)
      .map((c) => `<td class="number">${escapeHtml(c)}</td>`)
      .join('')}</tr>`;
  const rows = [...table.rows.map((r) => row(r)), ...(table.total ? [row(table.total, true)] : [])];
  return `<div class="table-scroll"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The run's coverage line (the header shows it). */
export function coverageSummary(reports: readonly PageReport[]): string {
  return `<p class="coverage"><strong>Coverage:</strong> ${escapeHtml(coverageLine(runCoverage(reports)))}</p>`;
}

/** The coverage tables: per page and reason, and tab parity per page and language. */
export function coverageTables(reports: readonly PageReport[]): string {
  const parity = parityTable(reports);
  const tables = [
    htmlTable(coverageTable(reports), 'Program tabs judged, and not judged by reason'),
    ...(parity ? [htmlTable(parity, 'Tab parity: tab groups without a tab in each language')] : []),
  ];
  return `<details class="coverage-tables"${reports.length === 1 ? ' open' : ''}><summary>Coverage by page and reason, and tab parity</summary>${tables.join('')}</details>`;
}
