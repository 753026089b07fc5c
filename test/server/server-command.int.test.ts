import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { childProcesses, pidAlive, waitFor } from '../helpers.ts';

async function startCli() {
  const cli = execa('node', ['bin/docs-harness.mjs', 'server'], { reject: false, buffer: { stdout: false, stderr: true } });
  const firstLine = await new Promise<string>((resolve) => createInterface({ input: cli.stdout! }).once('line', resolve));
  const children = await childProcesses(cli.pid!);
  const milvus = children.find((c) => c.command.includes('milvus-lite'));
  return { cli, firstLine, milvus: milvus!.pid };
}

describe('docs-harness server', () => {
  it('prints its URI on the first line and stops cleanly on Ctrl-C, leaving no process', async () => {
    const { cli, firstLine, milvus } = await startCli();
    expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(pidAlive(milvus)).toBe(true);
    cli.kill('SIGINT');
    const result = await cli;
    expect(result.exitCode).toBe(0);
    expect(pidAlive(milvus)).toBe(false);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('says so clearly when the server is killed under it, and exits 2', async () => {
    const { cli, milvus } = await startCli();
    process.kill(milvus, 'SIGKILL');
    const result = await cli;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/docs-harness: milvus-lite killed by SIGKILL/);
    await waitFor(() => !pidAlive(milvus), 5000, 'milvus to be gone');
  }, 120_000);
});
