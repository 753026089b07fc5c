// The Markdown step summary: a verdict matrix per page and its error findings (for $GITHUB_STEP_SUMMARY).
import type { PageReport, TabResult } from '../types.ts';
import { groupedFindings } from './grouped-findings.ts';
import type { Reporter } from './reporter.ts';
import { summaryLine, verdictGrid } from './matrix.ts';
import { driftingLangs, driftRows, releaseOf, reportDrift } from './drift.ts';

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

/** Renders a Markdown summary of all pages. */
export const summaryReporter: Reporter = {
  name: 'summary',
  target: { kind: 'step-summary' },
  fileName: 'summary.md',
  render: (reports) => `## docs-harness\n\n${reports.map(pageSummary).join('\n')}`,
};
