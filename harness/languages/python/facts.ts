// Python's facts: fences, labels, how pymilvus prints a load state and counts, its calls and errors as the judge reads them.
import type { LanguageFacts } from '../language.ts';
import { missingPythonPackage } from './missing-packages.ts';

/** Python (pymilvus). */
export const pythonFacts = {
  name: 'python',
  label: 'Python',
  commentMarkers: ['#'],
  aliases: ['python', 'py', 'python3'],
  loadStates: { loaded: '<LoadState: Loaded>', released: '<LoadState: NotLoad>', loading: '<LoadState: Loading>', missing: '<LoadState: NotExist>' },
  sdk: 'pymilvus',
  runCost: { page: 0.4, perSnippet: 0.05 },
  judging: {
    printCalls: /\bprint\s*\(/,
    unorderedCalls: /\b(list_aliases|list_collections|list_partitions|list_databases|list_indexes|list_users|list_roles)\b/,
    searchCalls: /\b(search|hybrid_search|search_iterator)\s*\(/,
    existenceCalls: /\b(has_collection|has_partition)\b/,
    undefinedName: [/^NameError: name '(\w+)' is not defined/],
    printedFacts: [
      { kind: 'load-state', pattern: /<LoadState:\s*(\w+)>/g, value: (m) => m[1] },
      { kind: 'insert-count', pattern: /['"]?insert_count['"]?\s*:\s*(\d+)/g, value: (m) => m[1] },
      { kind: 'upsert-count', pattern: /['"]?upsert_count['"]?\s*:\s*(\d+)/g, value: (m) => m[1] },
      { kind: 'delete-count', pattern: /['"]?delete_count['"]?\s*:\s*(\d+)/g, value: (m) => m[1] },
      { kind: 'row-count', pattern: /['"]?row_count['"]?\s*:\s*'?(\d+)/g, value: (m) => m[1] },
    ],
    missingPackage: missingPythonPackage,
  },
} as const satisfies LanguageFacts;
