// Node's facts: fences, labels, how the Node SDK prints a load state.
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
} as const satisfies LanguageFacts;
