// The `--min-coverage` gate of run and merge-reports: when fewer program tabs were judged than asked, the figure and
// the largest reasons, for one line on stderr (the exit code is then 1).
import type { PageReport } from '../types.ts';
import { judgedPercent, runCoverage } from '../judge/coverage.ts';
import { count, percentText, reasonsText } from '../report/coverage-text.ts';

/** Why the run misses `--min-coverage`, or undefined when it meets it (or no minimum was asked, or there was no program tab). */
export function coverageGate(reports: readonly PageReport[], minimum: number | undefined): string | undefined {
  if (minimum === undefined) return undefined;
  const total = runCoverage(reports);
  if (total.programs === 0 || judgedPercent(total) >= minimum) return undefined;
  const reasons = reasonsText(total, 3);
  return `judged ${count(total.judged)} of ${count(total.programs)} program tabs (${percentText(total)}), below --min-coverage ${minimum} %${
    reasons ? `; not judged, largest first: ${reasons}` : ''
  }; exit 1.`;
}
