// The Load & Release fixture pages in the Docusaurus MDX and MkDocs Material formats, beyond their markers: read in
// their own format, the same three planted defects as on the milvus.io seed page (same tabs, kinds and errors), every
// other program tab passing, the C++ tabs shown and counted as not judged, and the Zilliz endpoint mapped.
import { expect, it } from 'vitest';
import type { PageReport } from '../../../harness/types.ts';
import type { PageChecks } from './page-run.ts';

/** The seed's defects the pages plant, as the milvus.io seed page reports them: tab, kind, error text. */
const SEED_DEFECTS = [
  ['load-specific-fields/python', 'syntax', /SyntaxError: invalid syntax\. Perhaps you forgot a comma\?/],
  ['load-specific-fields/node', 'runtime', /TypeError: client\.load_collection is not a function/],
  ['release-collection/curl', 'cross-language', /documents load-state `NotLoaded`, a value no SDK or API prints/],
] as const;

/** The checks of one format's page. */
function checksFor(format: PageReport['format']): PageChecks {
  return {
    title: `the seed's defects found on a ${format} page as on the milvus.io one`,
    register: (run) => {
      it(`is read as ${format}, and its errors are exactly the seed's three`, () => {
        const { report, exitCode } = run();
        expect(report.format).toBe(format);
        expect(exitCode).toBe(1);
        const errors = report.findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => [f.id, f.kind])).toEqual(SEED_DEFECTS.map(([id, kind]) => [id, kind]));
        for (const [id, , message] of SEED_DEFECTS) expect(errors.find((f) => f.id === id)?.message).toMatch(message);
      });

      it('passes every other program tab that ran, in every runnable language', () => {
        const ran = run().report.results.filter((r) => r.status !== 'skip');
        expect(new Set(ran.map((r) => r.lang))).toEqual(new Set(['python', 'java', 'node', 'go', 'curl']));
        expect(ran.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(SEED_DEFECTS.map(([id]) => id));
      });

      it('shows the C++ tabs as cpp, skipped, and counts them as not judged; maps YOUR_CLUSTER_ENDPOINT', () => {
        const { report } = run();
        const cpp = report.results.filter((r) => r.lang === 'cpp');
        expect(cpp.map((r) => [r.id, r.skip?.code])).toEqual([
          ['load-collection/cpp', 'placeholder'],
          ['load-specific-fields/cpp', 'no-sdk-package'],
          ['release-collection/cpp', 'no-sdk-package'],
        ]);
        expect(report.coverage?.notJudged).toEqual({ 'no-sdk-package': 2, 'no-rest-server': 1 });
        expect(report.coverage?.placeholders).toBe(2);
        expect(report.substitutions.some((s) => s.startsWith('YOUR_CLUSTER_ENDPOINT → '))).toBe(true);
      });
    },
  };
}

/** The Docusaurus MDX page's checks. */
export const docusaurusLoadAndRelease = checksFor('docusaurus');
/** The MkDocs Material page's checks. */
export const mkdocsLoadAndRelease = checksFor('mkdocs');
