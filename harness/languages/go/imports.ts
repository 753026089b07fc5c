// Reading a Go snippet: its import specs, the name an import binds, where a statement ends.
import { goTokens } from './returns.ts';
import { codeOnly } from './scan.ts';

/**
 * Splits a snippet into its import specs (with snippet lines) and its body (import and package lines blanked). A
 * comment after an import, `import (` or its `)` is not part of the spec.
 */
export function splitImports(code: string): { imports: { spec: string; line: number }[]; body: string[] } {
  const lines = code.split('\n');
  const stripped = codeOnly(code).split('\n');
  const imports: { spec: string; line: number }[] = [];
  let inBlock = false;
  const body = lines.map((text, i) => {
    const trimmed = stripped[i]!.trim();
    // The line as written, up to where its code ends (before a trailing comment).
    const written = text.slice(0, stripped[i]!.trimEnd().length).trim();
    if (inBlock) {
      if (trimmed === ')') inBlock = false;
      else if (trimmed) imports.push({ spec: written, line: i + 1 });
      return '';
    }
    if (/^import\s*\($/.test(trimmed)) {
      inBlock = true;
      return '';
    }
    if (/^import\s+\S/.test(trimmed)) {
      imports.push({ spec: written.replace(/^import\s+/, ''), line: i + 1 });
      return '';
    }
    if (/^package\s/.test(trimmed)) return '';
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

/**
 * The snippet line (1-based) where the statement starting at `line` ends: brackets balanced and the line's last token
 * one after which Go ends a statement (strings and comments, `//` in a URL included, count for nothing).
 */
export function statementEnd(code: string, line: number): number {
  const tokens = goTokens(code);
  const from =
    code
      .split('\n')
      .slice(0, line - 1)
      .join('\n').length + (line > 1 ? 1 : 0);
  let depth = 0;
  let last = line;
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t]!;
    if (token.start < from) continue;
    if (token.text !== '\n') last = lineOfOffset(code, token.start);
    if ('([{'.includes(token.text)) depth += 1;
    else if (')]}'.includes(token.text)) depth -= 1;
    else if (token.text === '\n' && depth <= 0 && endsStatement(tokens, t - 1)) return lineOfOffset(code, token.start);
  }
  return depth <= 0 ? last : line;
}

/** Whether Go's semicolon rule ends a statement after token `t` (an identifier, literal, closing bracket, `++`, `--`). */
function endsStatement(tokens: ReturnType<typeof goTokens>, t: number): boolean {
  const token = tokens[t];
  if (!token || token.text === '\n') return false;
  if (/^(\w+|literal|[)\]}])$/.test(token.text)) return true;
  const before = tokens[t - 1];
  return (token.text === '+' || token.text === '-') && before?.text === token.text && before.end === token.start;
}

function lineOfOffset(code: string, offset: number): number {
  return code.slice(0, offset).split('\n').length;
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
export function declaredNames(written: string): Set<string> {
  const code = codeOnly(written);
  const names = new Set<string>();
  for (const match of code.matchAll(/^\s*(\w+(?:\s*,\s*\w+)*)\s*:=/gm)) for (const name of match[1]!.split(',')) names.add(name.trim());
  for (const match of code.matchAll(/^\s*(?:var|const)\s+(\w+)/gm)) names.add(match[1]!);
  names.delete('_');
  names.delete('err');
  return names;
}
