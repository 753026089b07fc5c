// The collections (and their databases) the harness asks a server to hold: what fixtures declare, the admin agent creates.

/** One field of a fixture collection. */
export interface FieldSpec {
  readonly name: string;
  readonly type: string;
  readonly primaryKey?: boolean;
  readonly autoId?: boolean;
  readonly dim?: number;
  readonly maxLength?: number;
}

/** One index of a fixture collection. */
export interface IndexSpec {
  readonly field: string;
  readonly type?: string;
  readonly metric?: string;
  readonly params?: Record<string, unknown>;
}

/** A collection a page assumes exists. */
export interface CollectionSpec {
  readonly name: string;
  /** The database the collection lives in (created with it); `default` when absent. */
  readonly database?: string;
  readonly fields: readonly FieldSpec[];
  readonly dynamicField?: boolean;
  readonly indexes?: readonly IndexSpec[];
  /** A row count (rows are generated) or explicit rows. */
  readonly rows?: number | readonly Record<string, unknown>[];
  readonly load?: 'loaded' | 'released';
  /** Partitions to create besides `_default`. */
  readonly partitions?: readonly string[];
  /** Aliases of the collection. */
  readonly aliases?: readonly string[];
}

/** The database every server has: never created or dropped by the harness. */
export const DEFAULT_DATABASE = 'default';

/** The database a collection spec lives in. */
export function databaseOf(spec: Pick<CollectionSpec, 'database'>): string {
  return spec.database ?? DEFAULT_DATABASE;
}
