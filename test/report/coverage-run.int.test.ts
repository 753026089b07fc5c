import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCoverage } from '../../harness/judge/coverage.ts';
import type { PageReport } from '../../harness/types.ts';

// Real runs against milvus-lite: the coverage gate's exit code and message, and shards merged into the unsharded figures.
const cli = (args: string[]) => execa('node', ['bin/docs-harness.mjs', ...args], { reject: false });
const SEED = 'docs/load-and-release.md';
// The seed's first section in three languages: python and node pass (a lint warning only), curl has no REST server.
const FIRST_SECTION = [SEED, '--lang', 'python,node,curl', '--section', 'load-collection', '--quiet'];
let dir: string;

/** The JSON report a run wrote into `out`, as an array of pages. */
async function pages(out: string): Promise<PageReport[]> {
  const data = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
  return Array.isArray(data) ? data : [data];
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dh-coverage-run-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('--min-coverage on a real run', () => {
  it('exit 0 at a threshold below the figure (2 of 3 program tabs judged), with the coverage in the JSON report', async () => {
    const out = path.join(dir, 'below');
    const run = await cli(['run', ...FIRST_SECTION, '--min-coverage', '60', '--reporter', 'json', '--output-dir', out]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).not.toContain('--min-coverage');
    const [report] = await pages(out);
    expect(report!.coverage).toEqual({
      programs: 3,
      judged: 2,
      notJudged: { 'no-rest-server': 1 },
      placeholders: 0,
      missing: { python: 0, java: 0, node: 0, go: 0, curl: 0 },
    });
  }, 120_000);

  it('exit 1 at a threshold above it, printing the figure and the largest reasons; the console shows the coverage line', async () => {
    const run = await cli(['run', ...FIRST_SECTION, '--min-coverage', '70']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(
      'docs-harness: judged 2 of 3 program tabs (66 %), below --min-coverage 70 %; not judged, largest first: 1 no REST server; exit 1.',
    );
    expect(run.stdout).toMatch(
      /2 passed, 0 failed, 1 skipped \(1 could not be tested here\); 0 errors, 2 warnings\njudged 2 of 3 program tabs \(66 %\); not judged: 1 no REST server$/,
    );
  }, 120_000);

  it('a run that judged nothing stays exit 1 whatever the threshold, saying so', async () => {
    const run = await cli(['run', SEED, '--lang', 'curl', '--section', 'load-collection', '--min-coverage', '0', '--quiet']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('no tab of any page was tested');
  }, 120_000);

  it('a threshold that is not a percentage is a usage error before anything runs (exit 2)', async () => {
    for (const bad of ['101', 'most']) {
      const run = await cli(['run', SEED, '--min-coverage', bad]);
      expect(run.exitCode, bad).toBe(2);
      expect(run.stderr).toContain(`Bad \`--min-coverage ${bad}\`; expected a percentage of program tabs judged, from 0 to 100 (e.g. 80).`);
    }
  });
});

describe('merged shards add up to the unsharded figures (a real sharded run)', () => {
  it('per page and in total: program tabs, judged, the reasons, placeholders and parity', async () => {
    const args = [SEED, 'fixtures/pages/server-gaps.md', '--lang', 'python', '--quiet', '--reporter', 'json'];
    const whole = path.join(dir, 'whole');
    expect((await cli(['run', ...args, '--output-dir', whole])).exitCode).toBe(1); // both pages have error findings
    const shards = ['1/2', '2/2'].map((_, i) => path.join(dir, `shard-${i + 1}`));
    for (const [i, shard] of shards.entries()) expect((await cli(['run', ...args, '--shard', `${i + 1}/2`, '--output-dir', shard])).exitCode).toBe(1);
    const merged = path.join(dir, 'merged');
    const merge = await cli(['merge-reports', ...shards, '--reporter', 'json', '--reporter', 'console', '--output-dir', merged]);
    expect(merge.exitCode).toBe(1);
    const [unsharded, joined] = [await pages(whole), await pages(merged)];
    expect(joined.map((r) => [r.page, r.coverage])).toEqual(unsharded.map((r) => [r.page, r.coverage]));
    const total = runCoverage(unsharded);
    expect(runCoverage(joined)).toEqual(total);
    // Real figures, not zeros: most of server-gaps.md is what milvus-lite cannot run.
    expect(total.programs).toBeGreaterThan(10);
    expect(total.judged).toBeLessThan(total.programs);
    expect(total.notJudged['server-gap']).toBeGreaterThan(5);
    expect(merge.stdout).toContain(`All 2 pages: `);
    expect(merge.stdout).toContain(`judged ${total.judged} of ${total.programs} program tabs`);
  }, 300_000);
});
