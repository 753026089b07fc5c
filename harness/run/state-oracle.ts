// The server-state oracle: after each snippet, the state of the collections it names (exists, load state, rows).
import type { CollectionState } from '../server/admin.ts';

/** Collection names a snippet mentions: quoted identifiers that are known collections or follow a collection key. */
export function collectionNames(code: string, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(/["']([A-Za-z_][A-Za-z0-9_]*)["']/g)) if (known.has(match[1]!)) names.add(match[1]!);
  const keyed = /(?:collection_?name|collectionName|Collection(?:Option)?)["']?\s*[(:=]\s*\(?\s*["']([A-Za-z_][A-Za-z0-9_]*)["']/gi;
  for (const match of code.matchAll(keyed)) names.add(match[1]!);
  const option = /New\w*Option\(\s*"([A-Za-z_][A-Za-z0-9_]*)"/g;
  for (const match of code.matchAll(option)) names.add(match[1]!);
  return [...names];
}

/** A snapshot of the named collections after one snippet. */
export type StateSnapshot = ReadonlyMap<string, CollectionState>;

/** Compact text for a collection state, for messages. */
export function describeState(state: CollectionState | undefined): string {
  if (!state?.exists) return 'absent';
  return `${state.load ?? 'unknown'}, ${state.rowCount ?? '?'} rows`;
}
