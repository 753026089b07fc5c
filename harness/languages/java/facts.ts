// Java's facts: fences, labels, how milvus-sdk-java prints a load state (getLoadState returns a Boolean) and row counts,
// its calls and errors as the judge reads them.
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
  runCost: { page: 1.4, perSnippet: 0.15 },
  judging: {
    printCalls: /System\.out\.print/,
    unorderedCalls: /\b(listAliases|listCollections|listPartitions|listDatabases|listIndexes|listUsers|listRoles)\b/,
    searchCalls: /\b(search|hybridSearch|searchIterator)\s*\(/,
    existenceCalls: /\b(hasCollection|hasPartition)\b/,
    undefinedName: [/^cannot find symbol: variable (\w+)/],
    printedFacts: [{ kind: 'row-count', pattern: /\bnumOfEntities=(\d+)/g, value: (m) => m[1] }],
    missingPackage: (message) =>
      /package io\.milvus\.bulkwriter[\w.]* does not exist/.test(message)
        ? { package: 'io.milvus:milvus-sdk-java-bulkwriter (a separate artifact)' }
        : undefined,
    // The SDK cannot read an error code milvus-lite sends, and says only this.
    lostServerReason: /Can't get the number of an unknown enum value/,
  },
} as const satisfies LanguageFacts;
