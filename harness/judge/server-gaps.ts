// Features a real Milvus has and milvus-lite lacks, recognised from the server's own error: a tab that fails only
// because of such a gap says nothing about the page, so it is `skip` (kind `unsupported`), never a verdict.
// Never skip on a guess: an error that matches no entry stays an error. Each entry has a test against milvus-lite.
import type { Finding, SnippetRun } from '../types.ts';
import { MILVUS_LITE_VERSION } from '../server/server.ts';

/** One feature milvus-lite lacks, and how its error reads. */
export interface ServerGap {
  readonly id: string;
  /** What is missing, in a reader's words. */
  readonly feature: string;
  /** Matches the server's error as a snippet's error message carries it. */
  readonly pattern: RegExp;
}

/** The gaps of milvus-lite 3.2.x, each recognised by the error it gives. */
export const MILVUS_LITE_GAPS: readonly ServerGap[] = [
  { id: 'partition-load', feature: 'partition load/release', pattern: /MilvusLite does not support (Load|Release)Partitions/ },
  { id: 'unimplemented', feature: 'this API', pattern: /MilvusLite does not support (\w+)/ },
  {
    id: 'unregistered-method',
    feature: 'implementation of this API (the server answers gRPC UNIMPLEMENTED: "Method not implemented!")',
    pattern: /Method not implemented!/,
  },
  { id: 'search-by-pk', feature: 'search by primary keys', pattern: /SearchRequest is missing placeholder_group/ },
  { id: 'random-sample', feature: 'RANDOM_SAMPLE filter', pattern: /unknown function '?RANDOM_SAMPLE/i },
  { id: 'varchar-auto-id', feature: 'auto id on a VARCHAR primary key', pattern: /auto_id primary key '[^']*' must be INT64, got VARCHAR/ },
  { id: 'scalar-autoindex', feature: 'AUTOINDEX on a scalar field', pattern: /create_index with index_type 'AUTOINDEX' requires a vector field/ },
];

/**
 * Python packages docs snippets import that the harness does not install (embedding providers, ML and data tools,
 * pymilvus extras): a snippet that fails only because one is missing is untested, not broken. Only these names: a
 * misspelled module stays an error.
 */
export const THIRD_PARTY_MODULES: readonly string[] = [
  'openai',
  'cohere',
  'voyageai',
  'anthropic',
  'google',
  'vertexai',
  'boto3',
  'datasets',
  'datasketch',
  'matplotlib',
  'pytz',
  'scipy',
  'tensorflow',
  'torch',
  'transformers',
  'sentence_transformers',
  'FlagEmbedding',
  'langchain',
  'langchain_milvus',
  'llama_index',
  'pandas',
  'PIL',
  'cv2',
  'requests',
  'tqdm',
  'minio',
  'azure',
  'pyarrow',
  'ml_dtypes',
];

/** Undefined-name errors in each language, with the name. */
const UNDEFINED_NAME = [
  /NameError: name '(\w+)' is not defined/,
  /ReferenceError: (\w+) is not defined/,
  /cannot find symbol: variable (\w+)/,
  /^undefined: (\w+)$/,
];

/** Names of values a page leaves to the reader (`your_query_vector`, `query_vector`, `image_embedding` …). */
const READER_VALUE =
  /^(your|YOUR)_\w+$|^(\w+_)?(query|target|search)_?\w*(vector|vectors|embedding|embeddings|sig|signature)$|^(\w+_)?(vector|embedding)s?_to_search$/;

/** The reason a snippet is untestable because it needs a value the page leaves to the reader, if that is why it failed. */
export function readerValueGap(message: string): string | undefined {
  for (const pattern of UNDEFINED_NAME) {
    const name = pattern.exec(message)?.[1];
    if (name && READER_VALUE.test(name)) return `the snippet needs \`${name}\`, a value the page leaves to the reader (it is never defined on the page)`;
  }
  return undefined;
}

/** The environment gap an error shows (a package the harness does not install), if any, on any server. */
export function environmentGap(message: string): string | undefined {
  const missing = /No module named '([\w.]+)'/.exec(message)?.[1]?.split('.')[0];
  if (missing && THIRD_PARTY_MODULES.includes(missing))
    return `the snippet needs the Python package \`${missing}\`, which the harness does not install (nor its API keys)`;
  const extras = /Missing packages: \[([^\]]*)\]/.exec(message)?.[1];
  if (extras) return `the snippet needs pymilvus extras (${extras.replace(/'/g, '')}), which the harness does not install`;
  return undefined;
}

/** The gap an error message shows, if any (milvus-lite only). */
export function serverGap(message: string): ServerGap | undefined {
  return MILVUS_LITE_GAPS.find((gap) => gap.pattern.test(message));
}

/** The reason a tab is skipped for a gap, naming it and the fix. */
export function gapReason(gap: ServerGap, message: string): string {
  const api = gap.id === 'unimplemented' ? (gap.pattern.exec(message)?.[1] ?? 'this API') : gap.feature;
  return `milvus-lite ${MILVUS_LITE_VERSION} has no ${api}: run with --backend container or --uri to test this tab`;
}

/**
 * On milvus-lite, a run whose errors include a known gap becomes `skip` (an `unsupported` warning at that line).
 * Runtime errors after the gap's line are its consequences (the snippet went on without what the server refused);
 * compile and syntax errors, and runtime errors before it, stay errors (the tab still fails on them).
 */
export function applyServerGaps(run: SnippetRun, isMilvusLite: boolean): SnippetRun {
  if (run.outcome === 'skipped') return run;
  const why = (message: string) => {
    const gap = isMilvusLite ? serverGap(message) : undefined;
    return gap ? gapReason(gap, message) : (environmentGap(message) ?? readerValueGap(message));
  };
  const matched = run.findings.filter((f) => f.severity === 'error' && (f.kind === 'runtime' || f.kind === 'compile') && why(f.message));
  if (matched.length === 0) return run;
  const first = matched.reduce((a, b) => (b.line < a.line ? b : a));
  const gaps = run.findings.filter((f) => matched.includes(f) || (f.severity === 'error' && f.kind === 'runtime' && f.line >= first.line));
  const reason = why(first.message)!;
  const unsupported: Finding = { kind: 'unsupported', severity: 'warning', line: first.line, message: reason };
  const rest = run.findings.filter((f) => !gaps.includes(f));
  if (rest.some((f) => f.severity === 'error')) return { ...run, findings: [...rest, unsupported] };
  return { ...run, outcome: 'skipped', findings: [...rest, unsupported], skipReason: reason };
}
