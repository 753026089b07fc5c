import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORTERS } from '../../harness/report/registry.ts';
import { countCoverage, runCoverage, tabParity } from '../../harness/judge/coverage.ts';
import { mergeReportsCommand } from '../../harness/commands/merge-reports.ts';
import type { PageReport } from '../../harness/types.ts';
import { PAGE, RESULTS, report } from './coverage-samples.ts';

// Three pages as a run reports them: one with parity counted, one fully judged, one from before coverage was counted.
const failing = { ...report('docs/a.md', RESULTS.slice(0, 5), countCoverage(RESULTS.slice(0, 5), tabParity(PAGE))) };
const A: PageReport = {
  ...failing,
  findings: [{ kind: 'runtime', severity: 'error', line: 7, message: 'TypeError: x is not a function\nat line 7', id: 'a/node' }],
};
const B = report('docs/b.md', RESULTS.slice(5, 6), countCoverage(RESULTS.slice(5, 6), { python: 0, java: 0, node: 0, go: 0, curl: 0 }));
const C = report('docs/c.md', RESULTS.slice(6));
const RUN = [A, B, C];

describe('coverage in every reporter, for a run of several pages', () => {
  it('console: each page its coverage line under its summary, then the run totals', () => {
    const text = REPORTERS['console']!.render(RUN);
    expect(text).toContain('1 passed, 0 failed, 0 skipped; 0 errors, 0 warnings\njudged 1 of 1 program tab (100 %)\n');
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([
      'All 3 pages: 4 passed, 2 failed, 6 skipped; 2 errors, 0 warnings',
      'judged 6 of 11 program tabs (54 %); not judged: 2 server gaps, 1 after a failed tab, 1 no REST server, 1 no runner; 1 placeholder; tab groups missing a language: 1 node, 1 go, 1 curl',
    ]);
    expect(REPORTERS['console']!.render([A])).not.toContain('All 1 pages');
  });

  it('summary: the run line, a row per page and reason with a total row, and tab parity (— where a page did not count it)', () => {
    const md = REPORTERS['summary']!.render(RUN);
    expect(md).toContain(
      [
        '| Page | Program tabs | Judged | Judged % | Not judged: server gaps | Not judged: after a failed tab | Not judged: no REST server | Not judged: no runner | Placeholders |',
        '|---|---|---|---|---|---|---|---|---|',
        '| docs/a.md | 5 | 3 | 60 % | 1 | 0 | 1 | 0 | 0 |',
        '| docs/b.md | 1 | 1 | 100 % | 0 | 0 | 0 | 0 | 0 |',
        '| docs/c.md | 5 | 2 | 40 % | 1 | 1 | 0 | 1 | 1 |',
        '| **Total (3 pages)** | **11** | **6** | **54 %** | **2** | **1** | **1** | **1** | **1** |',
      ].join('\n'),
    );
    expect(md).toContain('| docs/c.md | — | — | — | — | — |\n| **Total (3 pages)** | **0** | **0** | **1** | **1** | **1** |');
    expect(md.indexOf('### Coverage')).toBeLessThan(md.indexOf('### docs/a.md'));
  });

  it('json: every page carries `coverage`, counted from its results when the report had none', () => {
    const json = JSON.parse(REPORTERS['json']!.render(RUN)) as PageReport[];
    expect(json.map((r) => r.coverage)).toEqual([A.coverage, B.coverage, countCoverage(C.results)]);
  });

  it('html: opens with the pages table (verdict, pass, fail, skip, judged %, first error) before the pages, then the coverage tables', () => {
    const html = REPORTERS['html']!.render(RUN);
    const table = html.slice(html.indexOf('<table id="pages-table"'), html.indexOf('</table>', html.indexOf('<table id="pages-table"')));
    expect(html.indexOf('id="pages-table"')).toBeLessThan(html.indexOf('id="page-0"'));
    expect(table.match(/<tr data-status=/g)).toHaveLength(3);
    expect(table).toContain('<tr data-status="fail"><th scope="row" data-value="docs/a.md"><a href="#page-0">docs/a.md</a></th>');
    expect(table).toContain('<td class="number" data-value="60">60 %</td><td data-value="line 7: runtime: TypeError: x is not a function">');
    for (const label of ['Page', 'Verdict', 'Pass', 'Fail', 'Skip', 'Judged %', 'First error'])
      expect(table).toMatch(new RegExp(`<th scope="col" aria-sort="none"><button type="button" class="sort" data-column="\\d" data-kind="\\w+">${label}<`));
    expect(html).toContain('<strong>Coverage:</strong> judged 6 of 11 program tabs (54 %)');
    expect(html).toContain('<tr class="total"><th scope="row">Total (3 pages)</th><td class="number">11</td><td class="number">6</td>');
    expect(html).toContain('<caption>Tab parity: tab groups without a tab in each language</caption>');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});

describe('merge-reports: merged shards add up to the unsharded figures', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('the merged JSON keeps each page’s coverage, the merged summary totals the run, and --min-coverage gates the merge', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dh-merge-coverage-'));
    dirs.push(root);
    // Shards as `run --shard i/2 --reporter json` writes them: an array for several pages, an object for one.
    const shards = [[A, C], [B]];
    for (const [i, pages] of shards.entries()) {
      await mkdir(path.join(root, `shard-${i}`));
      await writeFile(path.join(root, `shard-${i}`, 'report.json'), REPORTERS['json']!.render(pages));
    }
    const merge = (out: string, extra: { minCoverage?: string } = {}) =>
      mergeReportsCommand([path.join(root, 'shard-0'), path.join(root, 'shard-1')], {
        reporter: ['json', 'summary'],
        outputDir: path.join(root, out),
        ...extra,
      });
    expect(await merge('merged')).toBe(1); // error findings, as the run's exit code
    const merged = JSON.parse(await readFile(path.join(root, 'merged', 'report.json'), 'utf8')) as PageReport[];
    expect(merged.map((r) => r.page)).toEqual(['docs/a.md', 'docs/b.md', 'docs/c.md']);
    expect(runCoverage(merged)).toEqual(runCoverage(RUN));
    expect(await readFile(path.join(root, 'merged', 'summary.md'), 'utf8')).toBe(REPORTERS['summary']!.render(RUN));

    // Without the error findings the merge passes, unless fewer tabs were judged than --min-coverage asks (54.5 %).
    const clean = (r: PageReport): PageReport => ({ ...r, summary: { ...r.summary, errors: 0 } });
    for (const [i, pages] of shards.entries()) await writeFile(path.join(root, `shard-${i}`, 'report.json'), REPORTERS['json']!.render(pages.map(clean)));
    expect(await merge('clean')).toBe(0);
    expect(await merge('at', { minCoverage: '54' })).toBe(0);
    expect(await merge('above', { minCoverage: '55' })).toBe(1);
    await expect(merge('bad', { minCoverage: '120' })).rejects.toThrow('Bad `--min-coverage 120`');
  });
});
