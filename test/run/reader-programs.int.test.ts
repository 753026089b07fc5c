// fixtures/pages/reader-programs.md with --section (its full run: page-expectations.int.test.ts).
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const PAGE = 'fixtures/pages/reader-programs.md';
const FIXTURE = ['--fixture', 'fixtures/load-and-release.fixture.json'];

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
