// Drift tables as the reporters show them (text rows, the tables of a report, the languages that drifted).
import type { DriftCell, DriftTable, PageReport } from '../types.ts';
import { releaseOf } from '../judge/drift-tables.ts';

/** The release part of an SDK description (re-exported for the reporters). */
export { releaseOf };

const MARK: Record<DriftCell['status'], string> = { pass: 'pass', fail: 'FAIL', skip: 'skip', none: '—' };

/** Text cut to `width` characters with an ellipsis. */
function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** A drift table as text rows (header first): `*` marks a cell that changed from the release before; errors cut to `width`. */
export function driftRows(table: DriftTable, width = 40): string[][] {
  const head = ['Tab', ...table.versions.map(releaseOf)];
  const rows = table.rows.map((row) => [
    `${row.id} :${row.line}${row.untested ? '\n(not tested against the SDK)' : ''}`,
    ...row.cells.map((c) => `${c.changed ? '* ' : ''}${MARK[c.status]}${c.finding ? ` ${cut(c.finding, width)}` : ''}`),
  ]);
  return [head, ...rows];
}

/** The drift tables of a report (none for a single-release run). */
export function reportDrift(report: PageReport): readonly DriftTable[] {
  return report.drift ?? [];
}

/** The languages of a report that ran with several SDK releases (their results are shown with the release). */
export function driftingLangs(report: PageReport): ReadonlySet<string> {
  return new Set(reportDrift(report).map((d) => d.lang));
}
