// The reporter interface: a reporter turns page reports into one text for one target.
import type { PageReport } from '../types.ts';

/** Where a reporter's text goes. */
export type ReportTarget = { kind: 'stdout' } | { kind: 'file'; name: string } | { kind: 'step-summary' };

/** A reporter turns page reports into one text for one target. */
export interface Reporter {
  readonly name: string;
  /** Where it writes when no --output-dir is given. */
  readonly target: ReportTarget;
  /** File name used with --output-dir. */
  readonly fileName: string;
  render(reports: readonly PageReport[]): string;
}
