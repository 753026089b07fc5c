import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { runCli, tab } from './run-cli.ts';

const PAGE = 'fixtures/pages/reader-programs.md';
const FIXTURE = ['--fixture', 'fixtures/load-and-release.fixture.json'];

describe("a page's snippets of one language form one reader's program (real milvus-lite, real SDKs)", () => {
  let report: PageReport;

  beforeAll(async () => {
    ({ report } = await runCli([PAGE, ...FIXTURE]));
  }, 900_000);

  it("the page's own client replaces the one the harness provides, in Java, Node (CommonJS) and Go", () => {
    for (const id of ['connect/java', 'connect/node', 'connect/go']) expect(tab(report, id).status).toBe('pass');
  });

  it('later snippets see earlier declarations and may declare a name again', () => {
    expect(tab(report, 'carry-over/java')).toMatchObject({ status: 'pass' });
    expect(tab(report, 'carry-over/java').stdout.trim()).toBe('true 2\n1');
    expect(tab(report, 'carry-over/node')).toMatchObject({ status: 'pass' });
    expect(tab(report, 'carry-over/node').stdout.trim()).toBe('LoadStateLoaded 1');
    expect(tab(report, 'carry-over/go')).toMatchObject({ status: 'pass' });
    expect(tab(report, 'carry-over/go').stdout.trim()).toBe('3 2');
  });

  it('imports a reader would add are added and reported as lint warnings at their lines', () => {
    expect(tab(report, 'carry-over/java').findings.map((f) => [f.kind, f.line, f.message.match(/import [\w.]+;/)?.[0]])).toEqual([
      ['lint', 77, 'import java.util.List;'],
      ['lint', 77, 'import java.util.Arrays;'],
    ]);
    expect(tab(report, 'carry-over/go').findings).toEqual([
      expect.objectContaining({ kind: 'lint', severity: 'warning', line: 99, message: expect.stringContaining('import "fmt"') }),
    ]);
  });

  it('an import alias in one Go tab does not change what `client` means in another', () => {
    expect(tab(report, 'alias-import/go').status).toBe('pass');
    expect(tab(report, 'alias-import/go-2')).toMatchObject({ status: 'pass' });
    expect(tab(report, 'alias-import/go-2').stdout.trim()).toBe('true');
  });

  it('a snippet that does not compile fails at its line; one that uses what it declared is not run, naming it', () => {
    expect(tab(report, 'dependent-failure/java').findings).toEqual([
      expect.objectContaining({ kind: 'compile', line: 142, message: expect.stringMatching(/^cannot find symbol: method getLoadStateTypo, location: /) }),
    ]);
    expect(tab(report, 'dependent-failure/go').findings).toEqual([
      expect.objectContaining({ kind: 'compile', line: 146, message: expect.stringContaining('has no field or method DescribeCollectionTypo') }),
    ]);
    expect(tab(report, 'dependent-failure/java-2')).toMatchObject({
      status: 'skip',
      findings: [],
      skipReason: 'not run: it uses `state`, declared at line 142 (dependent-failure/java), which failed',
    });
    expect(tab(report, 'dependent-failure/go-2')).toMatchObject({
      status: 'skip',
      findings: [],
      skipReason: 'not run: it uses `described`, declared at line 146 (dependent-failure/go), which failed',
    });
  });

  it("a Go snippet that returns a non-nil error fails at the return, with the server's reason; the program stops there", () => {
    expect(tab(report, 'return-err/go').findings).toEqual([
      expect.objectContaining({ kind: 'runtime', line: 180, message: expect.stringMatching(/^the snippet returned an error: .*customized_setup_11/) }),
    ]);
    expect(tab(report, 'after-the-return/go')).toMatchObject({
      status: 'skip',
      skipReason: 'not run: the program stopped at line 180 (return-err/go), which failed',
    });
    expect(tab(report, 'return-err/java').findings).toEqual([
      expect.objectContaining({ kind: 'runtime', line: 174, message: expect.stringContaining('customized_setup_11') }),
    ]);
    // JShell goes on after an exception, as a reader's session would: the re-declared `count` is 2.
    expect(tab(report, 'after-the-return/java')).toMatchObject({ status: 'pass' });
    expect(tab(report, 'after-the-return/java').stdout.trim()).toBe('2');
  });
});

describe('--section runs the earlier snippets of each language first, silently', () => {
  it("reports only the selected section, which sees the setup's declarations", async () => {
    const { report, exitCode } = await runCli([PAGE, ...FIXTURE, '--section', 'carry-over']);
    expect(exitCode).toBe(0);
    expect(report.results.map((r) => [r.id, r.status])).toEqual([
      ['carry-over/java', 'pass'],
      ['carry-over/node', 'pass'],
      ['carry-over/go', 'pass'],
    ]);
  }, 600_000);

  it('an unknown section or language is a usage error naming the valid values (exit 2), not a silent green', async () => {
    const section = await runCli([PAGE, '--section', 'carry_over']);
    expect(section.exitCode).toBe(2);
    expect(section.stderr).toContain(
      "Unknown `--section carry_over`; the page's sections are: connect, carry-over, alias-import, dependent-failure, return-err, after-the-return.",
    );
    const lang = await runCli([PAGE, '--lang', 'python']);
    expect(lang.exitCode).toBe(2);
    expect(lang.stderr).toContain('has no python tabs');
    const empty = await runCli([PAGE, '--lang', '']);
    expect(empty.exitCode).toBe(2);
  });
});
