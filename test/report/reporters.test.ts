import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../harness/report/registry.ts';
import { escapeData, escapeProperty } from '../../harness/report/github.ts';
import { defaultReporters, pickReporters, writeReports } from '../../harness/report/write-reports.ts';
import { SAMPLE_REPORT } from './sample-report.ts';

describe('reporters (snapshots of a fixed report)', () => {
  it.each(['console', 'json', 'junit', 'github', 'summary'])('%s', async (name) => {
    await expect(REPORTERS[name]!.render([SAMPLE_REPORT])).toMatchFileSnapshot(`__snapshots__/sample.${name}.txt`);
  });

  it('JUnit parses back: one testcase per tab, the failure carries the finding, diff and stderr', () => {
    const xml = REPORTERS['junit']!.render([SAMPLE_REPORT]);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    const suite = parsed.testsuites.testsuite[0];
    expect(parsed.testsuites['@_tests']).toBe('4');
    expect(suite['@_failures']).toBe('1');
    expect(suite.testcase.map((t: Record<string, string>) => t['@_name'])).toEqual(['load/python', 'release/python', 'release/curl', 'release/node']);
    const failed = suite.testcase[1];
    expect(failed.failure['@_type']).toBe('output-mismatch');
    expect(failed.failure['#text']).toContain('-Loaded\n+NotLoad');
    expect(failed.failure['#text']).toContain('a "quoted" <stderr> & more');
    expect(failed['@_line']).toBe('30');
    expect(suite.testcase[2].skipped['@_message']).toBe('the server has no REST API');
  });

  it('GitHub annotations escape %, newlines, colons and commas', () => {
    expect(escapeData('100%\na\r')).toBe('100%25%0Aa%0D');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
    const lines = REPORTERS['github']!.render([SAMPLE_REPORT]).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=docs\/sample\.md,line=36,title=output-mismatch release\/python::the page documents/);
  });
});

describe('choosing and writing reporters', () => {
  it('adds annotations and a step summary inside GitHub Actions', () => {
    expect(defaultReporters({})).toEqual(['console']);
    expect(defaultReporters({ GITHUB_ACTIONS: 'true' })).toEqual(['console', 'github', 'summary']);
  });

  it('html: one self-contained file, every page text escaped, nothing fetched', () => {
    const html = REPORTERS['html']!.render([SAMPLE_REPORT]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('a &quot;quoted&quot; &lt;stderr&gt; &amp; more');
    expect(html).not.toContain('<stderr>');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    for (const result of SAMPLE_REPORT.results) expect(html).toContain(`data-id="${result.id}"`);
  });

  it('rejects an unknown reporter, naming the known ones', () => {
    expect(() => pickReporters(['xml'])).toThrow('Unknown reporter `xml`; expected one of console, json, junit, github, summary, html.');
  });

  it('refuses two reporters on stdout, and writes files to --output-dir', async () => {
    await expect(writeReports(pickReporters(['console', 'json']), [SAMPLE_REPORT], undefined)).rejects.toThrow(/both write to stdout/);
    const dir = await mkdtemp(path.join(tmpdir(), 'dh-reports-'));
    const written = await writeReports(pickReporters(['junit', 'json', 'summary']), [SAMPLE_REPORT], dir, {});
    expect(written.map((f) => path.basename(f))).toEqual(['junit.xml', 'report.json', 'summary.md']);
    expect(JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')).page).toBe('docs/sample.md');
  });

  it('appends the summary to $GITHUB_STEP_SUMMARY', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dh-summary-'));
    const file = path.join(dir, 'step-summary.md');
    await writeReports(pickReporters(['summary']), [SAMPLE_REPORT], undefined, { GITHUB_STEP_SUMMARY: file });
    expect(await readFile(file, 'utf8')).toContain('| Release | ❌ 30 | ⏭️ 42 | ✅ 52 |');
  });
});

describe('JUnit XML stays valid whatever a snippet prints', () => {
  it('drops control characters XML cannot hold, escapes markup, and parses back', async () => {
    const { XMLParser, XMLValidator } = await import('fast-xml-parser');
    const noisy = { ...SAMPLE_REPORT, results: SAMPLE_REPORT.results.map((r) => ({ ...r, stdout: 'bell\u0007 nul\u0000 esc\u001b[31m <tag> & "q"' })) };
    const xml = REPORTERS['junit']!.render([noisy]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const cases = [parsed.testsuites.testsuite.testcase].flat();
    expect(cases.find((c: Record<string, unknown>) => c['system-out'])['system-out']).toBe('bell nul esc[31m <tag> & "q"');
  });

  it("a page's own error (e.g. it cannot be read) is a failed testcase, not an empty suite", () => {
    const broken = {
      ...SAMPLE_REPORT,
      results: [],
      findings: [{ kind: 'syntax' as const, severity: 'error' as const, line: 12, message: 'the page cannot be read: unclosed code fence' }],
    };
    expect(REPORTERS['junit']!.render([broken])).toMatch(
      /<testcase classname="[^"]+" name="\(page\)"[^>]*>\s*<failure type="syntax" message="the page cannot be read: unclosed code fence">/,
    );
  });
});
