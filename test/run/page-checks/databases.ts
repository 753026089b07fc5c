// fixtures/pages/databases.md beyond its markers: the databases its sidecar declares really exist in every language,
// and the tabs that fail only on an undeclared database carry that as data.
import { expect, it } from 'vitest';
import { tab } from '../run-cli.ts';
import type { PageChecks } from './page-run.ts';

const LANGS = ['python', 'java', 'node', 'go'] as const;

/** Databases a fixture declares exist in every language; one nobody declares makes a tab untested, not failed. */
export const databases: PageChecks = {
  title: 'databases a fixture declares exist in every language; one nobody declares is the fixture hint (real milvus-lite and SDKs)',
  register(run) {
    it('finds the collection the sidecar puts in my_database_1, connected to that database, in every language', () => {
      expect(run().report.fixture).toBe('fixtures/pages/databases.fixture.json');
      for (const lang of LANGS) {
        const result = tab(run().report, `use-a-database-the-fixture-declares/${lang}`);
        expect(result.status, lang).toBe('pass');
        expect(result.stdout.trim().toLowerCase(), lang).toBe('true');
      }
    });

    it('the Java SDK really checks the declared database on connect (it lists the databases first) and finds it', () => {
      const calls = tab(run().report, 'use-a-database-the-fixture-declares/java').calls ?? [];
      expect(calls.map((c) => [c.method, c.status.ok])).toEqual(
        expect.arrayContaining([
          ['ListDatabases', true],
          ['HasCollection', true],
        ]),
      );
      expect(tab(run().report, 'switch-to-another-declared-database/java').status).toBe('pass');
    });

    it('a tab that fails only on a database nobody declares is skipped with the database as data', () => {
      expect(tab(run().report, 'connect-to-a-database-nobody-declares/java').skip).toEqual({ code: 'no-fixture', database: 'undeclared_db' });
      for (const lang of ['python', 'java'])
        expect(tab(run().report, `switch-to-a-database-nobody-declares/${lang}`).skip).toEqual({ code: 'no-fixture', database: 'also_undeclared' });
      for (const lang of ['python', 'node', 'go']) expect(tab(run().report, `connect-to-a-database-nobody-declares/${lang}`).status).toBe('pass');
    });

    it('a database the page creates is made again by each language: the reset dropped the one before', () => {
      for (const lang of ['python', 'java']) {
        const result = tab(run().report, `a-database-the-page-creates/${lang}`);
        expect(result.status, lang).toBe('pass');
        expect(result.stdout.trim()).toBe('[]');
      }
    });
  },
};
