// fixtures/pages/judging-cases.md beyond its markers (swallowed errors, the wrong hit count): the tabs that must pass.
import { expect, it } from 'vitest';
import { tab } from '../run-cli.ts';
import type { PageChecks } from './page-run.ts';

/** Judging as the docs are read: outputs where they are written, unordered lists, search hits, bare expressions. */
export const judgingCases: PageChecks = {
  title: 'judging as the docs are read (real milvus-lite and SDKs)',
  register(run) {
    it('a Node call whose returned status failed, and a Go error that reached an empty handler, fail their tabs (the findings: markers)', () => {
      expect(tab(run().report, 'swallowed-errors/node').status).toBe('fail');
      expect(tab(run().report, 'swallowed-errors/go').status).toBe('fail');
    });

    it('a block written after the second print is compared with the second print', () => {
      // Its only finding: the page never makes the `client` the harness supplies.
      expect(tab(run().report, 'where-the-output-is-written/python')).toMatchObject({
        status: 'pass',
        findings: [expect.objectContaining({ kind: 'lint', severity: 'warning', message: expect.stringMatching(/^`client` is never made on this page/) })],
      });
    });

    it('lists an API returns in no order compare as sets', () => {
      expect(tab(run().report, 'unordered-lists/python')).toMatchObject({ status: 'pass', findings: [] });
      expect(tab(run().report, 'unordered-lists/node')).toMatchObject({ status: 'pass', findings: [] });
    });

    it('search hits compare by structure: made-up ids and distances pass (a wrong hit count does not: its marker)', () => {
      expect(tab(run().report, 'search-hits/python')).toMatchObject({ status: 'pass', findings: [] });
      expect(tab(run().report, 'wrong-hit-count/python').status).toBe('fail');
    });

    it('a snippet that ends in a bare expression shows its value, as a notebook would, when the page documents it', () => {
      expect(tab(run().report, 'a-bare-expression/python')).toMatchObject({ status: 'pass', findings: [] });
      expect(tab(run().report, 'a-bare-expression/python').stdout.trim()).toBe("['default']");
    });

    it('each bare expression a documented output follows shows its value, not only the last one', () => {
      expect(tab(run().report, 'bare-expressions-each-documented/python')).toMatchObject({ status: 'pass', findings: [] });
      expect(tab(run().report, 'bare-expressions-each-documented/python').stdout.trim()).toBe('True\nFalse');
    });
  },
};
