// The HTML reporter: one self-contained file (styles and script inline, nothing fetched) that opens with the run's
// coverage and a sortable table of its pages, then shows each page as a reader sees it: its sections, each with its
// tabs, each tab's code with a verdict badge and its findings inline.
import { readFileSync } from 'node:fs';
import type { PageReport, TabResult } from '../../types.ts';
import type { Reporter } from '../reporter.ts';
import { sectionLabel, summaryLine } from '../matrix.ts';
import { driftingLangs, reportDrift } from '../drift.ts';
import { badge, driftTable, escapeHtml, tabLabel, tabPanel } from './parts.ts';
import { coverageOf } from '../../judge/coverage.ts';
import { coverageLine } from '../coverage-text.ts';
import { coverageSummary, coverageTables } from './coverage.ts';
import { pagesTable } from './pages-table.ts';

const asset = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** The worst status among results: fail, else pass, else skip. */
function overall(results: readonly TabResult[]): TabResult['status'] {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  return results.some((r) => r.status === 'pass') ? 'pass' : 'skip';
}

/** The results of a page by section (page order), each section's tabs in page order then release. */
function sections(report: PageReport): { title: string; results: TabResult[] }[] {
  const order: string[] = [];
  const by = new Map<string, TabResult[]>();
  for (const result of report.results) {
    const title = sectionLabel(result);
    if (!by.has(title)) order.push(title);
    by.set(title, [...(by.get(title) ?? []), result]);
  }
  return order.map((title) => ({ title, results: by.get(title)! }));
}

/** One section: a tab list (one tab per result) and the panels; the first failing tab is shown first. */
function group(report: PageReport, pageIndex: number, sectionIndex: number, title: string, results: TabResult[]): string {
  const drifting = driftingLangs(report);
  const shown = Math.max(
    0,
    results.findIndex((r) => r.status === 'fail'),
  );
  const id = (i: number) => `p${pageIndex}-s${sectionIndex}-t${i}`;
  const tabs = results.map(
    (r, i) =>
      `<button type="button" role="tab" id="${id(i)}" aria-controls="${id(i)}-panel" aria-selected="${i === shown}" tabindex="${i === shown ? 0 : -1}" data-status="${r.status}" data-id="${escapeHtml(r.id)}" data-line="${r.line}">${tabLabel(r, drifting.has(r.lang))}</button>`,
  );
  const panels = results.map(
    (r, i) =>
      `<div role="tabpanel" id="${id(i)}-panel" aria-labelledby="${id(i)}" data-status="${r.status}" tabindex="0"${i === shown ? '' : ' hidden'}>${tabPanel(r)}</div>`,
  );
  return `<section class="group" aria-label="${escapeHtml(title)}"><h3>${escapeHtml(title)} ${badge(overall(results))}</h3><div role="tablist" aria-label="${escapeHtml(title)}: tabs">${tabs.join('')}</div>${panels.join('')}</section>`;
}

/** The run facts of a page: server, SDKs, sandbox, fixture, time by phase. */
function meta(report: PageReport): string {
  const sdks = Object.entries(report.sdks).map(([lang, sdk]) => `${lang}: ${sdk}`);
  const total = report.results.reduce((ms, r) => ms + r.durationMs, 0);
  const phases = Object.entries(report.timings ?? {})
    .filter(([, ms]) => ms >= 10)
    .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`);
  const rows: [string, string][] = [
    ['Server', report.server || report.backend || '—'],
    ['SDKs', sdks.join('; ') || 'none'],
    ['Sandbox', report.sandbox ?? '—'],
    [
      'Fixture',
      report.fixtures
        .map((f) => `${f.name} (${f.how}, ${f.file}${f.rowsFromLine ? `, with the rows the page shows at line ${f.rowsFromLine}` : ''})`)
        .join(', ') ||
        (report.fixture ?? 'none'),
    ],
    ['Time', `${(total / 1000).toFixed(2)} s in snippets${phases.length ? `; ${phases.join(', ')}` : ''}`],
  ];
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

/** A page's overall verdict: fail with an error finding, else the worst of its tabs. */
function pageStatus(report: PageReport): TabResult['status'] {
  return report.summary.errors > 0 ? 'fail' : overall(report.results);
}

/** One page: its facts, summary and coverage, page-level findings, drift tables, then its sections. */
function page(report: PageReport, index: number): string {
  const summary = summaryLine(report.summary);
  const coverage = `<p class="coverage">${escapeHtml(coverageLine(coverageOf(report)))}</p>`;
  const own = report.findings.filter((f) => !f.id);
  const ownList = own.length
    ? `<ul class="page-findings">${own.map((f) => `<li><strong>${escapeHtml(`${f.severity} ${f.kind}`)}</strong> at line ${f.line}: ${escapeHtml(f.message)}</li>`).join('')}</ul>`
    : '';
  const aborted = report.aborted ? `<p role="alert"><strong>Run stopped:</strong> ${escapeHtml(report.aborted)}</p>` : '';
  const groups = sections(report).map((section, i) => group(report, index, i, section.title, section.results));
  return `<section class="page" id="page-${index}" aria-labelledby="page-${index}-title"><h2 id="page-${index}-title">${escapeHtml(report.page)} ${badge(pageStatus(report))}</h2>${meta(report)}<p class="summary">${escapeHtml(summary)}</p>${coverage}${aborted}${ownList}${reportDrift(report).map(driftTable).join('')}${groups.join('')}</section>`;
}

/** The whole document for one or more page reports (a run, or shards merged). */
export function renderHtml(reports: readonly PageReport[]): string {
  const results = reports.flatMap((r) => r.results);
  const count = (status: TabResult['status']) => results.filter((r) => r.status === status).length;
  const errors = reports.reduce((n, r) => n + r.summary.errors, 0);
  const title = `docs-harness: ${reports.length} page${reports.length === 1 ? '' : 's'}, ${count('fail')} failed`;
  const filters = [
    ['all', `All (${results.length})`],
    ['fail', `Failed (${count('fail')})`],
    ['pass', `Passed (${count('pass')})`],
    ['skip', `Skipped (${count('skip')})`],
  ]
    .map(([key, label]) => `<button type="button" data-filter="${key}" aria-pressed="${key === 'all'}">${label}</button>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${asset('style.css')}${asset('code.css')}</style>
</head>
<body>
<header>
<h1>docs-harness report</h1>
<p class="totals">${reports.length} page(s): ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped; ${errors} errors</p>
${coverageSummary(reports)}
</header>
<main>
${pagesTable(reports, pageStatus)}
${coverageTables(reports)}
<div class="filters" role="group" aria-label="Show tabs by verdict">${filters}</div>
${reports.map(page).join('\n')}
</main>
<script>${asset('script.js')}${asset('pages-table.js')}</script>
</body>
</html>
`;
}

/** The HTML reporter (`--reporter html`): `report.html` in the output folder. */
export const htmlReporter: Reporter = {
  name: 'html',
  target: { kind: 'file', name: 'report.html' },
  fileName: 'report.html',
  render: renderHtml,
};
