// Features a real Milvus has and milvus-lite lacks, each recognised by the error the server gives (the judge skips a
// tab that fails only on one of them). Never a guess: an error that matches no entry stays an error. Each entry has a
// test against milvus-lite.
import { MILVUS_LITE_VERSION } from './server.ts';

/** The server these gaps belong to, as reports name it. */
export const MILVUS_LITE = `milvus-lite ${MILVUS_LITE_VERSION}`;

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
    id: 'json-path-index',
    feature: 'JSON path indexes (`json_path` / `json_cast_type` index parameters)',
    pattern: /field type JSON does not support scalar index/,
  },
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
 * A behaviour gap no error shows, recognised from the calls a tab made: milvus-lite loads a collection created without
 * an index, where a real Milvus leaves it `NotLoad` (and refuses to load it until it has one).
 */
export const UNINDEXED_LOAD: Pick<ServerGap, 'id' | 'feature'> = {
  id: 'unindexed-load',
  feature: '`NotLoad` state for a collection created without an index (it loads such a collection; a real Milvus does not)',
};

/** The gap an error message shows, if any. */
export function serverGap(message: string): ServerGap | undefined {
  return MILVUS_LITE_GAPS.find((gap) => gap.pattern.test(message));
}

/** A Milvus "collection not found" error, in any SDK's words. */
export const COLLECTION_NOT_FOUND = /collection not found|can't find collection|collection .{0,80}not (exist|found)|CollectionNotExists|collection_not_exists/i;

/** The collection a Milvus "collection not found" error names, if it is one. */
export function missingCollectionIn(message: string): string | undefined {
  const name = /collection '?(\w+)'? (?:does not exist|not found)|can't find collection[:\s]+'?(\w+)|collection not found\[.*?collection=(\w+)\]/i.exec(
    message,
  );
  return name?.[1] ?? name?.[2] ?? name?.[3];
}
