import { describe, expect, it } from 'vitest';
import { resolveServerOptions } from '../../harness/server/start.ts';

describe('server options', () => {
  it('defaults to the embedded backend', () => {
    expect(resolveServerOptions({}, {})).toMatchObject({ backend: 'embedded' });
  });

  it('uses an existing server from --uri or MILVUS_URI / MILVUS_TOKEN', () => {
    expect(resolveServerOptions({ uri: 'http://h:1', token: 't' }, {})).toMatchObject({ backend: 'uri', uri: 'http://h:1', token: 't' });
    expect(resolveServerOptions({}, { MILVUS_URI: 'http://e:2', MILVUS_TOKEN: 'secret' })).toMatchObject({
      backend: 'uri',
      uri: 'http://e:2',
      token: 'secret',
    });
    expect(resolveServerOptions({ token: 'flag' }, { MILVUS_URI: 'http://e:2', MILVUS_TOKEN: 'env' })).toMatchObject({ token: 'flag' });
  });

  it('rejects an unknown backend and contradictory flags', () => {
    expect(() => resolveServerOptions({ backend: 'k8s' }, {})).toThrow(/Unknown backend `k8s`; expected one of embedded, container, uri/);
    expect(() => resolveServerOptions({ backend: 'uri' }, {})).toThrow(/needs `--uri/);
    expect(() => resolveServerOptions({ backend: 'container', uri: 'http://x:1' }, {})).toThrow(/cannot be combined/);
  });

  it('takes --image only with the container backend', () => {
    expect(resolveServerOptions({ backend: 'container', image: 'milvusdb/milvus:v2.6.3' }, {})).toMatchObject({ image: 'milvusdb/milvus:v2.6.3' });
    expect(() => resolveServerOptions({ image: 'milvusdb/milvus:v2.6.3' }, {})).toThrow(/add `--backend container` \(the embedded backend starts no image\)/);
  });
});
