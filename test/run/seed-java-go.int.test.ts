// The seed page's Java and Go tabs. The seed is byte-identical to the website's page and carries no markers: its
// lines are found by what is written there (test/expectations/locate.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { codeLine } from '../expectations/locate.ts';
import { runCli, tab } from './run-cli.ts';

const SEED = 'docs/load-and-release.md';

describe('docs-harness run on the seed page: Java and Go (real milvus-lite, real SDKs)', () => {
  let report: PageReport;

  beforeAll(async () => {
    ({ report } = await runCli([SEED, '--lang', 'java,go']));
  }, 900_000);

  it('names the exact SDK versions', () => {
    expect(report.sdks['java']).toMatch(/^milvus-sdk-java 2\.6\.\d+$/);
    expect(report.sdks['go']).toMatch(/^github\.com\/milvus-io\/milvus\/client\/v2 v2\.6\.\d+$/);
  });

  it('Java: every tab runs in one JShell; the documented true/false are printed', () => {
    expect(tab(report, 'load-collection/java')).toMatchObject({ status: 'pass', stdout: 'true', findings: [] });
    expect(tab(report, 'release-collection/java').stdout.trim()).toBe('false');
    expect(tab(report, 'release-collection/java').status).toBe('pass');
  });

  it('Java: the import of Arrays a reader would add is added and reported at the line that uses it', async () => {
    const t = tab(report, 'load-specific-fields/java');
    expect(t.status).toBe('pass');
    const line = await codeLine(SEED, t.id, '.loadFields(Arrays.asList(');
    expect(t.findings).toEqual([
      expect.objectContaining({ kind: 'lint', severity: 'warning', line, message: expect.stringContaining('import java.util.Arrays;') }),
    ]);
  });

  it('Go: the page imports github.com/milvus-io/milvus/client/v2, a package the 2.6 SDK no longer has (SDK drift), at the import', async () => {
    for (const id of ['load-collection/go', 'load-specific-fields/go', 'release-collection/go']) {
      const t = tab(report, id);
      expect(t.status).toBe('fail');
      expect(t.findings.filter((f) => f.severity === 'error')).toEqual([
        expect.objectContaining({
          kind: 'compile',
          line: await codeLine(SEED, id, '"github.com/milvus-io/milvus/client/v2"'),
          message: expect.stringMatching(/^import "github\.com\/milvus-io\/milvus\/client\/v2": not in .* \(SDK drift/),
        }),
      ]);
    }
  });

  it('Go: the page never makes `cli` and uses `ctx` before it declares it: the names the harness supplied are warnings at their first use', async () => {
    const line = await codeLine(SEED, 'load-collection/go', 'defer cli.Close(ctx)');
    expect(tab(report, 'load-collection/go').findings.filter((f) => f.kind === 'lint')).toEqual([
      expect.objectContaining({ severity: 'warning', line, message: expect.stringMatching(/^`cli` is never made on this page: the harness supplied it/) }),
      expect.objectContaining({ severity: 'warning', line, message: expect.stringMatching(/^`ctx` is used here before the page declares it/) }),
    ]);
    for (const id of ['load-specific-fields/go', 'release-collection/go']) expect(tab(report, id).findings.filter((f) => f.kind === 'lint')).toEqual([]);
  });
});
