import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marker, OutputCapture } from '../../harness/process/output-capture.ts';
import { mapEndpoint } from '../../harness/run/endpoint.ts';
import { scrubbedEnv } from '../../harness/process/exec.ts';

/** The captured text per id after feeding `chunks`. */
function capture(chunks: readonly string[], cap = 1e9, events: string[] = []): Map<string, string> {
  const output = new OutputCapture(cap, (e) => events.push(e));
  for (const chunk of chunks) output.push(Buffer.from(chunk));
  output.end();
  return new Map([...output.result()].map(([id, part]) => [id, part.text]));
}

describe('output markers', () => {
  const text = `boot\n${marker('a/python')}one\ntwo\n${marker('b/python')}thr\u001eee\u001eDHEV:{"event":"end"}\n${marker('c/python')}`;

  it('splits one process output per snippet, and hands on event lines', () => {
    const events: string[] = [];
    const parts = capture([text], 1e9, events);
    expect(parts.get('')).toBe('boot');
    expect(parts.get('a/python')).toBe('one\ntwo');
    expect(parts.get('b/python')).toBe('thr\u001eee');
    expect(parts.get('c/python') ?? '').toBe('');
    expect(events).toEqual(['{"event":"end"}']);
  });

  it('gives the same parts however the stream is cut into chunks (markers split across chunks included)', () => {
    const whole = capture([text]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), text.length];
        const chunks = points.slice(1).map((end, i) => text.slice(points[i], end));
        expect(capture(chunks)).toEqual(whole);
      }),
    );
  });

  it('keeps at most the cap of each part and counts what it left out; later parts are whole', () => {
    const flood = 'x'.repeat(300_000);
    const output = new OutputCapture(1000);
    for (let i = 0; i < flood.length; i += 65_536) output.push(Buffer.from(flood.slice(i, i + 65_536)));
    output.push(Buffer.from(`${marker('next')}after\n`));
    output.end();
    expect(output.result().get('')).toEqual({ text: 'x'.repeat(1000), dropped: 299_000 });
    expect(output.result().get('next')).toEqual({ text: 'after', dropped: 0 });
  });
});

describe('endpoint mapping', () => {
  it('maps the page address and token to the real server and says what it did', () => {
    const code = 'uri="http://localhost:19530", token="root:Milvus"\naddress: "localhost:19530"';
    const mapped = mapEndpoint(code, { uri: 'http://127.0.0.1:4000', address: '127.0.0.1:4000', token: 't0k' });
    expect(mapped.code).toBe('uri="http://127.0.0.1:4000", token="t0k"\naddress: "127.0.0.1:4000"');
    expect(mapped.substitutions).toEqual([
      { from: 'http://localhost:19530', to: 'http://127.0.0.1:4000', count: 1 },
      { from: 'localhost:19530', to: '127.0.0.1:4000', count: 1 },
      { from: 'root:Milvus', to: 't0k', count: 1 },
    ]);
  });

  it('leaves the token alone when the server needs none', () => {
    expect(mapEndpoint('token="root:Milvus"', { uri: 'http://h:1', address: 'h:1', token: undefined }).code).toBe('token="root:Milvus"');
  });
});

describe('scrubbed environment', () => {
  it('passes PATH and locale, never other variables', () => {
    process.env['DH_SECRET_FOR_TEST'] = 'x';
    const env = scrubbedEnv('/tmp/home', { EXTRA: '1' });
    expect(env['DH_SECRET_FOR_TEST']).toBeUndefined();
    expect(env).toMatchObject({ HOME: '/tmp/home', EXTRA: '1', PATH: process.env['PATH'] });
    delete process.env['DH_SECRET_FOR_TEST'];
  });
});

describe('collection-not-found hint', async () => {
  const { withHint } = await import('../../harness/judge/collection-hint.ts');
  const context = (hasFixture: boolean, created: string[] = []) => ({ hasFixture, created: new Set(created) });

  it('tells a page without a fixture to add one, unless the page itself creates the collection', () => {
    const missing = 'MilvusException: (code=100, message=collection not found[collection=quick_setup])';
    expect(withHint(missing, context(false))).toMatch(
      /hint: .*declare it in the fixture library \(<name>\.json\) or a sidecar <page>\.fixture\.json beside the page/,
    );
    expect(withHint("MilvusException: (code=100, message=collection 'quick_setup' does not exist)", context(false, ['quick_setup']))).not.toMatch(/hint/);
    expect(withHint('collection not found', context(true))).toBe('collection not found');
    expect(withHint('some other error', context(false))).toBe('some other error');
  });
});
