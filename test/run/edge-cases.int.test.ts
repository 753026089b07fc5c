// fixtures/pages/runner-edge-cases.md against an existing server (its full run: page-expectations.int.test.ts).
import { describe, expect, it } from 'vitest';
import { runCli, tab } from './run-cli.ts';

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
