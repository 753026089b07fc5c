import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { checkMarkers } from '../expectations/check.ts';
import { markersOf, readExpectations } from '../expectations/markers.ts';
import { runCli } from './run-cli.ts';

const CLEAN = 'fixtures/pages/defects/clean.md';

describe('exit codes', () => {
  it('0 when no error finding', async () => {
    const { exitCode, report } = await runCli([CLEAN, '--lang', 'python']);
    expect(report.summary).toMatchObject({ pass: 3, fail: 0, errors: 0 });
    expect(exitCode).toBe(0);
  }, 300_000);

  it('1 when warnings become errors under --strict', async () => {
    const { exitCode, report } = await runCli([CLEAN, '--lang', 'node', '--strict']);
    // Every finding is expected (`all`): the page's `expect(strict):` marker, the undeclared `res` of the Node tab.
    expect(checkMarkers(markersOf(readExpectations(CLEAN), 'strict'), report.findings, report.results, 'all')).toEqual([]);
    expect(exitCode).toBe(1);
  }, 300_000);

  it('1 with its own message when no tab of the run was tested; a page that tested nothing is a warning in a tree', async () => {
    const { exitCode, report, stderr } = await runCli([CLEAN, '--lang', 'curl']);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        kind: 'unsupported',
        severity: 'warning',
        message: expect.stringMatching(/^no code tab of this page ran \(2 skipped, 1 placeholders\)/),
      }),
    );
    expect(stderr).toContain('no tab of any page was tested');
    expect(exitCode).toBe(1);
  }, 300_000);

  it.each([
    [['--reporter', 'xml'], /Unknown reporter `xml`; expected one of console, json, junit, github, summary, html\./],
    [['--timeout', 'soon'], /Bad `--timeout soon`/],
    [['--lang', 'rust'], /Unknown language `rust`/],
    [['--sdk', 'python'], /Bad `--sdk python`/],
    [['--backend', 'container'], /needs a running Docker engine.*--backend embedded.*--uri/],
    // Empty filter values would quietly mean "everything" or "nothing": both are usage errors.
    [['--section', ''], /Empty value in `--section`/],
    // A version names a folder in the cache: a path in it must never reach the file system.
    [['--sdk', 'python=../../x'], /Bad version `\.\.\/\.\.\/x` in `--sdk python=\.\.\/\.\.\/x`/],
    [['--lang', 'python,'], /Empty value in `--lang`/],
    [['--reporter', ''], /Empty value in `--reporter`/],
    // Timers cannot wait past ~24.8 days: a larger timeout would fire at once and break every snippet.
    [['--timeout', 'Infinity'], /Bad `--timeout Infinity`.*at most 86400/],
    [['--timeout', '3000000'], /Bad `--timeout 3000000`/],
    [['--max-output', '12'], /Bad `--max-output 12`/],
    // Checked before the run, not after it (Node's recursive mkdir never returns on /proc).
    [['--reporter', 'junit', '--output-dir', '/proc/nope'], /cannot write reports to `\/proc\/nope` \(ENOENT\)/],
    [['--reporter', 'junit', '--output-dir', '/etc/hostname/reports'], /cannot write reports to `\/etc\/hostname\/reports` \(ENOTDIR\)/],
    [['--uri', 'http://127.0.0.1:9'], /the Milvus server at http:\/\/127\.0\.0\.1:9 does not answer \(.*Fail connecting to server on 127\.0\.0\.1:9/],
  ])(
    '2 for usage and infrastructure errors: %j',
    async (args, message) => {
      const result = await execa('node', ['bin/docs-harness.mjs', 'run', CLEAN, ...args], { reject: false });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(message);
    },
    120_000,
  );
});

describe('--version', () => {
  it("prints the package's version, exit 0", async () => {
    const result = await execa('node', ['bin/docs-harness.mjs', '--version'], { reject: false });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('a missing toolchain', () => {
  it('is one clear line naming the tool and the fix, exit 2', async () => {
    const result = await execa(process.execPath, ['bin/docs-harness.mjs', 'run', CLEAN, '--lang', 'go', '--quiet'], {
      reject: false,
      env: { PATH: '/usr/bin:/bin' },
      extendEnv: true,
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe(
      'docs-harness: Go tabs need the `go` command (Go 1.24+) on PATH: install Go or leave Go out with `--lang python,java,node,curl`.',
    );
  }, 120_000);
});
