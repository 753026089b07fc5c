import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerLanguage, languageNames } from '../../harness/languages/registry.ts';
import { runPage, type PreparedAdapters } from '../../harness/pipeline.ts';
import { runOptions } from '../../harness/commands/run.ts';
import { ServerSession } from '../../harness/server/session.ts';
import { setQuiet } from '../../harness/support/progress.ts';
import type { PageReport } from '../../harness/types.ts';
import { toy } from '../toy-language/index.ts';

describe('a language added from a test folder through the registry alone', () => {
  let session: ServerSession;
  let report: PageReport;

  beforeAll(async () => {
    setQuiet(true);
    registerLanguage(toy);
    session = await ServerSession.open({});
    const prepared: PreparedAdapters = new Map();
    report = await runPage('test/toy-language/page.md', runOptions({ timeout: '30', lang: ['toy'] }), session, prepared);
  }, 300_000);

  afterAll(async () => {
    await session?.close();
  });

  it('is a language the harness knows: --lang accepts it, its fence names map to it', () => {
    expect(languageNames()).toContain('toy');
    expect(report.results.map((r) => [r.id, r.lang])).toEqual([
      ['greet/toy', 'toy'],
      ['break/toy', 'toy'],
      ['missing/toy', 'toy'],
    ]);
  });

  it('runs its tabs: documented output checked, errors at their page lines, a placeholder from its own name', () => {
    expect(report.results.find((r) => r.id === 'greet/toy')).toMatchObject({ status: 'pass', stdout: expect.stringMatching(/^hello\nworld\n?$/) });
    expect(report.results.find((r) => r.id === 'break/toy')).toMatchObject({
      status: 'fail',
      stdout: expect.stringMatching(/^before\n?$/),
      findings: [expect.objectContaining({ kind: 'runtime', line: 32, message: 'toy error: on purpose' })],
    });
    expect(report.results.find((r) => r.id === 'missing/toy')).toMatchObject({ status: 'skip', findings: [expect.objectContaining({ kind: 'missing-tab' })] });
    expect(report.sdks).toEqual({ toy: 'toy 1.0' });
  });
});
