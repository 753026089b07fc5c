// Warm runtimes (one Python and one JVM kept across a run's pages) keep pages exactly as isolated as a process per
// page: a page's globals, module attributes, SDK statics, properties, locale, environment, files and processes never reach the
// next page, in any language. The pages print what they find; the runtime lines prove the runtime was shared.
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';

const PAGES = ['fixtures/pages/isolation/leave-state.md', 'fixtures/pages/isolation/check-state.md'];

async function runBoth(warm: '0' | '1'): Promise<PageReport[]> {
  const result = await execa('node', ['bin/docs-harness.mjs', 'run', ...PAGES, '--no-cache', '--json', '--quiet'], {
    reject: false,
    env: { DOCS_HARNESS_WARM: warm, DOCS_HARNESS_LANES: '1' },
  });
  expect(result.exitCode, result.stderr).toBe(1); // the last section's tabs fail: the name is not there
  return JSON.parse(result.stdout) as PageReport[];
}

function out(reports: PageReport[], id: string): Map<string, string> {
  const found = reports.flatMap((r) => r.results).find((r) => r.id === id);
  expect(found?.exitStatus, `${id}: ${JSON.stringify(found?.findings)}`).toBe('ok');
  return new Map(found!.stdout.split('\n').map((line) => [line.split(' ')[0]!, line.slice(line.indexOf(' ') + 1)]));
}

function expectNothingLeft(reports: PageReport[], warm: boolean): void {
  expect(reports[0]!.sandbox).toMatch(/^bubblewrap/); // /tmp is the runtime's own: what a page left there must go
  const python = out(reports, 'look-for-state/python');
  expect(Object.fromEntries(python)).toMatchObject({ global: 'False', module: 'False False', env: 'None', files: 'False False', processes: 'False' });
  const java = out(reports, 'look-for-state/java');
  expect(Object.fromEntries(java)).toMatchObject({
    locale: out(reports, 'leave-state/java').get('locale'),
    property: 'null',
    files: 'false false',
    processes: 'false',
  });
  // In one JVM, the next page's SDK class is another class object (its own loader); fresh JVMs may give equal hashes.
  if (warm) expect(java.get('sdk'), 'the SDK class of the next page is its own copy').not.toBe(out(reports, 'leave-state/java').get('sdk'));
  expect(Object.fromEntries(out(reports, 'look-for-state/node'))).toMatchObject({ global: 'undefined', env: 'undefined', files: 'false' });
  expect(out(reports, 'look-for-state/go').get('files')).toBe('false');
  const names = reports[1]!.results.filter((r) => r.id.startsWith('use-a-name-the-other-page-declared/'));
  expect(names.map((r) => [r.lang, r.findings.find((f) => f.severity === 'error')?.message])).toEqual([
    ['python', "NameError: name 'leak' is not defined"],
    ['java', 'cannot find symbol: variable leak'],
  ]);
}

describe('warm runtimes keep pages isolated', () => {
  it('one Python and one JVM run both pages, and the second page sees nothing of the first', async () => {
    const reports = await runBoth('1');
    for (const lang of ['python', 'java']) {
      expect(out(reports, `look-for-state/${lang}`).get('runtime'), `${lang} ran both pages in one runtime`).toBe(
        out(reports, `leave-state/${lang}`).get('runtime'),
      );
    }
    expectNothingLeft(reports, true);
  }, 600_000);

  it('a process per page (DOCS_HARNESS_WARM=0) gives the same', async () => {
    const reports = await runBoth('0');
    for (const lang of ['python', 'java']) {
      expect(out(reports, `look-for-state/${lang}`).get('runtime')).not.toBe(out(reports, `leave-state/${lang}`).get('runtime'));
    }
    expectNothingLeft(reports, false);
  }, 600_000);
});
