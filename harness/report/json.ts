// The JSON reporter: the `--json` schema (one object per page; an array for several pages).
import type { PageReport } from '../types.ts';
import { coverageOf } from '../judge/coverage.ts';
import type { Reporter } from './reporter.ts';

/** A page report with its `coverage` always there (counted from its results when the report came without one). */
function withCoverage(report: PageReport): PageReport {
  return { ...report, coverage: coverageOf(report) };
}

/** Renders reports as the documented JSON. */
export const jsonReporter: Reporter = {
  name: 'json',
  target: { kind: 'stdout' },
  fileName: 'report.json',
  render: (reports: readonly PageReport[]) => `${JSON.stringify(reports.length === 1 ? withCoverage(reports[0]!) : reports.map(withCoverage), null, 2)}\n`,
};
