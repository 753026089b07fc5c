// fixtures/pages/did-you-mean.md beyond its markers (each tab's error, at its line): what the drift finding says.
import { expect, it } from 'vitest';
import { tab } from '../run-cli.ts';
import type { PageChecks } from './page-run.ts';

/** Per tab: how its error's own text starts, and what must follow it after the SDK and version. */
const CASES: Record<string, { error: string; drift: string }> = {
  'misspelled-method/python': {
    error: "AttributeError: 'MilvusClient' object has no attribute 'loadCollection'",
    drift: 'has no `MilvusClient.loadCollection`; did you mean `load_collection`?',
  },
  'misspelled-method/java': {
    error: 'cannot find symbol: method loadCollections, location: variable client of type io.milvus.v2.client.MilvusClientV2',
    drift: 'has no `MilvusClientV2.loadCollections`; did you mean `loadCollection`?',
  },
  'misspelled-method/node': {
    error: 'TypeError: client.load_collection is not a function',
    drift: 'has no `MilvusClient.load_collection`; did you mean `loadCollection`?',
  },
  'misspelled-method/go': {
    error: 'client.LoadCollections undefined (type *milvusclient.Client has no field or method LoadCollections)',
    drift: 'has no `Client.LoadCollections`; did you mean `LoadCollection`?',
  },
  'wrong-place/python': {
    error: "ImportError: cannot import name 'IndexParams' from 'pymilvus'",
    drift: 'has no `pymilvus.IndexParams`; `IndexParams` is in pymilvus.milvus_client or pymilvus.milvus_client.index',
  },
  'wrong-place/java': {
    error: 'import io.milvus.v2.service.index.request.IndexParam: cannot find symbol: class IndexParam',
    drift: 'has no `io.milvus.v2.service.index.request.IndexParam`; `IndexParam` is in io.milvus.v2.common',
  },
  'wrong-place/node': {
    error: "SyntaxError: Named export 'MilvusClinet' not found.",
    drift: 'has no `MilvusClinet`; did you mean `MilvusClient`?',
  },
  'wrong-place/go': {
    error: 'undefined: entity.NewLoadCollectionOption',
    drift: 'has no `entity.NewLoadCollectionOption`; `NewLoadCollectionOption` is in github.com/milvus-io/milvus/client/v2/milvusclient',
  },
  'package-function-on-a-value/go': {
    error: 'client.New undefined (type *milvusclient.Client has no field or method New)',
    drift: 'has no `Client.New`; `New` is in package milvusclient (`milvusclient.New`)',
  },
  'method-as-a-package-function/go': {
    error: 'undefined: milvusclient.CreatePartition',
    drift: 'has no `milvusclient.CreatePartition`; `CreatePartition` is a method of `milvusclient.Client`: call it on a value of that type',
  },
};

/** Drift findings say what drifted, from the installed SDKs' own members. */
export const didYouMean: PageChecks = {
  title: "drift findings say what drifted, from the installed SDKs' own members (real milvus-lite and SDKs)",
  register(run) {
    it('knows every SDK with its exact version', () => {
      expect(run().report.sdks).toEqual({
        python: expect.stringMatching(/^pymilvus \d+\.\d+\.\d+$/),
        java: expect.stringMatching(/^milvus-sdk-java \d+\.\d+\.\d+$/),
        node: expect.stringMatching(/^@zilliz\/milvus2-sdk-node \d+\.\d+\.\d+$/),
        go: expect.stringMatching(/^github\.com\/milvus-io\/milvus\/client\/v2 v\d+\.\d+\.\d+$/),
      });
    });

    it.each(Object.entries(CASES))('%s: the error (at its marker), then the SDK, its version and the right name or place', (id, { error, drift }) => {
      const { report } = run();
      const result = tab(report, id);
      expect(result.status).toBe('fail');
      const errors = result.findings.filter((f) => f.severity === 'error');
      expect(errors).toHaveLength(1);
      const { message } = errors[0]!;
      expect(message.slice(0, error.length)).toBe(error);
      expect(message.split('\n').at(-1)).toBe(`${report.sdks[result.lang]} ${drift}`);
    });
  },
};
