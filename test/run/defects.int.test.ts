import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { runCli } from './run-cli.ts';

const CLEAN = 'fixtures/pages/defects/clean.md';

/**
 * Planted defects: each is the clean page (the seed with its real defects fixed) plus one small patch, and the error
 * findings it must give (`kind@line`, page lines of the patched page).
 */
const DEFECTS: Record<string, { patch: [string, string][]; expect: string[] }> = {
  // Nothing planted: a correct page passes.
  clean: { patch: [], expect: [] },
  // A Python call to a method the SDK does not have: a runtime error at the call.
  'missing-method': {
    patch: [
      ['client.load_collection(\n    collection_name="customized_setup_1"\n)', 'client.load_collection_now(\n    collection_name="customized_setup_1"\n)'],
    ],
    expect: ['runtime@32'],
  },
  // A Node syntax error in the Release tab.
  'syntax-error': { patch: [['res = await client.releaseCollection({', 'res = await client.releaseCollection({{']], expect: ['syntax@282'] },
  // The Node Release tab loads instead: its state and print disagree with the other languages and with the page.
  'disagreeing-language': {
    patch: [['res = await client.releaseCollection({', 'res = await client.loadCollection({']],
    expect: ['state@280', 'cross-language@280', 'output-mismatch@299'],
  },
  // The curl tab (not run on milvus-lite) documents a loaded collection after a release.
  'curl-contradiction': {
    patch: [
      ['#         "loadProgress": 0,\n#         "loadState": "LoadStateNotLoad",', '#         "loadProgress": 100,\n#         "loadState": "LoadStateLoaded",'],
    ],
    expect: ['cross-language@364'],
  },
  // The Python Release tab documents the wrong load state.
  'wrong-output': { patch: [['#     "state": "<LoadState: NotLoad>"', '#     "state": "<LoadState: Loaded>"']], expect: ['output-mismatch@386'] },
};

describe('planted defects are found with the right kind at the right line; the clean page has none', () => {
  const files = new Map<string, string>();
  let reports: PageReport[];
  let exitCode: number | undefined;

  beforeAll(async () => {
    const clean = await readFile(CLEAN, 'utf8');
    const dir = await mkdtemp(path.join(tmpdir(), 'dh-defects-'));
    for (const [name, { patch }] of Object.entries(DEFECTS)) {
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
    const errors = report.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.kind}@${f.line}`)
      .sort();
    expect(errors).toEqual([...DEFECTS[name]!.expect].sort());
  });

  it('exits 1 because some page has an error finding', () => {
    expect(exitCode).toBe(1);
  });
});
