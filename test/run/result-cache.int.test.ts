// The result cache, end to end: a second run reuses every result, an edit re-runs only its language, moved tabs
// keep their reused results at their new lines, and --no-cache or another fixture runs everything again.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tab } from './run-cli.ts';

const CACHE_ON = { DOCS_HARNESS_NO_CACHE: '0' };
const dir = mkdtempSync(path.join(tmpdir(), 'dh-result-cache-'));
const page = path.join(dir, 'page.md');
const unique = `${process.pid}-${Date.now()}`; // no earlier run of this test can have cached these snippets

function write(pythonSecond: string, prose = ''): void {
  writeFileSync(
    page,
    `---\nid: cache.md\ntitle: Cache\n---\n\n# Cache\n${prose}\n## One\n\n<div class="multipleCode">\n    <a href="#python">Python</a>\n    <a href="#javascript">NodeJS</a>\n</div>\n\n\`\`\`python\nx = "${unique}"\nprint(len(x) > 0)\n\`\`\`\n\n\`\`\`javascript\nconst y = "${unique}";\nconsole.log(y.length > 0);\n\`\`\`\n\n## Two\n\n\`\`\`python\n${pythonSecond}\n\`\`\`\n`,
  );
}

describe('result cache', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reuses what did not change, re-runs what did, and moves reused results to their new lines', async () => {
    write('print(undefined_name)');
    const first = await runCli([page], CACHE_ON);
    expect(first.report.results.every((r) => !r.cached)).toBe(true);
    const failing = tab(first.report, 'two/python');
    expect(failing.findings).toEqual([expect.objectContaining({ kind: 'runtime', message: expect.stringContaining('undefined_name') })]);

    const second = await runCli([page], CACHE_ON);
    expect(second.report.results.map((r) => [r.id, r.cached])).toEqual([
      ['one/python', true],
      ['one/node', true],
      ['two/python', true],
    ]);
    expect(second.report.results.map((r) => [r.status, r.stdout])).toEqual(first.report.results.map((r) => [r.status, r.stdout]));
    // Nothing needed the server, so none was started; the report still lists what was substituted in the snippets.
    expect(first.report.server).not.toMatch(/not started/);
    expect(second.report.server).toMatch(/^milvus-lite [\d.]+ \(not started: no result needed it/);
    expect(second.report.substitutions).toEqual(first.report.substitutions);

    // Two lines of prose above every tab: all reused, each finding two lines further down.
    write('print(undefined_name)', '\nSome new prose.\n');
    const moved = await runCli([page], CACHE_ON);
    expect(moved.report.results.every((r) => r.cached)).toBe(true);
    expect(tab(moved.report, 'two/python').findings[0]!.line).toBe(failing.findings[0]!.line + 2);

    // An edit to the last Python tab: Python runs again (its earlier tab is its setup), Node is reused.
    write('print(x == "' + unique + '")', '\nSome new prose.\n');
    const edited = await runCli([page], CACHE_ON);
    expect(edited.report.results.map((r) => [r.id, Boolean(r.cached)])).toEqual([
      ['one/python', false],
      ['one/node', true],
      ['two/python', false],
    ]);
    expect(tab(edited.report, 'two/python')).toMatchObject({ status: 'pass', stdout: 'True' });

    // --no-cache runs everything again.
    const forced = await runCli([page, '--no-cache'], CACHE_ON);
    expect(forced.report.results.some((r) => r.cached)).toBe(false);

    // Another fixture is another starting state: nothing is reused.
    const fixture = path.join(dir, 'other.fixture.json');
    writeFileSync(fixture, JSON.stringify({ collections: [JSON.parse(readFileSync('fixtures/library/my_collection.json', 'utf8'))] }));
    const otherFixture = await runCli([page, '--fixture', fixture], CACHE_ON);
    expect(otherFixture.report.results.some((r) => r.cached)).toBe(false);
  }, 300_000);
});
