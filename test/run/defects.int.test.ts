import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { checkMarkers } from '../expectations/check.ts';
import { markersOf, readExpectations } from '../expectations/markers.ts';
import { runCli } from './run-cli.ts';

const CLEAN = 'fixtures/pages/defects/clean.md';

/**
 * Planted defects: each is the clean page (the seed with its real defects fixed) plus one small patch that keeps its
 * lines. The error findings each must give are the clean page's markers of that variant (`# expect(missing-method):
 * runtime`, at the lines the patch touches): exactly those, no other error.
 */
const DEFECTS: Record<string, [string, string][]> = {
  // Nothing planted: a correct page passes.
  clean: [],
  // A Python call to a method the SDK does not have: a runtime error at the call.
  'missing-method': [['client.load_collection(', 'client.load_collection_now(']],
  // A Node syntax error in the Release tab.
  'syntax-error': [['res = await client.releaseCollection({', 'res = await client.releaseCollection({{']],
  // The Node Release tab loads instead: its state and print disagree with the other languages and with the page.
  'disagreeing-language': [['res = await client.releaseCollection({', 'res = await client.loadCollection({']],
  // The curl tab (not run on milvus-lite) documents a loaded collection after a release.
  'curl-contradiction': [
    ['#         "loadProgress": 0,\n#         "loadState": "LoadStateNotLoad",', '#         "loadProgress": 100,\n#         "loadState": "LoadStateLoaded",'],
  ],
  // The Python Release tab documents the wrong load state.
  'wrong-output': [['#     "state": "<LoadState: NotLoad>"', '#     "state": "<LoadState: Loaded>"']],
};

describe('planted defects are found with the right kind at the right line; the clean page has none', () => {
  const files = new Map<string, string>();
  let reports: PageReport[];
  let exitCode: number | undefined;

  beforeAll(async () => {
    const clean = await readFile(CLEAN, 'utf8');
    const dir = await mkdtemp(path.join(tmpdir(), 'dh-defects-'));
    for (const [name, patch] of Object.entries(DEFECTS)) {
      let text = clean;
      for (const [from, to] of patch) {
        if (!text.includes(from)) throw new Error(`defect ${name}: the clean page has no ${JSON.stringify(from)}`);
        text = text.replace(from, to);
      }
      const file = path.join(dir, `${name}.md`);
      await writeFile(file, text);
      files.set(name, file);
    }
    const result = await runCli([...files.values()]);
    reports = result.report as unknown as PageReport[];
    exitCode = result.exitCode;
  }, 900_000);

  it.each(Object.keys(DEFECTS))('%s', (name) => {
    const report = reports.find((r) => r.page === files.get(name))!;
    // The clean page is the page as it is: its markers are those of no variant (it has none).
    const markers = markersOf(readExpectations(CLEAN), name === 'clean' ? undefined : name);
    if (name !== 'clean') expect(markers.length).toBeGreaterThan(0);
    expect(checkMarkers(markers, report.findings, report.results, 'errors')).toEqual([]);
  });

  it('exits 1 because some page has an error finding', () => {
    expect(exitCode).toBe(1);
  });
});
