// Uses of a package before the snippet that imports it: the harness hoists every import to the top of the program, so
// such a use compiles, but a reader pasting the tabs in page order has no import yet at that point.
import { importName, splitImports } from './imports.ts';
import { assignedNames, codeOnly, lineAt, qualifiers } from './scan.ts';

/** A snippet's use of `name`, a package only a later snippet imports (as `path`), at its snippet `line`. */
export interface EarlyUse {
  readonly snippet: number;
  readonly line: number;
  readonly name: string;
  readonly path: string;
}

/**
 * Every use of a package name (`name.X`) in a snippet before the first snippet that imports it, where the program binds
 * that name to the import (`bound`: import path → bound name) and no snippet so far declares a variable of that name.
 */
export function earlyImportUses(codes: readonly string[], bound: ReadonlyMap<string, string>): EarlyUse[] {
  const firstImport = new Map<string, { snippet: number; path: string }>(); // written name → first importer
  const written = codes.map((code) =>
    splitImports(code).imports.map(({ spec }) => ({ name: importName(spec), path: spec.replace(/^[\w.]+\s+/, '').replaceAll('"', '') })),
  );
  written.forEach((imports, snippet) => {
    for (const { name, path } of imports) if (!firstImport.has(name) && bound.get(path) === name) firstImport.set(name, { snippet, path });
  });
  const uses: EarlyUse[] = [];
  const declared = new Set<string>();
  codes.forEach((code, snippet) => {
    const stripped = codeOnly(code);
    for (const { name } of assignedNames(stripped)) declared.add(name);
    for (const { name, offset } of qualifiers(stripped)) {
      const first = firstImport.get(name);
      if (!first || first.snippet <= snippet || declared.has(name)) continue;
      uses.push({ snippet, line: lineAt(code, offset), name, path: first.path });
    }
  });
  return uses;
}
