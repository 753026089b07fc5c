// The exported API of a Go module's packages, read from its source (a regex scan: fast, and enough for did-you-mean).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One package: its name, its exported top-level names, and each type's exported methods and fields (promoted ones too). */
export interface GoPackage {
  readonly name: string;
  readonly names: string[];
  readonly members: Record<string, string[]>;
}

/** Import path → package, for every package of a module (internal and testdata ones left out). */
export type GoMembers = Record<string, GoPackage>;

const exported = (name: string) => /^[A-Z]/.test(name);

/** The lines of the `{`…`}` or `(`…`)` block that opens on line `from` (top-level blocks close at column 0). */
function block(lines: readonly string[], from: number, close: string): string[] {
  const end = lines.findIndex((text, i) => i > from && text.startsWith(close));
  return lines.slice(from + 1, end < 0 ? lines.length : end);
}

/** Reads one Go file into `pkg`; `embeds` collects each type's embedded types (for promoted members). */
function scanFile(source: string, pkg: { names: Set<string>; members: Map<string, Set<string>>; embeds: Map<string, Set<string>> }): void {
  const lines = source.split('\n');
  const member = (type: string, name: string) => {
    if (exported(name)) pkg.members.set(type, (pkg.members.get(type) ?? new Set()).add(name));
  };
  for (const [i, text] of lines.entries()) {
    const method = /^func \(\s*(?:\w+\s+)?\*?(\w+)(?:\[[^\]]*\])?\s*\)\s*(\w+)\s*[[(]/.exec(text);
    if (method) member(method[1]!, method[2]!);
    const top = /^(?:func|type|var|const)\s+(\w+)/.exec(text)?.[1];
    if (top && exported(top)) pkg.names.add(top);
    if (/^(?:type|var|const)\s*\($/.test(text)) {
      for (const line of block(lines, i, ')')) {
        const names = /^\t(\w+(?:\s*,\s*\w+)*)/.exec(line)?.[1];
        for (const name of names?.split(/\s*,\s*/) ?? []) if (exported(name)) pkg.names.add(name);
      }
    }
    const compound = /^type (\w+)(?:\[[^\]]*\])? (struct|interface) \{$/.exec(text);
    if (!compound) continue;
    const [type, kind] = [compound[1]!, compound[2]!];
    pkg.members.set(type, pkg.members.get(type) ?? new Set());
    for (const line of block(lines, i, '}')) {
      const embedded = /^\t\*?(?:\w+\.)?(\w+)(?:\[[^\]]*\])?\s*(?:`[^`]*`)?\s*(?:\/\/.*)?$/.exec(line)?.[1];
      if (embedded) {
        pkg.embeds.set(type, (pkg.embeds.get(type) ?? new Set()).add(embedded));
        member(type, embedded); // an embedded field is named after its type
      } else if (kind === 'struct') {
        for (const name of /^\t(\w+(?:\s*,\s*\w+)*)\s+\S/.exec(line)?.[1]?.split(/\s*,\s*/) ?? []) member(type, name);
      } else {
        const name = /^\t(\w+)\(/.exec(line)?.[1];
        if (name) member(type, name);
      }
    }
  }
}

/** A type's members with those promoted from the types it embeds (in the same package). */
function withPromoted(type: string, members: Map<string, Set<string>>, embeds: Map<string, Set<string>>, seen = new Set<string>()): Set<string> {
  const all = new Set(members.get(type) ?? []);
  seen.add(type);
  for (const inner of embeds.get(type) ?? []) if (!seen.has(inner)) for (const m of withPromoted(inner, members, embeds, seen)) all.add(m);
  return all;
}

async function goFolders(root: string, rel = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && e.name.endsWith('.go') && !e.name.endsWith('_test.go')) ? [rel] : [];
  const below = entries.filter((e) => e.isDirectory() && !['internal', 'testdata', 'vendor'].includes(e.name) && !e.name.startsWith('.'));
  const nested = await Promise.all(below.map((e) => goFolders(root, path.posix.join(rel, e.name))));
  return [...here, ...nested.flat()];
}

/** Every package of the module `modulePath` whose source is in `dir`, keyed by import path. */
export async function scanGoModule(modulePath: string, dir: string): Promise<GoMembers> {
  const result: GoMembers = {};
  for (const rel of await goFolders(dir)) {
    const pkg = { name: '', names: new Set<string>(), members: new Map<string, Set<string>>(), embeds: new Map<string, Set<string>>() };
    for (const file of await readdir(path.join(dir, rel))) {
      if (!file.endsWith('.go') || file.endsWith('_test.go')) continue;
      const source = await readFile(path.join(dir, rel, file), 'utf8');
      pkg.name ||= /^package (\w+)/m.exec(source)?.[1] ?? '';
      scanFile(source, pkg);
    }
    const members = Object.fromEntries([...pkg.members.keys()].map((type) => [type, [...withPromoted(type, pkg.members, pkg.embeds)].sort()]));
    result[rel ? `${modulePath}/${rel}` : modulePath] = { name: pkg.name, names: [...pkg.names].sort(), members };
  }
  return result;
}
