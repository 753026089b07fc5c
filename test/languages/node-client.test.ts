// The client the Node runner supplies: only on a page whose Node tabs make none, for the names they read.
import { describe, expect, it } from 'vitest';
import { suppliedClient, suppliedClientWarning } from '../../harness/languages/node/client.ts';
import { toSharedModule } from '../../harness/languages/node/transform.ts';

const page = (...codes: string[]) => codes.map((code, i) => ({ id: `s${i}/node`, module: toSharedModule(code, new Set()) }));

describe('the supplied Node client', () => {
  it('is supplied for the names a page reads but never makes, each warned at its first use', () => {
    expect(suppliedClient(page('console.log(1);', 'await client.loadCollection({});\nawait client.x();', 'await milvusClient.y();'))).toEqual({
      names: ['client', 'milvusClient'],
      uses: [
        { id: 's1/node', name: 'client', line: 1 },
        { id: 's2/node', name: 'milvusClient', line: 1 },
      ],
    });
    expect(suppliedClient(page('console.log(1);'))).toEqual({ names: [], uses: [] });
  });

  it('is not supplied on a page that makes its own client, under any name (another name is then a ReferenceError)', () => {
    expect(suppliedClient(page('const client = new MilvusClient({});', 'await milvusClient.y();')).names).toEqual([]);
    expect(suppliedClient(page('await client.x();', 'const milvus = new MilvusClient({});')).names).toEqual([]);
  });

  it('says which name it supplied and what the reader gets', () => {
    expect(suppliedClientWarning('milvusClient')).toMatch(
      /^`milvusClient` is never made on this page: the harness supplied it .*`ReferenceError: milvusClient is not defined`/,
    );
  });
});
