// Go's facts: fences and labels (the Go client prints a load state as a number).
import type { LanguageFacts } from '../language.ts';

/** Go (github.com/milvus-io/milvus/client/v2). */
export const goFacts = {
  name: 'go',
  label: 'Go',
  commentMarkers: ['//'],
  aliases: ['go', 'golang'],
  sdk: 'github.com/milvus-io/milvus/client/v2',
} as const satisfies LanguageFacts;
