// The names the harness supplies to a page's Go program, as a reader's earlier page would have: `ctx` and the client
// (`cli`, `client`), only when no Go snippet of the page makes a client of its own; each one the page relies on is a
// lint warning at its first use. A page that makes its client gets none: a name it never declares is `undefined`.
import type { SupplyNote } from '../supply-notes.ts';
import { importName, splitImports } from './imports.ts';
import { assignedNames, codeOnly, lineAt, usesOf } from './scan.ts';

/** The names the harness may supply: what each stands for, and how a page makes it. */
export const SUPPLIABLE: Readonly<Record<string, { what: string; make: string }>> = {
  cli: { what: 'a *milvusclient.Client on its server', make: 'cli, err := milvusclient.New(ctx, &milvusclient.ClientConfig{Address: …})' },
  client: { what: 'a *milvusclient.Client on its server', make: 'client, err := milvusclient.New(ctx, &milvusclient.ClientConfig{Address: …})' },
  ctx: { what: 'context.Background()', make: 'ctx := context.Background()' },
};

/** The lint warning at the first use of a supplied name (`later`: the page declares it, but after this use). */
export function suppliedWarning(name: string, later: boolean): string {
  const { what, make } = SUPPLIABLE[name]!;
  return (
    `\`${name}\` is ${later ? 'used here before the page declares it' : name === 'ctx' ? 'never declared on this page' : 'never made on this page'}: ` +
    `the harness supplied it (${what}), so the tab runs here, but a reader who pastes the Go tabs gets \`undefined: ${name}\`. ` +
    `${name === 'ctx' ? 'Declare' : 'Make'} it first: \`${make}\`.`
  );
}

/** What the harness supplies to one page's Go program, and the warnings that say so (snippet-relative lines). */
export interface GoSupplied {
  readonly names: ReadonlySet<string>;
  readonly notes: readonly SupplyNote[];
}

/** The names a page's snippets bind to a Milvus client package (`milvusclient`, or the 2.4 SDK's `client`), aliases included. */
function clientPackages(codes: readonly string[]): Set<string> {
  const names = new Set(['milvusclient']);
  for (const code of codes)
    for (const { spec } of splitImports(code).imports) if (/\/(milvusclient|client)(\/v\d+)?"$/.test(spec.trim())) names.add(importName(spec.trim()));
  return names;
}

/** True when a snippet declares or assigns `cli` or `client`, or any name a client constructor returns. */
function makesClient(stripped: readonly string[], packages: ReadonlySet<string>): boolean {
  const constructed = /(?<![\w.])([A-Za-z_]\w*)(?:\s*,\s*[A-Za-z_]\w*)*\s*(?::=|=(?!=))\s*(\w+)\s*\.\s*(?:New|NewClient|NewGrpcClient)\s*\(/g;
  const typed = /\bvar\s+[A-Za-z_]\w*\s+\*\s*(\w+)\s*\.\s*Client\b/g;
  return stripped.some(
    (code) =>
      assignedNames(code).some((a) => a.name === 'cli' || a.name === 'client') ||
      [...code.matchAll(constructed)].some((m) => packages.has(m[2]!)) ||
      [...code.matchAll(typed)].some((m) => packages.has(m[1]!)),
  );
}

/** Decides what the harness supplies to the page whose Go snippets are `codes` (in page order). */
export function goSupplied(codes: readonly string[]): GoSupplied {
  const stripped = codes.map((code) => codeOnly(code));
  if (makesClient(stripped, clientPackages(codes))) return { names: new Set(), notes: [] };
  const notes: SupplyNote[] = [];
  // In a snippet that imports a package of that name (the 2.4-era `client`), the name is the package, not the client.
  const own = codes.map((code) => new Set(splitImports(code).imports.map(({ spec }) => importName(spec))));
  for (const name of Object.keys(SUPPLIABLE)) {
    const declared = stripped.map((code) => new Set(assignedNames(code).flatMap((a) => (a.declares && a.name === name ? [a.offset] : []))));
    const uses = stripped.map((code, i) => (own[i]!.has(name) ? [] : usesOf(code, name)));
    const snippet = uses.findIndex((offsets) => offsets.length > 0);
    if (snippet < 0) continue;
    const first = uses[snippet]![0]!;
    if (declared[snippet]!.has(first)) continue; // the page declares it before any use: the harness's is never seen
    notes.push({
      snippet,
      line: lineAt(codes[snippet]!, first),
      message: suppliedWarning(
        name,
        declared.some((offsets) => offsets.size > 0),
      ),
    });
  }
  return { names: new Set(Object.keys(SUPPLIABLE)), notes };
}
