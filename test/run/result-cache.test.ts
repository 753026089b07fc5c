import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { cachePath } from '../../harness/toolchain/cache.ts';
import { cacheKey, readCached, writeCached } from '../../harness/run/result-cache.ts';
import type { Snippet, SnippetRun } from '../../harness/types.ts';
import { makeSnippet } from '../helpers.ts';

const at = (line: number, code: string, id: string): Snippet => ({ ...makeSnippet(code, { id, lang: 'python', line }), endLine: line + 3 });
const page = [at(10, 'x = 1', 'a/python'), at(20, 'print(x)', 'b/python')];
const inputs = { lang: 'python', sdk: 'pymilvus 2.6.17', server: 'milvus-lite 3.2.2', snippets: page, context: [['fixture'], 60_000] };

describe('result cache keys', () => {
  it('are the same for the same inputs, also when the snippets only moved', () => {
    const moved = page.map((s) => ({ ...s, line: s.line + 5, endLine: s.endLine + 5, codeLines: s.codeLines.map((l) => l + 5) }));
    expect(cacheKey({ ...inputs, snippets: moved })).toBe(cacheKey(inputs));
  });

  it.each([
    ['a snippet’s code', { snippets: [page[0]!, { ...page[1]!, code: 'print(x + 1)' }] }],
    ['an earlier snippet’s code', { snippets: [{ ...page[0]!, code: 'x = 2' }, page[1]!] }],
    ['the SDK version', { sdk: 'pymilvus 2.6.16' }],
    ['the server version', { server: 'milvus-lite 3.2.3' }],
    ['the fixture or run options', { context: [['other fixture'], 60_000] }],
    ['the language', { lang: 'node' }],
  ])('change when %s changes', (_what, change) => {
    expect(cacheKey({ ...inputs, ...change })).not.toBe(cacheKey(inputs));
  });
});

describe('result cache entries', () => {
  const key = `test-${process.pid}-${Date.now()}`;
  afterAll(() => rmSync(cachePath('results', key.slice(0, 2)), { recursive: true, force: true }));

  it('come back marked cached, with lines (and lines named in messages) moved to where the snippets are now', async () => {
    const run: SnippetRun = {
      id: 'b/python',
      outcome: 'error',
      stdout: '',
      stderr: '',
      durationMs: 5,
      findings: [{ kind: 'runtime', severity: 'error', line: 21, message: 'NameError: it uses `x`, declared at line 11 (a/python)' }],
    };
    await writeCached(key, page, [run], new Map([['b/python', new Map([['c', { name: 'c', exists: true, load: 'loaded' }]])]]));
    const moved = page.map((s) => ({ ...s, line: s.line + 2, endLine: s.endLine + 2 }));
    const hit = await readCached(key, moved);
    expect(hit?.runs[0]).toMatchObject({ cached: true, findings: [{ line: 23, message: 'NameError: it uses `x`, declared at line 13 (a/python)' }] });
    expect(hit?.states.get('b/python')?.get('c')).toMatchObject({ load: 'loaded' });
    expect(await readCached(`${key}-missing`, page)).toBeUndefined();
  });
});
