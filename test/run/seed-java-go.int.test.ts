import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { runCli, tab } from './run-cli.ts';

describe('docs-harness run on the seed page: Java and Go (real milvus-lite, real SDKs)', () => {
  let report: PageReport;

  beforeAll(async () => {
    ({ report } = await runCli(['docs/load-and-release.md', '--lang', 'java,go']));
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

  it('Java: the import of Arrays a reader would add is added and reported at its line', () => {
    const t = tab(report, 'load-specific-fields/java');
    expect(t.status).toBe('pass');
    expect(t.findings).toEqual([
      expect.objectContaining({ kind: 'lint', severity: 'warning', line: 238, message: expect.stringContaining('import java.util.Arrays;') }),
    ]);
  });

  it('Go: the page imports github.com/milvus-io/milvus/client/v2, a package the 2.6 SDK no longer has (SDK drift)', () => {
    for (const [id, line] of [
      ['load-collection/go', 140],
      ['load-specific-fields/go', 270],
      ['release-collection/go', 384],
    ] as const) {
      const t = tab(report, id);
      expect(t.status).toBe('fail');
      expect(t.findings).toEqual([
        expect.objectContaining({
          kind: 'compile',
          line,
          message: expect.stringMatching(/^import "github\.com\/milvus-io\/milvus\/client\/v2": not in .* \(SDK drift/),
        }),
      ]);
    }
  });
});

describe('Java and Go runner cases (fixtures/pages/compiled-languages-cases.md)', () => {
  let report: PageReport;

  beforeAll(async () => {
    ({ report } = await runCli(['fixtures/pages/compiled-languages-cases.md', '--fixture', 'fixtures/load-and-release.fixture.json']));
  }, 900_000);

  it('adds the imports a reader would add (warnings), and runs', () => {
    const t = tab(report, 'load/java');
    expect(t.status).toBe('pass');
    expect(t.stdout.trim()).toBe('true\n2');
    expect(t.findings.map((f) => [f.kind, f.line, f.message.match(/import [\w.]+;/)?.[0]])).toEqual([
      ['lint', 21, 'import java.util.List;'],
      ['lint', 21, 'import java.util.Arrays;'],
    ]);
  });

  it('removes unused Go imports and blanks unused variables, reporting both', () => {
    const t = tab(report, 'load/go');
    expect(t.status).toBe('pass');
    expect(t.stdout.trim()).toBe('3 <nil>');
    expect(t.findings.map((f) => [f.line, f.message])).toEqual([
      [28, 'the harness removed the unused import "log"'],
      [34, '`unused` is declared and not used; the harness added `_ = unused` so the program compiles'],
    ]);
  });

  it('reports compile errors at their page line, and the other snippets still run', () => {
    expect(tab(report, 'broken/java').findings).toEqual([
      expect.objectContaining({
        kind: 'compile',
        line: 47,
        message: [
          'cannot find symbol: method getLoadStateTypo, location: variable client of type io.milvus.v2.client.MilvusClientV2',
          `${report.sdks['java']} has no \`MilvusClientV2.getLoadStateTypo\`; did you mean \`getLoadState\` or \`getLoadStateV2\`?`,
        ].join('\n'),
      }),
    ]);
    expect(tab(report, 'broken/go').findings).toEqual([
      expect.objectContaining({
        kind: 'compile',
        line: 51,
        message: expect.stringMatching(/has no field or method NoSuchMethod\)\n.* has no `Client\.NoSuchMethod`$/),
      }),
    ]);
    expect(tab(report, 'redeclares/java')).toMatchObject({ status: 'pass' });
    expect(tab(report, 'redeclares/java').stdout.trim()).toBe('true');
    expect(tab(report, 'redeclares/go')).toMatchObject({ status: 'pass' });
    expect(tab(report, 'redeclares/go').stdout.trim()).toBe('3 <nil>');
  });

  it('reports exceptions and panics at the line that raised them', () => {
    expect(tab(report, 'throws/java').findings).toEqual([
      expect.objectContaining({ kind: 'runtime', line: 82, message: expect.stringContaining('NullPointerException') }),
    ]);
    expect(tab(report, 'throws/go').findings).toEqual([
      expect.objectContaining({ kind: 'runtime', line: 88, message: 'panic: assignment to entry in nil map' }),
    ]);
  });
});
