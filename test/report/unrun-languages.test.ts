import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../harness/report/registry.ts';
import { pageCoverage } from '../../harness/judge/coverage.ts';
import { verdict } from '../../harness/judge/verdict.ts';
import { parsePage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import { staticRun } from '../../harness/run/selection.ts';
import type { PageReport } from '../../harness/types.ts';
import { SAMPLE_REPORT } from './sample-report.ts';

// A made-up MkDocs page: Python runs; C++ is a language the registry knows but never runs; Rust one it does not know.
const PAGE_TEXT = [
  '# Flush',
  '',
  '## Flush it',
  '',
  '=== "Python"',
  '',
  '    ```python',
  '    print("flushed")',
  '    ```',
  '',
  '=== "C++"',
  '',
  '    ```cpp',
  '    client->Flush("my_collection");',
  '    ```',
  '',
  '=== "Rust"',
  '',
  '    ```rust',
  '    client.flush("my_collection").await?;',
  '    ```',
  '',
].join('\n');

/** The page's report: the Python tab passed (as a run would give it), the others as the harness leaves them. */
function flushReport(): PageReport {
  const page = parsePage(PAGE_TEXT, 'docs/flush.md');
  const results = pageSnippets(page).map((snippet) =>
    verdict(snippet, staticRun(snippet) ?? { id: snippet.id, outcome: 'ok', stdout: 'flushed\n', stderr: '', durationMs: 5, findings: [] }, false),
  );
  const findings = results.flatMap((r) => r.findings.map((f) => ({ ...f, id: r.id, lang: r.lang })));
  return {
    ...SAMPLE_REPORT,
    page: page.path,
    format: page.format,
    results,
    findings,
    summary: { pass: 1, fail: 0, skip: 2, unsupported: 2, errors: 0, warnings: 2 },
    coverage: pageCoverage(page, results),
  };
}

describe('a C++ tab and a tab in a language nobody registered, in every report', () => {
  const report = flushReport();

  it('the results: C++ is `cpp`, skipped as no installable SDK; Rust is `other`, kept with its label and no runner', () => {
    expect(report.results.map((r) => [r.id, r.lang, r.label, r.status, r.skip?.code])).toEqual([
      ['flush-it/python', 'python', undefined, 'pass', undefined],
      ['flush-it/cpp', 'cpp', undefined, 'skip', 'no-sdk-package'],
      ['flush-it/rust', 'other', 'Rust', 'skip', 'no-runner'],
    ]);
    expect(report.results[1]!.skipReason).toMatch(/^no Milvus C\+\+ SDK can be installed from a package registry/);
    expect(report.results[2]!.skipReason).toBe('no runner for `rust` tabs');
  });

  it('coverage: both counted as program tabs not judged, by reason; C++ is never a missing language of a group', () => {
    expect(report.coverage).toEqual({
      programs: 3,
      judged: 1,
      notJudged: { 'no-sdk-package': 1, 'no-runner': 1 },
      placeholders: 0,
      missing: { python: 0, java: 1, node: 1, go: 1, curl: 1 },
    });
  });

  it('console: a cpp column and a Rust column, the reasons, and the coverage line naming them', () => {
    const text = REPORTERS['console']!.render([report]);
    expect(text).toMatch(/Section\s+│ python\s+│ cpp\s+│ Rust\s+│/);
    expect(text).toContain('flush-it/cpp]  no Milvus C++ SDK can be installed from a package registry');
    expect(text).toContain('judged 1 of 3 program tabs (33 %); not judged: 1 no runner, 1 no installable SDK; tab groups missing a language: 1 java');
  });

  it('json, junit, summary and html name both', () => {
    const json = JSON.parse(REPORTERS['json']!.render([report])) as PageReport;
    expect(json.results.map((r) => [r.lang, r.label])).toEqual([
      ['python', undefined],
      ['cpp', undefined],
      ['other', 'Rust'],
    ]);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' }).parse(REPORTERS['junit']!.render([report]));
    const cases = xml.testsuites.testsuite.testcase as Record<string, Record<string, string>>[];
    expect(cases.map((c) => c['@_name'])).toEqual(['flush-it/python', 'flush-it/cpp', 'flush-it/rust']);
    expect(cases[1]!.skipped!['@_message']).toMatch(/^no Milvus C\+\+ SDK/);
    const summary = REPORTERS['summary']!.render([report]);
    expect(summary).toContain('| Section | python | cpp | Rust |');
    expect(summary).toMatch(/no installable SDK/);
    const html = REPORTERS['html']!.render([report]);
    expect(html).toMatch(/role="tab"[^>]*data-id="flush-it\/cpp"[^>]*>cpp /);
    expect(html).toMatch(/role="tab"[^>]*data-id="flush-it\/rust"[^>]*>Rust /);
  });
});
