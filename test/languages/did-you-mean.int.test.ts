import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { runCli, tab } from '../run/run-cli.ts';

const PAGE = 'fixtures/pages/did-you-mean.md';

/** Per tab: the page line of its error, how the error's own text starts, and what must follow it after the SDK and version. */
const CASES: Record<string, { line: number; error: string; drift: string }> = {
  'misspelled-method/python': {
    line: 21,
    error: "AttributeError: 'MilvusClient' object has no attribute 'loadCollection'",
    drift: 'has no `MilvusClient.loadCollection`; did you mean `load_collection`?',
  },
  'misspelled-method/java': {
    line: 27,
    error: 'cannot find symbol: method loadCollections, location: variable client of type io.milvus.v2.client.MilvusClientV2',
    drift: 'has no `MilvusClientV2.loadCollections`; did you mean `loadCollection`?',
  },
  'misspelled-method/node': {
    line: 31,
    error: 'TypeError: client.load_collection is not a function',
    drift: 'has no `MilvusClient.load_collection`; did you mean `loadCollection`?',
  },
  'misspelled-method/go': {
    line: 35,
    error: 'client.LoadCollections undefined (type *milvusclient.Client has no field or method LoadCollections)',
    drift: 'has no `Client.LoadCollections`; did you mean `LoadCollection`?',
  },
  'wrong-place/python': {
    line: 51,
    error: "ImportError: cannot import name 'IndexParams' from 'pymilvus'",
    drift: 'has no `pymilvus.IndexParams`; `IndexParams` is in pymilvus.milvus_client or pymilvus.milvus_client.index',
  },
  'wrong-place/java': {
    line: 55,
    error: 'import io.milvus.v2.service.index.request.IndexParam: cannot find symbol: class IndexParam',
    drift: 'has no `io.milvus.v2.service.index.request.IndexParam`; `IndexParam` is in io.milvus.v2.common',
  },
  'wrong-place/node': {
    line: 59,
    error: "SyntaxError: Named export 'MilvusClinet' not found.",
    drift: 'has no `MilvusClinet`; did you mean `MilvusClient`?',
  },
  'wrong-place/go': {
    line: 63,
    error: 'undefined: entity.NewLoadCollectionOption',
    drift: 'has no `entity.NewLoadCollectionOption`; `NewLoadCollectionOption` is in github.com/milvus-io/milvus/client/v2/milvusclient',
  },
  'package-function-on-a-value/go': {
    line: 76,
    error: 'client.New undefined (type *milvusclient.Client has no field or method New)',
    drift: 'has no `Client.New`; `New` is in package milvusclient (`milvusclient.New`)',
  },
  'method-as-a-package-function/go': {
    line: 87,
    error: 'undefined: milvusclient.CreatePartition',
    drift: 'has no `milvusclient.CreatePartition`; `CreatePartition` is a method of `milvusclient.Client`: call it on a value of that type',
  },
};

describe(`drift findings say what drifted, from the installed SDKs' own members (${PAGE}, real milvus-lite and SDKs)`, () => {
  let report: PageReport;

  beforeAll(async () => {
    ({ report } = await runCli([PAGE, '--lang', 'python,java,node,go']));
  }, 900_000);

  it('knows every SDK with its exact version', () => {
    expect(report.sdks).toEqual({
      python: expect.stringMatching(/^pymilvus \d+\.\d+\.\d+$/),
      java: expect.stringMatching(/^milvus-sdk-java \d+\.\d+\.\d+$/),
      node: expect.stringMatching(/^@zilliz\/milvus2-sdk-node \d+\.\d+\.\d+$/),
      go: expect.stringMatching(/^github\.com\/milvus-io\/milvus\/client\/v2 v\d+\.\d+\.\d+$/),
    });
  });

  it.each(Object.entries(CASES))('%s: the error, then the SDK, its version and the right name or place', (id, { line, error, drift }) => {
    const result = tab(report, id);
    expect(result.status).toBe('fail');
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    const { line: at, message } = errors[0]!;
    expect(at).toBe(line);
    expect(message.slice(0, error.length)).toBe(error);
    expect(message.split('\n').at(-1)).toBe(`${report.sdks[result.lang]} ${drift}`);
  });
});
