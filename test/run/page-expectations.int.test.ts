// The scenario test, markdownlint's way: every fixture page that carries expectation markers runs once, for real,
// through the CLI; its findings must be exactly what its markers say, and the page's own further checks
// (test/run/page-checks/) are made on that same run.
//
// A marker stands at the end of the page line the finding names (parser: test/expectations/markers.ts):
//
//   <comment> expect: <kind> [error|warning] [/regex/flags] [in <tab-id> | in page]
//
//   - <comment> is the line's own: `#` in Python and bash, `//` in Java, Node and Go, `<!-- … -->` on a Markdown line
//     (`<div class="multipleCode"> <!-- expect: missing-tab warning /has no python tab/ -->`);
//   - <kind> is the finding's kind (syntax, compile, runtime, timeout, output-mismatch, cross-language, state,
//     missing-tab, unsupported, lint, output-cut); the severity is error unless written; the regex must match the
//     message (a message that names a line may carry it: /declared at line 142/); `in` names the tab the finding
//     belongs to (default: the tab around the line, if any), `in page` a finding of no tab;
//   - `expect@+2:` / `expect@-1:` put the finding 2 lines below / 1 above the marker, for a line that cannot carry one
//     without changing what it means: a fence line, a `# Output` block, a curl JSON body, a Java import, a Go
//     `return` or a line declaring an unused Go variable (the harness appends to those);
//   - several markers may share a line: `// expect: lint warning /List;/ expect: lint warning /Arrays;/`;
//   - `expect(<variant>):` holds only on a variant of the page a test makes (defects.int.test.ts plants defects into
//     defects/clean.md; sdk-drift.int.test.ts runs an older SDK; exit-codes.int.test.ts runs --strict); this test
//     leaves them to those tests;
//   - `<!-- expect-args: --lang python,node,go -->` anywhere on the page: the flags its run needs.
//
// Exact both ways: each marker is met by a finding of its own, and every error finding and every finding of a tab
// has a marker (page-level warnings, such as missing-tab at a group line, are checked only where marked).
// The seed page (docs/load-and-release.md) is byte-identical to the website's and carries no markers.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkMarkers, markedLine } from '../expectations/check.ts';
import { markersOf, readExpectations } from '../expectations/markers.ts';
import { PAGE_CHECKS } from './page-checks/index.ts';
import type { PageRun } from './page-checks/page-run.ts';
import { runCli } from './run-cli.ts';

const ROOT = 'fixtures/pages';

/** The fixture pages that carry markers of their own (variant markers alone do not count), by path. */
const PAGES = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .map((file) => path.posix.join(ROOT, file.split(path.sep).join('/')))
  .filter((page) => markersOf(readExpectations(page)).length > 0)
  .sort();

describe('fixture pages carry their expectations', () => {
  it('every page with checks of its own carries markers, so that this test runs it', () => {
    expect(PAGES).toEqual(expect.arrayContaining(Object.keys(PAGE_CHECKS)));
  });
});

for (const page of PAGES) {
  const checks = PAGE_CHECKS[page];
  describe(`${page}${checks ? `: ${checks.title}` : ''}`, () => {
    let run: PageRun;

    beforeAll(async () => {
      const expectations = readExpectations(page);
      const result = await runCli([page, ...expectations.args], checks?.env);
      if (!result.report) throw new Error(`${page}: no report (exit ${result.exitCode}): ${result.stderr}`);
      const line = (id: string, kind: Parameters<PageRun['line']>[1]) => markedLine(markersOf(expectations), result.report.results, id, kind);
      run = { ...result, expectations, line };
    }, 900_000);

    it('meets every marker, and every error finding and every finding of a tab is marked', () => {
      expect(checkMarkers(markersOf(run.expectations), run.report.findings, run.report.results)).toEqual([]);
    });

    checks?.register(() => run);
  });
}
