// Features a real Milvus has and milvus-lite lacks, recognised from the server's own error: a tab that fails only
// because of such a gap says nothing about the page, so it is `skip` (kind `unsupported`), never a verdict.
// Never skip on a guess: an error that matches no entry stays an error. Each entry has a test against milvus-lite.
import type { Finding, Skip, SnippetRun } from '../types.ts';
import { skipText } from '../skips.ts';
import { MILVUS_LITE_VERSION } from '../server/server.ts';
import { undefinedNameIn } from './dependents.ts';

/** One feature milvus-lite lacks, and how its error reads. */
export interface ServerGap {
  readonly id: string;
  /** What is missing, in a reader's words (after "has no"); `$1` stands for the error's first group. */
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
  {
    id: 'drop-index-loaded',
    feature: 'dropping an index of a loaded collection (a real Milvus allows it for scalar indexes, and an unindexed collection is not loaded there)',
    pattern: /index cannot be dropped on loaded collection; call release\(\) first/,
  },
  {
    id: 'sparse-autoindex',
    feature: 'AUTOINDEX on a BM25 sparse field',
    pattern: /sparse field '\w+' requires SPARSE_INVERTED_INDEX with metric BM25; got 'AUTOINDEX'/,
  },
  { id: 'field-type', feature: '$1 fields', pattern: /uses Milvus type (\w+) which MilvusLite does not support/ },
  {
    id: 'default-index-type',
    feature: 'default index type (a real Milvus picks AUTOINDEX when none is given)',
    pattern: /create_index missing required 'index_type' parameter/,
  },
  { id: 'embedding-provider', feature: '$1 provider `$2`', pattern: /Unknown (embedding|rerank) provider: '(\w+)'\. Supported: / },
  {
    id: 'chained-comparison',
    feature: 'chained range comparisons in filters (`10 <= age <= 20`)',
    pattern: /comparison '<=?' between incompatible types .*left side is bool, right side is (int|float)/s,
  },
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

/**
 * Names of values a page leaves to the reader: `your_…`, query vectors and embeddings in any case (`query_vector`,
 * `queryVector`, `image_embedding`), and the reader's own configuration constants (`COLLECTION_NAME`, `MINIO_ENDPOINT`).
 */
const READER_VALUE = /^your_?\w+$|^\w*(query|target|search|image|text|doc|sparse|dense)_?\w*(vector|vectors|embedding|embeddings|sig|signature)s?$/i;
const CONSTANT = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** The reason a snippet is untestable because it needs a value the page leaves to the reader, if that is why it failed. */
export function readerValueGap(message: string): Skip | undefined {
  const name = undefinedNameIn(message);
  if (name && (READER_VALUE.test(name) || CONSTANT.test(name))) return { code: 'reader-value', name };
  return undefined;
}

/** SDK errors that lose the server's reason (Java cannot read an error code milvus-lite sends). */
export const UNREADABLE = /Can't get the number of an unknown enum value/;

/**
 * A run whose error lost the server's reason, where another language's run of the same step was skipped for a
 * server gap, is skipped for that gap too (the same server refused the same step).
 */
export function borrowGap(run: SnippetRun, siblings: readonly SnippetRun[]): SnippetRun {
  const unreadable = run.findings.filter((f) => f.severity === 'error' && UNREADABLE.test(f.message));
  if (unreadable.length === 0) return run;
  const gap = siblings.find((s) => s.outcome === 'skipped' && s.skip?.code === 'server-gap')?.skip;
  if (gap?.code !== 'server-gap') return run;
  const skip: Skip = { ...gap, borrowed: true };
  const reason = skipText(skip);
  const rest = run.findings.filter((f) => !unreadable.includes(f));
  const findings: Finding[] = [...rest, { kind: 'unsupported', severity: 'warning', line: unreadable[0]!.line, message: reason }];
  // A compile or syntax error of the page's own still fails the tab; only the gap is not counted against it.
  if (rest.some((f) => f.severity === 'error')) return { ...run, findings };
  return { ...run, outcome: 'skipped', findings, skip };
}

/** A collection-not-found error for a collection the page assumes and no fixture declares: untested, with the fix. */
function undeclaredCollection(message: string, undeclared: ReadonlySet<string>): Skip | undefined {
  const name = /collection '?(\w+)'? (?:does not exist|not found)|can't find collection[:\s]+'?(\w+)/i.exec(message);
  const collection = name?.[1] ?? name?.[2];
  if (!collection || !undeclared.has(collection)) return undefined;
  return { code: 'no-fixture', collection };
}

/** The environment gap an error shows (a package the harness does not install), if any, on any server. */
export function environmentGap(message: string): Skip | undefined {
  const missing = /No module named '([\w.]+)'/.exec(message)?.[1]?.split('.')[0];
  if (missing && THIRD_PARTY_MODULES.includes(missing))
    return { code: 'package-not-installed', package: `the Python package \`${missing}\``, note: ' (nor its API keys)' };
  if (/package io\.milvus\.bulkwriter[\w.]* does not exist/.test(message))
    return { code: 'package-not-installed', package: 'io.milvus:milvus-sdk-java-bulkwriter (a separate artifact)' };
  const extras = /Missing packages: \[([^\]]*)\]/.exec(message)?.[1];
  if (extras) return { code: 'package-not-installed', package: `pymilvus extras (${extras.replace(/'/g, '')})` };
  return undefined;
}

/** The gap an error message shows, if any (milvus-lite only). */
export function serverGap(message: string): ServerGap | undefined {
  return MILVUS_LITE_GAPS.find((gap) => gap.pattern.test(message));
}

/** The skip for a gap: which gap, and what the server lacks in this error's words. */
export function gapReason(gap: ServerGap, message: string): Skip {
  const match = gap.pattern.exec(message);
  const api = gap.id === 'unimplemented' ? (match?.[1] ?? 'this API') : gap.feature.replace(/\$(\d)/g, (_, n: string) => match?.[Number(n)] ?? '');
  return { code: 'server-gap', server: `milvus-lite ${MILVUS_LITE_VERSION}`, gap: gap.id, feature: api };
}

/**
 * On milvus-lite, a run whose errors include a known gap becomes `skip` (an `unsupported` warning at that line).
 * Runtime errors after the gap's line are its consequences (the snippet went on without what the server refused);
 * compile and syntax errors, and runtime errors before it, stay errors (the tab still fails on them).
 */
export function applyServerGaps(run: SnippetRun, isMilvusLite: boolean, undeclared: ReadonlySet<string> = new Set()): SnippetRun {
  if (run.outcome === 'skipped') return run;
  const why = (message: string) => {
    const gap = isMilvusLite ? serverGap(message) : undefined;
    return gap ? gapReason(gap, message) : (environmentGap(message) ?? readerValueGap(message) ?? undeclaredCollection(message, undeclared));
  };
  const matched = run.findings.filter((f) => f.severity === 'error' && (f.kind === 'runtime' || f.kind === 'compile') && why(f.message));
  if (matched.length === 0) return run;
  const first = matched.reduce((a, b) => (b.line < a.line ? b : a));
  // What follows a gap is its consequence: later runtime errors (the snippet went on without what was refused), and,
  // when the gap is a compile error (a package not installed), the snippet's other compile errors.
  const missingPackage = first.kind === 'compile' && environmentGap(first.message) !== undefined;
  // A missing package explains the errors about its classes, never an undefined variable (that is the page's own).
  const follows = (f: Finding) =>
    f.severity === 'error' &&
    ((f.kind === 'runtime' && f.line >= first.line) || (missingPackage && f.kind === 'compile' && !/symbol: variable/.test(f.message)));
  const gaps = run.findings.filter((f) => matched.includes(f) || follows(f));
  const skip = why(first.message)!;
  const unsupported: Finding = { kind: 'unsupported', severity: 'warning', line: first.line, message: skipText(skip) };
  const rest = run.findings.filter((f) => !gaps.includes(f));
  if (rest.some((f) => f.severity === 'error')) return { ...run, findings: [...rest, unsupported] };
  return { ...run, outcome: 'skipped', findings: [...rest, unsupported], skip };
}
