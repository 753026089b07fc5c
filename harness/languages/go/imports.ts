// Reading a Go snippet: its import specs, the name an import binds, where a statement ends.

/** Splits a snippet into its import specs (with snippet lines) and its body (import and package lines blanked). */
export function splitImports(code: string): { imports: { spec: string; line: number }[]; body: string[] } {
  const lines = code.split('\n');
  const imports: { spec: string; line: number }[] = [];
  let inBlock = false;
  const body = lines.map((text, i) => {
    const trimmed = text.trim();
    if (inBlock) {
      if (trimmed === ')') inBlock = false;
      else if (trimmed && !trimmed.startsWith('//')) imports.push({ spec: trimmed.replace(/\s*\/\/.*$/, ''), line: i + 1 });
      return '';
    }
    if (/^import\s*\($/.test(trimmed)) {
      inBlock = true;
      return '';
    }
    const single = /^import\s+(.+)$/.exec(trimmed);
    if (single) {
      imports.push({ spec: single[1]!.trim(), line: i + 1 });
      return '';
    }
    if (trimmed.startsWith('package ')) return '';
    return text;
  });
  return { imports, body };
}

/** The name an import spec binds in the file (its alias, or the package path's last element before a /vN suffix). */
export function importName(spec: string): string {
  const aliased = /^([\w.]+)\s+"/.exec(spec);
  if (aliased) return aliased[1]!;
  const parts = spec.replace(/"/g, '').split('/');
  const last = parts.at(-1)!;
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2)! : last;
}

/** The snippet line (1-based) where the statement starting at `line` ends (brackets balanced, no trailing operator). */
export function statementEnd(code: string, line: number): number {
  const lines = code.split('\n');
  let depth = 0;
  for (let i = line - 1; i < lines.length; i += 1) {
    const text = lines[i]!.replace(/\/\/.*$/, '');
    depth += (text.match(/[({[]/g) ?? []).length - (text.match(/[)}\]]/g) ?? []).length;
    if (depth <= 0 && !/[.,(+\-*/&|=]\s*$/.test(text)) return i + 1;
  }
  return line;
}

/** Packages a snippet may use without importing them, by the name they bind: a reader adds these imports. */
export const KNOWN_PACKAGES: Readonly<Record<string, string>> = {
  fmt: '"fmt"',
  context: '"context"',
  log: '"log"',
  time: '"time"',
  os: '"os"',
  strings: '"strings"',
  strconv: '"strconv"',
  errors: '"errors"',
  json: '"encoding/json"',
  rand: '"math/rand"',
  milvusclient: '"github.com/milvus-io/milvus/client/v2/milvusclient"',
  entity: '"github.com/milvus-io/milvus/client/v2/entity"',
  index: '"github.com/milvus-io/milvus/client/v2/index"',
  column: '"github.com/milvus-io/milvus/client/v2/column"',
  common: '"github.com/milvus-io/milvus/pkg/v2/common"',
};

/** Names a snippet declares at its own level (`x, err :=`, `var x`), for telling a dependent failure from a defect. */
export function declaredNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/^\s*(\w+(?:\s*,\s*\w+)*)\s*:=/gm)) for (const name of match[1]!.split(',')) names.add(name.trim());
  for (const match of code.matchAll(/^\s*(?:var|const)\s+(\w+)/gm)) names.add(match[1]!);
  names.delete('_');
  names.delete('err');
  return names;
}
