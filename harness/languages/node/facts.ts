// Node's facts: fences, labels, how the Node SDK prints a load state and counts, its calls and errors as the judge reads them.
import type { LanguageFacts } from '../language.ts';

/** Node.js (@zilliz/milvus2-sdk-node). */
export const nodeFacts = {
  name: 'node',
  label: 'Node.js',
  commentMarkers: ['//'],
  aliases: ['javascript', 'js', 'node', 'nodejs', 'node.js', 'typescript', 'ts'],
  // hasCollection returns `{ status, value: true }`.
  factSpellings: [
    { kind: 'exists', code: /\bhas(Collection|Partition)\b/, pattern: /\bvalue:\s*(true|false)\b/g, value: (m) => (m[1] === 'true' ? 'yes' : 'no') },
  ],
  loadStates: { loaded: 'LoadStateLoaded', released: 'LoadStateNotLoad', loading: 'LoadStateLoading', missing: 'LoadStateNotExist' },
  sdk: '@zilliz/milvus2-sdk-node',
  runCost: { page: 0.8, perSnippet: 0.05 },
  judging: {
    printCalls: /console\.(log|info|dir)\s*\(/,
    unorderedCalls: /\b(listAliases|listCollections|showCollections|listPartitions|showPartitions|listDatabases|listIndexes|listUsers|listRoles)\b/,
    searchCalls: /\b(search|hybridSearch|searchIterator)\s*\(/,
    existenceCalls: /\b(hasCollection|hasPartition)\b/,
    undefinedName: [/^ReferenceError: (\w+) is not defined/],
    printedFacts: [
      { kind: 'load-state', pattern: /\bLoadState\.?(\w+)\b/g, value: (m) => m[1] },
      { kind: 'insert-count', pattern: /\binsert_cnt:\s*'?(\d+)/g, value: (m) => m[1] },
      { kind: 'upsert-count', pattern: /\bupsert_cnt:\s*'?(\d+)/g, value: (m) => m[1] },
      { kind: 'delete-count', pattern: /\bdelete_cnt:\s*'?(\d+)/g, value: (m) => m[1] },
    ],
  },
} as const satisfies LanguageFacts;

/** The names pages give the client they assume was made elsewhere (the driver supplies those a page reads). */
export const SUPPLIED_CLIENT: readonly string[] = ['client', 'milvusClient'];
