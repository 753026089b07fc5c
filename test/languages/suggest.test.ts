import { describe, expect, it } from 'vitest';
import { withDriftNotes } from '../../harness/languages/drift-notes.ts';
import { driftSentence, suggestNames } from '../../harness/languages/suggest.ts';
import type { SnippetRun } from '../../harness/types.ts';

describe('suggestNames: the closest names an SDK really has', () => {
  it('matches across case and underscores/camel case first', () => {
    expect(suggestNames('loadCollection', ['load_collection', 'release_collection', 'load_partitions'])).toEqual(['load_collection']);
    expect(suggestNames('load_collection', ['loadCollection', 'loadCollectionSync', 'releaseCollection'])).toEqual(['loadCollection']);
    expect(suggestNames('LoadCollection', ['loadCollection', 'load_collection'])).toEqual(['loadCollection', 'load_collection']);
  });

  it('then by edit distance: the nearest names (and those one edit further), spelled most like the missing one first', () => {
    expect(suggestNames('loadCollections', ['loadCollection', 'listCollections', 'releaseCollection'])).toEqual(['loadCollection']);
    expect(suggestNames('hasCollections', ['hasCollection', 'hasPartitions', 'hasCollectionX'])).toEqual(['hasCollection', 'hasCollectionX']);
    expect(suggestNames('MilvusClinet', ['MilvusClient', 'GRPCClient', 'DataType'])).toEqual(['MilvusClient']);
    expect(suggestNames('MilvusClients', ['milvus_client', 'MilvusClient'])).toEqual(['MilvusClient', 'milvus_client']);
    expect(suggestNames('FLOAT_VECTR', ['FLOAT_VECTOR', 'FLOAT16_VECTOR', 'INT64'])).toEqual(['FLOAT_VECTOR']);
  });

  it('then names that contain it whole, shortest first; private names only for a private name', () => {
    expect(suggestNames('CreatePartition', ['NewCreatePartitionOption', 'CreateUserOption', 'NewCreatePartitionOptionX'])).toEqual([
      'NewCreatePartitionOption',
      'NewCreatePartitionOptionX',
    ]);
    expect(suggestNames('create_collection', ['_createCollection', 'createCollection'])).toEqual(['createCollection']);
    expect(suggestNames('_fetch', ['_fetch_all', 'fetch'])).toEqual(['fetch']);
  });

  it('gives nothing far away, never the missing name itself, and at most `limit` names', () => {
    expect(suggestNames('frobnicate', ['loadCollection', 'hasCollection'])).toEqual([]);
    expect(suggestNames('get', ['set', 'get'])).toEqual(['set']);
    expect(suggestNames('ab', ['a', 'b', 'abc', 'abd', 'abe'], 2)).toEqual(['a', 'abc']);
    expect(suggestNames('x', [])).toEqual([]);
  });
});

describe('driftSentence: one sentence for every language', () => {
  it('says when the missing package-level name is a method of a type there', () => {
    expect(
      driftSentence({ sdk: 'github.com/milvus-io/milvus/client/v2 v2.6.5', missing: 'milvusclient.CreatePartition', methodOf: ['milvusclient.Client'] }),
    ).toBe(
      'github.com/milvus-io/milvus/client/v2 v2.6.5 has no `milvusclient.CreatePartition`; `CreatePartition` is a method of `milvusclient.Client`: call it on a value of that type',
    );
  });

  it('names the SDK with its version and what is missing, then the suggestion', () => {
    expect(driftSentence({ sdk: 'pymilvus 2.6.17', missing: 'MilvusClient.loadCollection', suggestions: ['load_collection'] })).toBe(
      'pymilvus 2.6.17 has no `MilvusClient.loadCollection`; did you mean `load_collection`?',
    );
    expect(
      driftSentence({ sdk: 'milvus-sdk-java 2.6.22', missing: 'MilvusClientV2.loadCollections', suggestions: ['loadCollection', 'listCollections'] }),
    ).toBe('milvus-sdk-java 2.6.22 has no `MilvusClientV2.loadCollections`; did you mean `loadCollection` or `listCollections`?');
  });

  it('says where the name is when another place has it exactly (rather than close names)', () => {
    expect(
      driftSentence({
        sdk: 'github.com/milvus-io/milvus/client/v2 v2.6.5',
        missing: 'entity.NewLoadCollectionOption',
        places: ['github.com/milvus-io/milvus/client/v2/milvusclient'],
        suggestions: ['NewLoadCollectionOptions'],
      }),
    ).toBe(
      'github.com/milvus-io/milvus/client/v2 v2.6.5 has no `entity.NewLoadCollectionOption`; `NewLoadCollectionOption` is in github.com/milvus-io/milvus/client/v2/milvusclient',
    );
    expect(driftSentence({ sdk: 'pymilvus 2.6.17', missing: 'pymilvus.IndexParams', places: ['pymilvus.milvus_client', 'pymilvus.milvus_client.index'] })).toBe(
      'pymilvus 2.6.17 has no `pymilvus.IndexParams`; `IndexParams` is in pymilvus.milvus_client or pymilvus.milvus_client.index',
    );
  });

  it('still names the SDK and version when nothing is close', () => {
    expect(driftSentence({ sdk: '@zilliz/milvus2-sdk-node 2.6.17', missing: 'MilvusClient.frobnicate', suggestions: [] })).toBe(
      '@zilliz/milvus2-sdk-node 2.6.17 has no `MilvusClient.frobnicate`',
    );
  });
});

describe('withDriftNotes: explanations are appended, never break a run', () => {
  const run: SnippetRun = {
    id: 's/python',
    outcome: 'error',
    stdout: '',
    stderr: '',
    durationMs: 1,
    findings: [
      { kind: 'lint', severity: 'warning', line: 3, message: 'added an import' },
      { kind: 'runtime', severity: 'error', line: 4, message: "AttributeError: 'MilvusClient' object has no attribute 'loadCollection'\n" },
    ],
  };

  it('appends the sentence on its own line after the original error text, to errors only', async () => {
    const [explained] = await withDriftNotes([run], async (message) => `explained: ${message.length}`);
    expect(explained!.findings.map((f) => f.message)).toEqual([
      'added an import',
      "AttributeError: 'MilvusClient' object has no attribute 'loadCollection'\nexplained: 72",
    ]);
  });

  it('leaves the finding as it was when the explainer has nothing to say or fails', async () => {
    expect(await withDriftNotes([run], async () => undefined)).toEqual([run]);
    expect(
      await withDriftNotes([run], async () => {
        throw new Error('introspection failed');
      }),
    ).toEqual([run]);
  });
});
