import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { processesMatching } from '../helpers.ts';
import { runCli, tab } from './run-cli.ts';

describe('run engine edge cases (hangs, crashes, syntax errors, secrets)', () => {
  let report: PageReport;
  let stdout: string;

  beforeAll(async () => {
    ({ report, stdout } = await runCli(['fixtures/pages/runner-edge-cases.md', '--timeout', '4'], { DH_TEST_SECRET: 'hunter2', MILVUS_TOKEN: '' }));
  }, 600_000);

  it('gives snippet processes a scrubbed environment', () => {
    expect(tab(report, 'setup/python').stdout).toContain('leaked: []');
    expect(tab(report, 'setup/node').stdout).toContain('leaked: []');
    expect(stdout).not.toContain('hunter2');
  });

  it('kills a hanging snippet at the timeout, with its whole process tree, and goes on', async () => {
    const hang = tab(report, 'hang/python');
    expect(hang.status).toBe('fail');
    expect(hang.exitStatus).toBe('timeout');
    expect(hang.findings).toEqual([expect.objectContaining({ kind: 'timeout', line: 38, message: expect.stringContaining('timed out after 4 s') })]);
    expect(hang.stdout).toMatch(/child \d+/);
    // The child's PID is the sandbox's own: look for the process by its command line instead.
    expect(await processesMatching('sleep 300.25')).toBe('');
    expect(tab(report, 'hang/node').exitStatus).toBe('timeout');
    const after = tab(report, 'after/python');
    expect(after.status).toBe('pass');
    expect(after.stdout.trim()).toBe('after the hang');
    expect(after.stderr).toMatch(/fresh process after hang\/python timed out/);
  });

  it('reports a syntax error at its page line and still runs the later snippets', () => {
    expect(tab(report, 'after/node').findings).toEqual([expect.objectContaining({ kind: 'syntax', line: 62 })]);
    expect(tab(report, 'still-runs/node').stdout.trim()).toBe('2');
  });

  it('reports exceptions at the raising line, and keeps shared state for later snippets', () => {
    expect(tab(report, 'errors/python').findings).toEqual([expect.objectContaining({ kind: 'runtime', line: 75, message: 'ValueError: planted' })]);
    expect(tab(report, 'errors/node').findings).toEqual([expect.objectContaining({ kind: 'runtime', line: 81 })]);
    // x was set by the snippet that raised; the next snippet sees it. The page's client was made before the hang, in
    // the process that was killed: the fresh process has the client the harness provides for pages that assume one.
    expect(tab(report, 'still-runs/python').stdout.trim()).toBe('2\nFalse');
    expect(tab(report, 'still-runs/python').findings).toEqual([]);
  });
});

describe('existing server (--uri, --token)', () => {
  it('never shows the token in output or reports', async () => {
    const { execa } = await import('execa');
    const { createInterface } = await import('node:readline');
    const server = execa('node', ['bin/docs-harness.mjs', 'server'], { reject: false });
    const uri = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve));
    try {
      const { report, stdout, stderr, exitCode } = await runCli([
        'fixtures/pages/runner-edge-cases.md',
        '--section',
        'setup',
        '--lang',
        'python',
        '--uri',
        uri,
        '--token',
        'sekret-token-42',
      ]);
      expect(exitCode).toBe(0);
      expect(report.backend).toBe('uri');
      expect(tab(report, 'setup/python').stdout).toContain('token: ***');
      expect(stdout + stderr).not.toContain('sekret-token-42');
      expect(report.substitutions).toContain('root:Milvus → ***');
    } finally {
      server.kill('SIGINT');
      await server;
    }
  }, 300_000);
});
