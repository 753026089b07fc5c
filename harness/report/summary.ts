// The Markdown step summary: the run's coverage (per page and reason, tab parity), then a verdict matrix per page and
// its error findings (for $GITHUB_STEP_SUMMARY).
import type { PageReport, TabResult } from '../types.ts';
import { groupedFindings } from './grouped-findings.ts';
import type { Reporter } from './reporter.ts';
import { summaryLine, verdictGrid } from './matrix.ts';
import { driftingLangs, driftRows, releaseOf, reportDrift } from './drift.ts';
import { runCoverage } from '../judge/coverage.ts';
import { coverageLine } from './coverage-text.ts';
import { coverageTable, parityTable, type TextTable } from './coverage-table.ts';

const ICON = { pass: '✅', fail: '❌', skip: '⏭️' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The drift tables as Markdown (tabs × SDK releases; **bold** cells changed from the release before). */
function driftMarkdown(report: PageReport): string[] {
  return reportDrift(report).flatMap((drift) => {
    const [head, ...rows] = driftRows(drift, 80);
    const md = (row: string[]) => `| ${row.map((c) => cell(c.startsWith('* ') ? `**${c.slice(2)}**` : c)).join(' | ')} |`;
    return ['', `#### Drift, ${drift.lang} (bold: changed from the release before)`, '', md(head!), `|${head!.map(() => '---').join('|')}|`, ...rows.map(md)];
  });
}

function pageSummary(report: PageReport): string {
  const { langs, rows: grid } = verdictGrid(report);
  const drifting = driftingLangs(report);
  const release = (r: TabResult) => (r.sdk && drifting.has(r.lang) ? ` (${releaseOf(r.sdk)})` : '');
  const rows = grid.map(
    (row) => `| ${cell(row.section)} | ${row.cells.map((results) => results.map((r) => `${ICON[r.status]} ${r.line}${release(r)}`).join(' ')).join(' | ')} |`,
  );
  const s = report.summary;
  const findings = groupedFindings(report)
    .filter((f) => f.severity === 'error')
    .map(
      (f) =>
        `- \`${report.page}:${f.line}\` **${f.kind}**${f.id ? ` (${f.id}${f.releases.length ? ` @ ${f.releases.join(', ')}` : ''})` : ''}: ${cell(f.message)}`,
    );
  return [
    `### ${report.page}`,
    '',
    `${summaryLine(s)} — ${report.server}`,
    '',
    `| Section | ${langs.join(' | ')} |`,
    `|---|${langs.map(() => '---').join('|')}|`,
    ...rows,
    ...driftMarkdown(report),
    ...(findings.length ? ['', ...findings] : []),
    '',
  ].join('\n');
}

/** A text table as Markdown, its total row in bold. */
function markdownTable(table: TextTable): string[] {
  const md = (row: readonly string[]) => `| ${row.map(cell).join(' | ')} |`;
  return [
    md(table.head),
    `|${table.head.map(() => '---').join('|')}|`,
    ...table.rows.map(md),
    ...(table.total ? [md(table.total.map((c) => `**${c}**`))] : []),
  ];
}

/** The run's coverage: its line, the table per page and reason, and tab parity per page and language. */
function coverageMarkdown(reports: readonly PageReport[]): string {
  const parity = parityTable(reports);
  return [
    '### Coverage',
    '',
    cell(coverageLine(runCoverage(reports))),
    '',
    ...markdownTable(coverageTable(reports)),
    ...(parity ? ['', ...markdownTable(parity)] : []),
    '',
  ].join('\n');
}

/** Renders a Markdown summary of all pages. */
export const summaryReporter: Reporter = {
  name: 'summary',
  target: { kind: 'step-summary' },
  fileName: 'summary.md',
  render: (reports) => `## docs-harness\n\n${coverageMarkdown(reports)}\n${reports.map(pageSummary).join('\n')}`,
};
