import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { runCli, tab } from './run-cli.ts';

const TREE = 'fixtures/tree';
const page = (reports: PageReport[], name: string) => reports.find((r) => r.page === `${TREE}/guide/${name}`)!;
/** What must agree between a sharded and an unsharded run (not timings, ports or pids). */
const essence = (reports: PageReport[]) =>
  reports.map((r) => ({
    page: r.page,
    fixtures: r.fixtures,
    summary: r.summary,
    results: r.results.map((t) => ({ id: t.id, status: t.status, findings: t.findings.map((f) => `${f.kind}@${f.line}`) })),
  }));

describe('a whole docs tree in one run (fixtures/tree: its own config and library)', () => {
  let reports: PageReport[];
  let stderr: string;
  let exitCode: number | undefined;

  beforeAll(async () => {
    const result = await execa('node', ['bin/docs-harness.mjs', 'run', TREE, '--json'], { reject: false });
    reports = JSON.parse(result.stdout) as PageReport[];
    ({ stderr, exitCode } = result);
  }, 600_000);

  it('finds the pages under the folder, leaves out the one without code tabs and says so, one report and exit code', () => {
    expect(reports.map((r) => r.page)).toEqual(['aliases.md', 'alternatives.md', 'inferred.md', 'isolation.md'].map((p) => `${TREE}/guide/${p}`));
    expect(stderr).toContain(`${TREE}/guide/no-code.md: no code tabs, left out`);
    expect(exitCode).toBe(0);
  });

  it("binds the collections the config names, with their partitions and aliases, from the tree's library", () => {
    expect(page(reports, 'aliases.md').fixtures).toEqual([{ name: 'tree_collection', how: 'config', file: `${TREE}/docs-harness.config.json` }]);
    expect(tab(page(reports, 'aliases.md'), 'change-everything/python').status).toBe('pass');
  });

  it("infers a collection from the package's library by name, and warns about one nobody declares", () => {
    const inferred = page(reports, 'inferred.md');
    expect(inferred.fixtures).toEqual([{ name: 'quick_setup', how: 'inferred', file: 'fixtures/library/quick_setup.json' }]);
    expect(inferred.findings).toContainEqual(
      expect.objectContaining({
        kind: 'lint',
        severity: 'warning',
        message: expect.stringContaining('uses collection `made_nowhere`, which it never creates and no fixture declares'),
      }),
    );
  });

  it('a page sees nothing an earlier page made: databases, collections, aliases and partitions are reset', () => {
    expect(tab(page(reports, 'isolation.md'), 'check/python')).toMatchObject({ status: 'pass', findings: [] });
  });

  it("sections the config calls alternatives each start from the fixture's state (the second creates the same collection)", () => {
    expect(tab(page(reports, 'alternatives.md'), 'second-way/python')).toMatchObject({ status: 'pass', findings: [] });
  });

  it('--shard splits the pages so that each is in exactly one shard, and merge-reports gives the unsharded report', async () => {
    const dirs: string[] = [];
    const shards: PageReport[][] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const dir = await mkdtemp(path.join(tmpdir(), 'dh-shard-'));
      const result = await execa('node', ['bin/docs-harness.mjs', 'run', TREE, '--shard', shard, '--reporter', 'json', '--output-dir', dir, '--quiet'], {
        reject: false,
      });
      expect(result.exitCode).toBe(0);
      const data = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
      shards.push(Array.isArray(data) ? data : [data]);
      dirs.push(dir);
    }
    const pages = shards
      .flat()
      .map((r) => r.page)
      .sort();
    expect(pages).toEqual(reports.map((r) => r.page)); // every page in exactly one shard
    expect(shards.map((s) => s.length)).toEqual([2, 1, 1]);
    const out = await mkdtemp(path.join(tmpdir(), 'dh-merged-'));
    const merged = await execa('node', ['bin/docs-harness.mjs', 'merge-reports', ...dirs, '--reporter', 'json', '--reporter', 'junit', '--output-dir', out], {
      reject: false,
    });
    expect(merged.exitCode).toBe(0);
    const mergedReports = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as PageReport[];
    expect(essence(mergedReports)).toEqual(essence(reports));
    expect(await readFile(path.join(out, 'junit.xml'), 'utf8')).toContain('<testsuite name="fixtures/tree/guide/isolation.md"');
  }, 600_000);

  it('a bad --shard is a usage error naming the value', async () => {
    const result = await runCli([TREE, '--shard', '4/3']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Bad `--shard 4/3`; expected i/n with 1 ≤ i ≤ n');
  });
});
