// Java's facts: fences, labels, how milvus-sdk-java prints a load state (getLoadState returns a Boolean).
import type { LanguageFacts } from '../language.ts';

/** Java (milvus-sdk-java). */
export const javaFacts = {
  name: 'java',
  label: 'Java',
  commentMarkers: ['//'],
  aliases: ['java'],
  loadStates: { loaded: 'true', released: 'false' },
  // getLoadState returns a Boolean: `true` is loaded.
  factSpellings: [
    { kind: 'load-state', code: /\bgetLoadState\s*\(/, pattern: /^\s*(true|false)\s*$/gm, value: (m) => (m[1] === 'true' ? 'loaded' : 'released') },
  ],
  sdk: 'io.milvus:milvus-sdk-java',
} as const satisfies LanguageFacts;
