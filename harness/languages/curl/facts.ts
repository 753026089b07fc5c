// curl's facts: shell fences and REST labels, how the REST v2 API spells a load state and counts, its routes as the
// judge reads them.
import type { LanguageFacts } from '../language.ts';

/** curl against the REST v2 API, run with bash. */
export const curlFacts = {
  name: 'curl',
  label: 'cURL',
  commentMarkers: ['#'],
  aliases: ['curl', 'bash', 'shell', 'sh', 'restful'],
  placeholderWords: ['rest', 'rest api', 'restful api'],
  // A shell block is a REST tab only when it calls curl (or the REST API); install commands, CLI sessions and
  // command syntax in `bash` fences are not programs for this runner.
  recognises: (code: string) => /(^|[\s;|&(])curl\s/m.test(code) || /\/v2\/vectordb\//.test(code),
  // REST has: `{"code":0,"data":{"has":true}}`.
  factSpellings: [{ kind: 'exists', pattern: /"has"\s*:\s*(true|false)/g, value: (m) => (m[1] === 'true' ? 'yes' : 'no') }],
  loadStates: { loaded: 'LoadStateLoaded', released: 'LoadStateNotLoad', loading: 'LoadStateLoading', missing: 'LoadStateNotExist' },
  sdk: 'the Milvus REST v2 API',
  runCost: { page: 0.05, perSnippet: 0.02 },
  judging: {
    printCalls: /\becho\b|^\s*curl\b/m,
    unorderedCalls: /\/(aliases|collections|partitions|databases|indexes|users|roles)\/list\b/,
    searchCalls: /\/entities\/(search|hybrid_search)\b/,
    existenceCalls: /\/(collections|partitions)\/has\b/,
    printedFacts: [
      { kind: 'load-state', pattern: /\bLoadState\.?(\w+)\b/g, value: (m) => m[1] },
      { kind: 'insert-count', pattern: /"insertCount"\s*:\s*(\d+)/g, value: (m) => m[1] },
      { kind: 'upsert-count', pattern: /"upsertCount"\s*:\s*(\d+)/g, value: (m) => m[1] },
      { kind: 'delete-count', pattern: /"deleteCount"\s*:\s*(\d+)/g, value: (m) => m[1] },
      { kind: 'row-count', pattern: /"rowCount"\s*:\s*(\d+)/g, value: (m) => m[1] },
    ],
  },
} as const satisfies LanguageFacts;
