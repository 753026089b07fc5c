// The seed page's Python, Node and curl tabs. The seed is byte-identical to the website's page and carries no markers:
// its lines are found by what is written there (test/expectations/locate.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { codeLine, outputLine } from '../expectations/locate.ts';
import { runCli, tab } from './run-cli.ts';

const SEED = 'docs/load-and-release.md';

describe('docs-harness run on the seed page (real milvus-lite, real pymilvus and Node SDK)', () => {
  let report: PageReport;
  let exitCode: number | undefined;

  beforeAll(async () => {
    ({ report, exitCode } = await runCli([SEED, '--lang', 'python,node,curl']));
  }, 600_000);

  it('reports the page, backend, SDKs and the substitution it made', () => {
    expect(report.page).toBe(SEED);
    expect(report.backend).toBe('embedded');
    expect(report.sdks['python']).toMatch(/^pymilvus 2\.6\.\d+$/);
    expect(report.sdks['node']).toMatch(/^@zilliz\/milvus2-sdk-node 2\.6\.\d+$/);
    expect(report.substitutions).toEqual([expect.stringMatching(/^http:\/\/localhost:19530 → http:\/\/127\.0\.0\.1:\d+$/)]);
    // The collections the page assumes are found by name in the fixture library.
    expect(report.fixtures).toEqual([
      { name: 'customized_setup_1', how: 'inferred', file: 'fixtures/library/customized_setup_1.json' },
      { name: 'custom_quick_setup', how: 'inferred', file: 'fixtures/library/custom_quick_setup.json' },
    ]);
    expect(report.results.map((r) => r.id)).toHaveLength(9);
  });

  it('Load Collection / Python loads customized_setup_1 and prints Loaded', () => {
    const t = tab(report, 'load-collection/python');
    expect(t.status).toBe('pass');
    expect(t.stdout.trim()).toBe("{'state': <LoadState: Loaded>}");
  });

  it('Load Specific Fields / Python is a real syntax error (missing comma) at the line that lacks it', async () => {
    const t = tab(report, 'load-specific-fields/python');
    expect(t.status).toBe('fail');
    const line = await codeLine(SEED, t.id, 'load_fields=');
    expect(t.findings).toEqual([expect.objectContaining({ kind: 'syntax', severity: 'error', line })]);
  });

  it('Release Collection / Python releases custom_quick_setup and prints NotLoad', () => {
    const t = tab(report, 'release-collection/python');
    expect(t.status).toBe('pass');
    expect(t.stdout.trim()).toBe("{'state': <LoadState: NotLoad>}");
  });

  it('Load Collection / Node passes, with a warning for the undeclared `res` where it is first assigned', async () => {
    const t = tab(report, 'load-collection/node');
    expect(t.status).toBe('pass');
    expect(t.stdout.trim()).toBe('Success\nLoadStateLoaded');
    const line = await codeLine(SEED, t.id, 'res = await client.loadCollection(');
    expect(t.findings).toEqual([expect.objectContaining({ kind: 'lint', severity: 'warning', line, message: expect.stringContaining('`res`') })]);
  });

  it('Load Specific Fields / Node calls a method the SDK does not have, and the finding says which it has', async () => {
    const t = tab(report, 'load-specific-fields/node');
    expect(t.status).toBe('fail');
    const drift = `${report.sdks['node']} has no \`MilvusClient.load_collection\`; did you mean \`loadCollection\`?`;
    const line = await codeLine(SEED, t.id, 'await client.load_collection(');
    expect(t.findings).toEqual([expect.objectContaining({ kind: 'runtime', line, message: `TypeError: client.load_collection is not a function\n${drift}` })]);
  });

  it('Release Collection / Node prints Success then LoadStateNotLoad (state shared from the first snippet)', () => {
    const t = tab(report, 'release-collection/node');
    expect(t.status).toBe('pass');
    expect(t.stdout.trim()).toBe('Success\nLoadStateNotLoad');
  });

  it('curl tabs are not run on milvus-lite (no REST), never hidden: they pass the static checks and say what went untested', () => {
    const load = tab(report, 'load-collection/curl');
    expect(load.status).toBe('skip');
    expect(load.skipReason).toMatch(/no REST API/);
    expect(load.findings).toEqual([
      expect.objectContaining({ kind: 'unsupported', severity: 'warning', message: expect.stringMatching(/^not run: the server has no REST API/) }),
    ]);
    expect(tab(report, 'load-specific-fields/curl').findings).toEqual([expect.objectContaining({ kind: 'missing-tab' })]);
  });

  it('the curl Release tab documents `LoadStateNotLoaded`, which the REST API never returns (it says LoadStateNotLoad)', async () => {
    const t = tab(report, 'release-collection/curl');
    expect(t.status).toBe('fail');
    expect(t.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        kind: 'cross-language',
        line: await outputLine(SEED, t.id, 'LoadStateNotLoaded'),
        message: expect.stringContaining('documents load-state `NotLoaded`, a value no SDK or API prints; curl prints `LoadStateLoaded`, `LoadStateNotLoad`'),
      }),
    ]);
  });

  it('exits 1 because the page has error findings', () => {
    expect(exitCode).toBe(1);
    expect(report.summary).toMatchObject({ pass: 4, fail: 3, skip: 2, unsupported: 1, errors: 3 });
  });
});
