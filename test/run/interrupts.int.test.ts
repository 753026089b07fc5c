import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { descendants, pidAlive, waitFor } from '../helpers.ts';

/** The Python driver: a process per page (driver.py) or the warm runtime (serve.py). */
const isPythonDriver = (p: { command: string }) => /\b(driver|serve)\.py\b/.test(p.command);

describe('interruptions during a run', () => {
  it('SIGINT during a run stops the server and the snippet processes, with a clear message, exit 130', async () => {
    const cli = execa('node', ['bin/docs-harness.mjs', 'run', 'fixtures/pages/server-dies.md', '--lang', 'python', '--quiet'], { reject: false });
    let tree: { pid: number; command: string }[] = [];
    await waitFor(
      async () => {
        tree = await descendants(cli.pid!);
        return tree.some(isPythonDriver);
      },
      400_000,
      'the Python driver to start',
    );
    expect(tree.some((p) => p.command.includes('milvus-lite server'))).toBe(true);
    cli.kill('SIGINT');
    const result = await cli;
    expect(result.exitCode).toBe(130);
    expect(result.stderr).toMatch(/SIGINT received: stopping servers and snippets/);
    await waitFor(() => tree.every((p) => !pidAlive(p.pid)), 10_000, 'every process of the run to be gone');
  }, 500_000);

  it('a server killed mid-run: says so, fails what depended on it, goes on with a fresh server, no hang', async () => {
    // One server for both languages (DOCS_HARNESS_LANES=1): the one killed under Python is the one Node then finds revived.
    const cli = execa('node', ['bin/docs-harness.mjs', 'run', 'fixtures/pages/server-dies.md', '--json', '--quiet', '--timeout', '30'], {
      reject: false,
      env: { DOCS_HARNESS_LANES: '1' },
    });
    let server: { pid: number } | undefined;
    await waitFor(
      async () => {
        const tree = await descendants(cli.pid!);
        server = tree.find((p) => p.command.includes('milvus-lite server'));
        return server !== undefined && tree.some(isPythonDriver);
      },
      400_000,
      'the Python driver to start',
    );
    // The warm Python runtime starts while the server resets: the snippet has connected and sleeps (8 s) a little later.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    process.kill(server!.pid, 'SIGKILL');
    const result = await cli;
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    const use = report.results.find((r: { id: string }) => r.id === 'use/python');
    expect(use.status).toBe('fail');
    expect(use.findings).toContainEqual(
      expect.objectContaining({
        kind: 'runtime',
        message: expect.stringMatching(/the Milvus server died during the python run \(killed by SIGKILL\); a fresh server was started/),
      }),
    );
    // Node ran afterwards against the fresh server.
    const node = report.results.find((r: { id: string }) => r.id === 'sleep/node');
    expect(node).toMatchObject({ status: 'pass', stdout: 'false' });
    expect(pidAlive(server!.pid)).toBe(false);
  }, 600_000);

  it('an existing server that goes away between languages: the tabs that ran are reported, the rest fail, exit 2 naming the server', async () => {
    const server = execa('node', ['bin/docs-harness.mjs', 'server'], { reject: false });
    const uri = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve));
    const cli = execa('node', ['bin/docs-harness.mjs', 'run', 'fixtures/pages/server-dies.md', '--uri', uri, '--json', '--quiet', '--timeout', '30'], {
      reject: false,
    });
    await waitFor(async () => (await descendants(cli.pid!)).some(isPythonDriver), 400_000, 'the Python driver to start');
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the Python snippet has connected and sleeps (8 s)
    server.kill('SIGINT'); // the user's server goes away while Python sleeps; Node has not started
    await server;
    const result = await cli;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`the run stopped in fixtures/pages/server-dies.md: .*server ${uri.replace(/[.:/]/g, '\\$&')}.*partial`));
    const report = JSON.parse(result.stdout);
    expect(report.aborted).toContain(uri);
    expect(report.results.find((r: { id: string }) => r.id === 'sleep/python')).toMatchObject({ status: 'pass', stdout: 'ready' });
    for (const id of ['sleep/node', 'use/node']) {
      expect(report.results.find((r: { id: string }) => r.id === id)).toMatchObject({
        status: 'fail',
        findings: [expect.objectContaining({ message: expect.stringMatching(/^not run: the run stopped before this tab: /) })],
      });
    }
  }, 600_000);
});
