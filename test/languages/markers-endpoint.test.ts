import { describe, expect, it } from 'vitest';
import { marker, splitByMarkers } from '../../harness/languages/markers.ts';
import { mapEndpoint } from '../../harness/endpoint.ts';
import { scrubbedEnv } from '../../harness/exec.ts';

describe('output markers', () => {
  it('splits one process output per snippet', () => {
    const text = `boot\n${marker('a/python')}one\ntwo\n${marker('b/python')}three${marker('c/python')}`;
    const parts = splitByMarkers(text);
    expect(parts.get('')).toBe('boot');
    expect(parts.get('a/python')).toBe('one\ntwo');
    expect(parts.get('b/python')).toBe('three');
    expect(parts.get('c/python')).toBe('');
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
  const { withHint } = await import('../../harness/languages/process-runner.ts');
  const context = (hasFixture: boolean) => ({ endpoint: { uri: '', address: '', token: undefined }, timeoutMs: 1, hasRest: false, hasFixture });

  it('tells a page without a fixture to add one', () => {
    expect(withHint('MilvusException: (code=100, message=collection not found[collection=quick_setup])', context(false))).toMatch(
      /hint: .*declare it in the fixture library \(<name>\.json\) or a sidecar <page>\.fixture\.json beside the page/,
    );
    expect(withHint('collection not found', context(true))).toBe('collection not found');
    expect(withHint('some other error', context(false))).toBe('some other error');
  });
});
