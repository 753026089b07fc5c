import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { childProcesses, pidAlive, waitFor } from '../helpers.ts';

/** All descendants of `pid`. */
async function descendants(pid: number): Promise<{ pid: number; command: string }[]> {
  const direct = await childProcesses(pid);
  const nested = await Promise.all(direct.map((c) => descendants(c.pid)));
  return [...direct, ...nested.flat()];
}

describe('interruptions during a run', () => {
  it('SIGINT during a run stops the server and the snippet processes, with a clear message, exit 130', async () => {
    const cli = execa('node', ['bin/docs-harness.mjs', 'run', 'fixtures/pages/server-dies.md', '--lang', 'python', '--quiet'], { reject: false });
    let tree: { pid: number; command: string }[] = [];
    await waitFor(
      async () => {
        tree = await descendants(cli.pid!);
        return tree.some((p) => p.command.includes('driver.py'));
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
    const cli = execa('node', ['bin/docs-harness.mjs', 'run', 'fixtures/pages/server-dies.md', '--json', '--quiet', '--timeout', '30'], { reject: false });
    let server: { pid: number } | undefined;
    await waitFor(
      async () => {
        const tree = await descendants(cli.pid!);
        server = tree.find((p) => p.command.includes('milvus-lite server'));
        return server !== undefined && tree.some((p) => p.command.includes('driver.py'));
      },
      400_000,
      'the Python driver to start',
    );
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
});
