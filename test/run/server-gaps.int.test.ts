import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { runCli, tab } from './run-cli.ts';

/** Each entry of the gap table (harness/judge/server-gaps.ts), reproduced against the real milvus-lite. */
describe("what the server (or the harness's environment) cannot run is `skip`/unsupported, never a verdict", () => {
  let report: PageReport;

  beforeAll(async () => {
    ({ report } = await runCli(['fixtures/pages/server-gaps.md']));
  }, 600_000);

  it.each([
    ['load-partitions/python', /^milvus-lite 3\.2\.2 has no partition load\/release: run with --backend container or --uri/],
    ['release-partitions/python', /has no partition load\/release/],
    ['search-by-primary-keys/python', /has no search by primary keys/],
    ['random-sample/python', /has no RANDOM_SAMPLE filter/],
    ['varchar-auto-id/python', /has no auto id on a VARCHAR primary key/],
    ['scalar-autoindex/python', /has no AUTOINDEX on a scalar field/],
    ['binary-vector-field/python', /has no BinaryVector fields/],
    ['index-without-a-type/python', /has no default index type \(a real Milvus picks AUTOINDEX/],
    ['embedding-provider/python', /has no embedding provider `gemini`/],
    ['chained-comparison/python', /has no chained range comparisons in filters/],
    ['drop-an-index-of-a-loaded-collection/python', /has no dropping an index of a loaded collection/],
    ['autoindex-on-a-bm25-field/python', /has no AUTOINDEX on a BM25 sparse field/],
    ['run-analyzer/python', /has no RunAnalyzer \(it answered UNIMPLEMENTED: Method not implemented!/],
    ['a-package-the-harness-does-not-install/python', /needs the Python package `torch`, which the harness does not install/],
    ['a-value-the-page-leaves-to-the-reader/python', /needs `your_query_vector`, a value the page leaves to the reader/],
    [
      'a-collection-the-page-assumes/python',
      /the page assumes collection `product_catalog`, which it never creates and no fixture declares: add product_catalog.json/,
    ],
  ])('%s', (id, reason) => {
    const t = tab(report, id);
    expect(t.status).toBe('skip');
    expect(t.skipReason).toMatch(reason);
    expect(t.findings).toContainEqual(expect.objectContaining({ kind: 'unsupported', severity: 'warning' }));
  });

  it('an error the table does not know stays an error (a typo of a known collection is not an assumption)', () => {
    expect(tab(report, 'a-real-error/python')).toMatchObject({
      status: 'fail',
      findings: [expect.objectContaining({ kind: 'runtime', severity: 'error', message: expect.stringContaining('quick_setupp') })],
    });
  });

  it('milvus-lite leaves the database name empty: a documented `default` is not a mismatch there', () => {
    expect(tab(report, 'database-name/python')).toMatchObject({ status: 'pass', findings: [] });
    expect(tab(report, 'database-name/python').stdout).not.toContain('default');
  });

  it('the summary counts what the server could not test', () => {
    expect(report.summary).toMatchObject({ fail: 1, unsupported: 16 });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'lint', message: expect.stringContaining('`quick_setupp`, which nothing creates: a typo of `quick_setup`?') }),
    );
  });
});
