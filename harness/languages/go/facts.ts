// Go's facts: fences and labels (the Go client prints a load state as a number), counts, calls and errors as the judge
// reads them.
import type { LanguageFacts } from '../language.ts';

/** Go (github.com/milvus-io/milvus/client/v2). */
export const goFacts = {
  name: 'go',
  label: 'Go',
  commentMarkers: ['//'],
  aliases: ['go', 'golang'],
  sdk: 'github.com/milvus-io/milvus/client/v2',
  runCost: { page: 0.3, perSnippet: 0.05 },
  judging: {
    printCalls: /fmt\.Print|log\.Print/,
    unorderedCalls: /\b(ListAliases|ListCollections|ListPartitions|ListDatabases|ListIndexes|ListUsers|ListRoles)\b/,
    searchCalls: /\b(Search|HybridSearch)\s*\(/,
    existenceCalls: /\b(HasCollection|HasPartition)\b/,
    undefinedName: [/^undefined: (\w+)$/],
    printedFacts: [
      { kind: 'insert-count', pattern: /\bInsertCnt=(\d+)/g, value: (m) => m[1] },
      { kind: 'upsert-count', pattern: /\bUpsertCnt=(\d+)/g, value: (m) => m[1] },
      { kind: 'delete-count', pattern: /\bDeleteCnt=(\d+)/g, value: (m) => m[1] },
    ],
  },
} as const satisfies LanguageFacts;
