// What a page's own checks get from the scenario test's one run of the page, and how they are written.
import type { PageReport } from '../../../harness/types.ts';
import type { Marker, PageExpectations } from '../../expectations/markers.ts';

/** The scenario's run of one page: the CLI's exit code, report and output, the page's markers. */
export interface PageRun {
  readonly exitCode: number | undefined;
  readonly report: PageReport;
  readonly stdout: string;
  readonly stderr: string;
  readonly expectations: PageExpectations;
  /** The page line of the one marker of `kind` in tab `id` (for text that names a line: `declared at line 142`). */
  readonly line: (id: string, kind: Marker['kind']) => number;
}

/** A page's checks beyond its markers (statuses, outputs, skip reasons), made on the scenario's run of the page. */
export interface PageChecks {
  /** What the page tests (the title of its describe block). */
  readonly title: string;
  /** Environment of the run (secrets planted to see they do not leak). */
  readonly env?: Record<string, string>;
  /** Registers the checks (vitest `it`s); `run()` gives the page's run once it finished. */
  readonly register: (run: () => PageRun) => void;
}
