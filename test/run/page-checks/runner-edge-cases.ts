// fixtures/pages/runner-edge-cases.md beyond its markers (the timeouts, the syntax error, the exceptions): what ran.
import { expect, it } from 'vitest';
import { processesMatching } from '../../helpers.ts';
import { tab } from '../run-cli.ts';
import type { PageChecks } from './page-run.ts';

/** Hangs, crashes, syntax errors and secrets: the snippet processes' environment, the kill, the fresh process. */
export const runnerEdgeCases: PageChecks = {
  title: 'run engine edge cases (hangs, crashes, syntax errors, secrets)',
  env: { DH_TEST_SECRET: 'hunter2', MILVUS_TOKEN: '' },
  register(run) {
    it('gives snippet processes a scrubbed environment', () => {
      expect(tab(run().report, 'setup/python').stdout).toContain('leaked: []');
      expect(tab(run().report, 'setup/node').stdout).toContain('leaked: []');
      expect(run().stdout).not.toContain('hunter2');
    });

    it('kills a hanging snippet at the timeout, with its whole process tree, and goes on', async () => {
      const hang = tab(run().report, 'hang/python');
      expect(hang.status).toBe('fail');
      expect(hang.exitStatus).toBe('timeout');
      expect(hang.stdout).toMatch(/child \d+/);
      // The child's PID is the sandbox's own: look for the process by its command line instead.
      expect(await processesMatching('sleep 300.25')).toBe('');
      expect(tab(run().report, 'hang/node').exitStatus).toBe('timeout');
      const after = tab(run().report, 'after/python');
      expect(after.status).toBe('pass');
      expect(after.stdout.trim()).toBe('after the hang');
      expect(after.stderr).toMatch(/fresh process after hang\/python timed out/);
    });

    it('still runs the snippets after a syntax error', () => {
      expect(tab(run().report, 'still-runs/node').stdout.trim()).toBe('2');
    });

    it('keeps shared state for the snippets after an exception', () => {
      // x was set by the snippet that raised; the next snippet sees it. The page's client was made before the hang, in
      // the process that was killed: the fresh process has the client the harness provides for pages that assume one.
      expect(tab(run().report, 'still-runs/python').stdout.trim()).toBe('2\nFalse');
      expect(tab(run().report, 'still-runs/python').findings).toEqual([]);
    });
  },
};
