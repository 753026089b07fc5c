// The JSON reporter: the `--json` schema (one object per page; an array for several pages).
import type { PageReport } from '../types.ts';
import type { Reporter } from './reporter.ts';

/** Renders reports as the documented JSON. */
export const jsonReporter: Reporter = {
  name: 'json',
  target: { kind: 'stdout' },
  fileName: 'report.json',
  render: (reports: readonly PageReport[]) => `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`,
};
