// fixtures/pages/compiled-languages-cases.md beyond its markers (added and removed imports, compile errors, panics):
// the tabs that run and what they print.
import { expect, it } from 'vitest';
import { tab } from '../run-cli.ts';
import type { PageChecks } from './page-run.ts';

/** The Java and Go runners: imports a reader would add, unused names, compile errors, redeclarations. */
export const compiledLanguagesCases: PageChecks = {
  title: 'Java and Go runner cases',
  register(run) {
    it('adds the imports a reader would add (warnings: markers), and runs', () => {
      expect(tab(run().report, 'load/java').status).toBe('pass');
      expect(tab(run().report, 'load/java').stdout.trim()).toBe('true\n2');
    });

    it('removes unused Go imports and blanks unused variables (warnings: markers), and runs', () => {
      expect(tab(run().report, 'load/go').status).toBe('pass');
      expect(tab(run().report, 'load/go').stdout.trim()).toBe('3 <nil>');
    });

    it('after compile errors (markers) the other snippets still run', () => {
      const { report } = run();
      expect(tab(report, 'redeclares/java')).toMatchObject({ status: 'pass' });
      expect(tab(report, 'redeclares/java').stdout.trim()).toBe('true');
      expect(tab(report, 'redeclares/go')).toMatchObject({ status: 'pass' });
      expect(tab(report, 'redeclares/go').stdout.trim()).toBe('3 <nil>');
    });
  },
};
