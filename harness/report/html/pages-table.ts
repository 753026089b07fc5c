// The table of pages the HTML report opens with: per page its verdict, pass, fail, skip, judged % and first error;
// sortable (a button per column heading) and filterable (text and verdict) by pages-table.js, from the keyboard too.
import type { PageReport } from '../../types.ts';
import { coverageOf, judgedPercent } from '../../judge/coverage.ts';
import { percentText } from '../coverage-text.ts';
import { badge, escapeHtml } from './parts.ts';

/** The first error finding of a page, as `line N: kind: first line` (cut), or '' when it has none. */
function firstError(report: PageReport): string {
  const error = report.findings.find((f) => f.severity === 'error');
  if (!error) return '';
  const text = `line ${error.line}: ${error.kind}: ${error.message.split('\n')[0]}`;
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** A sortable column heading: a button, its kind of value, and `aria-sort` kept by the script. */
function heading(label: string, index: number, kind: 'text' | 'number'): string {
  return `<th scope="col" aria-sort="none"><button type="button" class="sort" data-column="${index}" data-kind="${kind}">${escapeHtml(label)}<span class="arrow" aria-hidden="true"></span></button></th>`;
}

/** A number cell that sorts by its value. */
function numberCell(value: number, text = String(value)): string {
  return `<td class="number" data-value="${value}">${escapeHtml(text)}</td>`;
}

/** The pages table, with its filter controls; `status` gives each page's overall verdict. */
export function pagesTable(reports: readonly PageReport[], status: (report: PageReport) => string): string {
  const head = [
    heading('Page', 0, 'text'),
    heading('Verdict', 1, 'text'),
    heading('Pass', 2, 'number'),
    heading('Fail', 3, 'number'),
    heading('Skip', 4, 'number'),
    heading('Judged %', 5, 'number'),
    heading('First error', 6, 'text'),
  ].join('');
  const rows = reports.map((report, i) => {
    const coverage = coverageOf(report);
    const verdict = status(report);
    const percent = coverage.programs === 0 ? -1 : judgedPercent(coverage);
    return `<tr data-status="${escapeHtml(verdict)}"><th scope="row" data-value="${escapeHtml(report.page)}"><a href="#page-${i}">${escapeHtml(report.page)}</a></th><td data-value="${escapeHtml(verdict)}">${badge(verdict)}</td>${numberCell(report.summary.pass)}${numberCell(report.summary.fail)}${numberCell(report.summary.skip)}${numberCell(percent, percentText(coverage))}<td data-value="${escapeHtml(firstError(report))}">${escapeHtml(firstError(report))}</td></tr>`;
  });
  const options = [
    ['all', 'all verdicts'],
    ['fail', 'fail'],
    ['pass', 'pass'],
    ['skip', 'skip'],
  ]
    .map(([value, label]) => `<option value="${value}">${label}</option>`)
    .join('');
  return `<section class="pages" aria-labelledby="pages-title"><h2 id="pages-title">Pages</h2>
<div class="table-tools"><label for="page-filter">Filter pages</label> <input type="search" id="page-filter" placeholder="path or error text" autocomplete="off"> <label for="page-verdict">Page verdict</label> <select id="page-verdict">${options}</select> <span id="pages-shown" role="status">${reports.length} of ${reports.length} pages shown</span></div>
<div class="table-scroll"><table id="pages-table"><caption class="sr-only">Pages of the run: sort by a column with its heading button</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}
