// fixtures/pages/compiled-masks.md beyond its markers: what was not run and why (at the right line), and that the
// page's own correct Java and Go tabs still pass.
import { expect, it } from 'vitest';
import { tab } from '../run-cli.ts';
import type { PageChecks } from './page-run.ts';

/** The Java and Go runners hide nothing a reader pasting the tabs in page order would hit. */
export const compiledMasks: PageChecks = {
  title: 'the Java and Go runners hide nothing a reader pasting the tabs would hit (real milvus-lite, real SDKs)',
  register(run) {
    it('a Java tab that uses the client an earlier tab failed to assign is not run, naming that assignment', () => {
      const { report, line } = run();
      expect(tab(report, 'use-that-client/java')).toMatchObject({
        status: 'skip',
        findings: [],
        skipReason: `not run: it uses \`client\`, declared at line ${line('assign-a-client-never-declared/java', 'compile')} (assign-a-client-never-declared/java), which failed`,
      });
    });

    it("the page's own client, and the imports made before their use, pass in both languages", () => {
      const { report } = run();
      for (const id of ['connect/java', 'connect/go', 'a-client-name-the-page-never-declares/java', 'the-imports/go', 'trailing-comments/go'])
        expect(tab(report, id)).toMatchObject({ status: 'pass' });
      expect(tab(report, 'connect/java').stdout.trim()).toBe('true');
      expect(tab(report, 'connect/go').stdout.trim()).toBe('true');
      expect(tab(report, 'trailing-comments/go').stdout.trim()).toBe('--- true');
    });

    it('a failed declaration after a trailing comment (Java) or under a commented-out one (Go) is named at its own line', () => {
      const { report } = run();
      const second = report.findings.find((f) => f.id === 'trailing-comments/java' && /undefinedThing/.test(f.message))!;
      expect(tab(report, 'after-the-trailing-comments/java')).toMatchObject({
        status: 'skip',
        skipReason: `not run: it uses \`second\`, declared at line ${second.line} (trailing-comments/java), which failed`,
      });
      const schema = report.findings.find((f) => f.id === 'after-the-trailing-comments/go' && f.kind === 'compile')!;
      expect(tab(report, 'after-the-trailing-comments/go-2')).toMatchObject({
        status: 'skip',
        skipReason: `not run: it uses \`schema\`, declared at line ${schema.line} (after-the-trailing-comments/go), which failed`,
      });
    });
  },
};
