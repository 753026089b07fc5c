// Reads the pages of a run before any server starts: one bad page alone is a usage error (exit 2); in a tree, a page
// without code tabs is listed and left out, and a page that cannot be read fails with its own finding.
import { HarnessError, isHarnessError } from '../errors.ts';
import type { Page, PageReport } from '../types.ts';
import { readPage } from '../pages/read-page.ts';
import { progress } from '../support/progress.ts';

/** The pages to run, and reports for the pages of a tree that could not be read. */
export interface ReadPages {
  readonly pages: readonly Page[];
  readonly broken: readonly PageReport[];
}

/** A failed page report for a page that cannot be read (the reader's message names the line and the fix). */
function brokenPage(file: string, error: HarnessError): PageReport {
  const line = error.page?.line ?? 1;
  const message = error.page ? error.reason : error.message;
  return {
    page: file,
    format: 'markdown',
    backend: '',
    server: '',
    sdks: {},
    fixture: null,
    fixtures: [],
    substitutions: [],
    results: [],
    findings: [{ kind: 'syntax', severity: 'error', line, message: `the page cannot be read: ${message}` }],
    summary: { pass: 0, fail: 0, skip: 0, unsupported: 0, errors: 1, warnings: 0 },
  };
}

/** Reads every page; throws for a lone bad page, or when no page of a tree has code tabs. */
export async function readPages(files: readonly string[]): Promise<ReadPages> {
  const pages: Page[] = [];
  const broken: PageReport[] = [];
  for (const file of files) {
    try {
      pages.push(await readPage(file));
    } catch (error) {
      if (files.length === 1 || !isHarnessError(error) || !error.code.startsWith('PAGE_')) throw error;
      if (error.code === 'PAGE_NO_CODE') progress(`${file}: no code tabs, left out`);
      else {
        progress(`${file}: cannot be read (${error.message}); reported as failed`);
        broken.push(brokenPage(file, error));
      }
    }
  }
  if (pages.length === 0 && broken.length === 0)
    throw new HarnessError('PAGE_NO_CODE', `none of the ${files.length} pages has code tabs, so there is nothing to test.`);
  return { pages, broken };
}
