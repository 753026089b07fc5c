// The console report: a section × language matrix of verdicts, then findings by page line.
import Table from 'cli-table3';
import type { PageReport, TabResult } from '../types.ts';
import { summaryLine, verdictGrid } from './matrix.ts';
import { driftingLangs, driftRows, releaseOf, reportDrift } from './drift.ts';
import { groupedFindings } from './grouped-findings.ts';
import { coverageOf, runCoverage } from '../judge/coverage.ts';
import { coverageLine } from './coverage-text.ts';
import type { Reporter } from './reporter.ts';

const MARK: Record<TabResult['status'], string> = { pass: '✔ pass', fail: '✘ fail', skip: '– skip' };

/** The section × language matrix for one page. */
export function verdictMatrix(report: PageReport): string {
  const { langs, rows } = verdictGrid(report);
  const table = new Table({ head: ['Section', ...langs], style: { head: [], border: [] } });
  const drifting = driftingLangs(report);
  const release = (r: TabResult) => (r.sdk && drifting.has(r.lang) ? ` ${releaseOf(r.sdk)}` : '');
  for (const row of rows) table.push([row.section, ...row.cells.map((cell) => cell.map((r) => `${MARK[r.status]} :${r.line}${release(r)}`).join('\n'))]);
  return table.toString();
}

/** The drift tables of a page (tabs × SDK releases), when several releases ran. */
export function driftText(report: PageReport): string[] {
  return reportDrift(report).flatMap((drift) => {
    const [head, ...rows] = driftRows(drift);
    const table = new Table({ head: head!, style: { head: [], border: [] } });
    table.push(...rows);
    return ['', `Drift, ${drift.lang} (* changed from the release before):`, table.toString()];
  });
}

/** The full console report for one page. */
export function consoleReport(report: PageReport): string {
  const lines = [`${report.page} — ${report.server}`];
  lines.push(
    `SDKs: ${
      Object.entries(report.sdks)
        .map(([lang, sdk]) => `${lang}: ${sdk}`)
        .join('; ') || 'none'
    }`,
  );
  const fixtures = report.fixtures.length
    ? report.fixtures
        .map((f) => `${f.name} (${f.how}, from ${f.file}${f.rowsFromLine ? `, with the rows the page shows at line ${f.rowsFromLine}` : ''})`)
        .join(', ')
    : (report.fixture ?? 'none');
  lines.push(`fixture: ${fixtures}${report.substitutions.length ? `; substituted ${report.substitutions.join(', ')}` : ''}`);
  if (report.sandbox) lines.push(`sandbox: ${report.sandbox}`);
  if (report.aborted) lines.push(`RUN STOPPED: ${report.aborted}; the tabs after it were not run`);
  lines.push(verdictMatrix(report), ...driftText(report));
  if (report.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const f of groupedFindings(report)) {
      const where = f.id ? ` [${f.id}${f.releases.length > 0 ? ` @ ${f.releases.join(', ')}` : ''}]` : '';
      lines.push(`${report.page}:${f.line}  ${f.severity} ${f.kind}${where}  ${f.message.split('\n').join('\n    ')}`);
      if (f.diff) lines.push(f.diff.replace(/^/gm, '    '));
    }
  }
  const s = report.summary;
  const cached = report.results.filter((r) => r.cached).length;
  lines.push('', `${summaryLine(s)}${cached ? `; ${cached} reused from the cache (--no-cache runs them again)` : ''}`);
  lines.push(coverageLine(coverageOf(report)));
  return lines.join('\n');
}

/** The run's totals, after the pages when there are several: the summary counts and the coverage line added up. */
export function runTotals(reports: readonly PageReport[]): string {
  if (reports.length < 2) return '';
  const sum = (key: keyof PageReport['summary']) => reports.reduce((n, r) => n + r.summary[key], 0);
  const summary = {
    pass: sum('pass'),
    fail: sum('fail'),
    skip: sum('skip'),
    unsupported: sum('unsupported'),
    errors: sum('errors'),
    warnings: sum('warnings'),
  };
  return `\n\nAll ${reports.length} pages: ${summaryLine(summary)}\n${coverageLine(runCoverage(reports))}`;
}

/** The console reporter. */
export const consoleReporter: Reporter = {
  name: 'console',
  target: { kind: 'stdout' },
  fileName: 'console.txt',
  render: (reports) => `${reports.map(consoleReport).join('\n\n')}${runTotals(reports)}\n`,
};
