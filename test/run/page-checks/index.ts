// The pages whose checks go beyond their markers, by page path: the scenario test runs them on its one run of the page.
import { compiledLanguagesCases } from './compiled-languages-cases.ts';
import { compiledMasks } from './compiled-masks.ts';
import { databases } from './databases.ts';
import { didYouMean } from './did-you-mean.ts';
import { judgingCases } from './judging-cases.ts';
import { docusaurusLoadAndRelease, mkdocsLoadAndRelease } from './other-formats.ts';
import type { PageChecks } from './page-run.ts';
import { readerPrograms } from './reader-programs.ts';
import { runnerEdgeCases } from './runner-edge-cases.ts';

/** Page path (as the scenario test names it) → its checks. */
export const PAGE_CHECKS: Readonly<Record<string, PageChecks>> = {
  'fixtures/pages/compiled-languages-cases.md': compiledLanguagesCases,
  'fixtures/pages/compiled-masks.md': compiledMasks,
  'fixtures/pages/databases.md': databases,
  'fixtures/pages/did-you-mean.md': didYouMean,
  'fixtures/pages/formats/load-and-release.docusaurus.md': docusaurusLoadAndRelease,
  'fixtures/pages/formats/load-and-release.mkdocs.md': mkdocsLoadAndRelease,
  'fixtures/pages/judging-cases.md': judgingCases,
  'fixtures/pages/reader-programs.md': readerPrograms,
  'fixtures/pages/runner-edge-cases.md': runnerEdgeCases,
};
