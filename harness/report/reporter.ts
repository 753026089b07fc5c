// The reporter interface and the REPORTERS map: the one place that knows which reports exist.
import type { PageReport } from '../types.ts';
import { consoleReporter } from './console.ts';
import { githubReporter } from './github.ts';
import { jsonReporter } from './json.ts';
import { junitReporter } from './junit.ts';
import { summaryReporter } from './summary.ts';

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

/** Reporters by name. */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  console: consoleReporter,
  json: jsonReporter,
  junit: junitReporter,
  github: githubReporter,
  summary: summaryReporter,
};
