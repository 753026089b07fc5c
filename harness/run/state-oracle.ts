// The server-state oracle: after each snippet, the state of the collections it names (exists, load state, rows).

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
