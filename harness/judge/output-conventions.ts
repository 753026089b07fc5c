// How documented outputs may differ from what runs here and still agree: the docs' generator cut long arrays, and
// milvus-lite answers some calls differently from a real Milvus (compared only where a real Milvus would agree).

/** The number of items a documented array says it hid (`"(990 more items hidden)"`, Java's `(N elements are hidden)`). */
export function hiddenItems(item: unknown): number | undefined {
  const match = typeof item === 'string' ? /^\((\d+) (?:more items|elements are) hidden\)$/.exec(item.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

/** The delete count a documented `{'delete_count': N}` states, if that is all it states. */
export function documentedDeleteCount(expected: unknown): number | undefined {
  if (!expected || typeof expected !== 'object' || Array.isArray(expected)) return undefined;
  const entries = Object.entries(expected as Record<string, unknown>);
  const [key, value] = entries[0] ?? [];
  return entries.length === 1 && ['delete_count', 'deleteCount', 'delete_cnt'].includes(key!) && typeof value === 'number' ? value : undefined;
}

/** True when a search names the fields it returns (milvus-lite returns every field of a hit when it names none). */
export function namesOutputFields(code: string): boolean {
  return /output_?fields|outputFields|WithOutputFields/i.test(code);
}
