// The Markdown step summary: a verdict matrix per page and its error findings (for $GITHUB_STEP_SUMMARY).
import type { PageReport } from '../types.ts';
import type { Reporter } from './reporter.ts';
import { verdictGrid } from './matrix.ts';

const ICON = { pass: '✅', fail: '❌', skip: '⏭️' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function pageSummary(report: PageReport): string {
  const { langs, rows: grid } = verdictGrid(report);
  const rows = grid.map(
    (row) => `| ${cell(row.section)} | ${row.cells.map((results) => results.map((r) => `${ICON[r.status]} ${r.line}`).join(' ')).join(' | ')} |`,
  );
  const s = report.summary;
  const findings = report.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `- \`${report.page}:${f.line}\` **${f.kind}**${f.id ? ` (${f.id})` : ''}: ${cell(f.message)}`);
  return [
    `### ${report.page}`,
    '',
    `${s.pass} passed, ${s.fail} failed, ${s.skip} skipped${s.unsupported ? ` (${s.unsupported} the server could not test)` : ''}; ${s.errors} errors, ${s.warnings} warnings — ${report.server}`,
    '',
    `| Section | ${langs.join(' | ')} |`,
    `|---|${langs.map(() => '---').join('|')}|`,
    ...rows,
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
