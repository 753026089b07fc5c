// fixtures/pages/reader-programs.md beyond its markers (added imports, compile errors, returned errors): what ran, what
// was not run and why.
import { expect, it } from 'vitest';
import { tab } from '../run-cli.ts';
import type { PageChecks } from './page-run.ts';

/** A page's snippets of one language form one reader's program: own clients, carried-over names, dependents. */
export const readerPrograms: PageChecks = {
  title: "a page's snippets of one language form one reader's program (real milvus-lite, real SDKs)",
  register(run) {
    it("the page's own client replaces the one the harness provides, in Java, Node (CommonJS) and Go", () => {
      for (const id of ['connect/java', 'connect/node', 'connect/go']) expect(tab(run().report, id).status).toBe('pass');
    });

    it('later snippets see earlier declarations and may declare a name again', () => {
      const { report } = run();
      expect(tab(report, 'carry-over/java')).toMatchObject({ status: 'pass' });
      expect(tab(report, 'carry-over/java').stdout.trim()).toBe('true 2\n1');
      expect(tab(report, 'carry-over/node')).toMatchObject({ status: 'pass' });
      expect(tab(report, 'carry-over/node').stdout.trim()).toBe('LoadStateLoaded 1');
      expect(tab(report, 'carry-over/go')).toMatchObject({ status: 'pass' });
      expect(tab(report, 'carry-over/go').stdout.trim()).toBe('3 2');
    });

    it('an import alias in one Go tab does not change what `client` means in another', () => {
      expect(tab(run().report, 'alias-import/go').status).toBe('pass');
      expect(tab(run().report, 'alias-import/go-2')).toMatchObject({ status: 'pass' });
      expect(tab(run().report, 'alias-import/go-2').stdout.trim()).toBe('true');
    });

    it('a snippet that uses what a snippet that did not compile declared is not run, naming it and its line', () => {
      const { report, line } = run();
      expect(tab(report, 'dependent-failure/java-2')).toMatchObject({
        status: 'skip',
        findings: [],
        skipReason: `not run: it uses \`state\`, declared at line ${line('dependent-failure/java', 'compile')} (dependent-failure/java), which failed`,
      });
      expect(tab(report, 'dependent-failure/go-2')).toMatchObject({
        status: 'skip',
        findings: [],
        skipReason: `not run: it uses \`described\`, declared at line ${line('dependent-failure/go', 'compile')} (dependent-failure/go), which failed`,
      });
    });

    it('after a Go snippet returned a non-nil error the program stops there; JShell goes on', () => {
      const { report, line } = run();
      expect(tab(report, 'after-the-return/go')).toMatchObject({
        status: 'skip',
        skipReason: `not run: the program stopped at line ${line('return-err/go', 'runtime')} (return-err/go), which failed`,
      });
      // JShell goes on after an exception, as a reader's session would: the re-declared `count` is 2.
      expect(tab(report, 'after-the-return/java')).toMatchObject({ status: 'pass' });
      expect(tab(report, 'after-the-return/java').stdout.trim()).toBe('2');
    });
  },
};
