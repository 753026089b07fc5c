// Assembles a page's Go tabs into one program: imports hoisted, one function per snippet taking the `ctx` and the
// client (`cli`, `client`) the page assumes, top-level defers run at the end of the program (as in a reader's main).

/** One Go snippet's code (endpoint already mapped). */
export interface GoUnit {
  readonly id: string;
  readonly code: string;
}

/** What the compile loop has decided so far. */
export interface GoAssemblyState {
  /** Imports dropped (unused, or not in the SDK), by import spec as written (e.g. `"log"`). */
  readonly dropped: ReadonlySet<string>;
  /** Snippet indexes left out of the program (they do not compile). */
  readonly stubbed: ReadonlySet<number>;
  /** `; _ = name` to append to a snippet line (the end of a statement declaring an unused name): key `snippet:line`. */
  readonly blanks: ReadonlyMap<string, readonly string[]>;
}

/** Where a program line came from. */
export type GoLineOrigin =
  | { kind: 'import'; spec: string; from: { snippet: number; line: number }[] }
  | { kind: 'body'; snippet: number; line: number }
  | { kind: 'harness' };

/** The assembled main.go and the origin of each of its lines. */
export interface GoAssembly {
  readonly source: string;
  readonly origins: readonly GoLineOrigin[];
}

/** Splits a snippet into its import specs (with snippet lines) and its body (import lines blanked). */
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

/** Rewrites top-level single-line `defer X` so it runs when the program ends, not when the snippet's function does. */
function moveDefers(body: readonly string[]): string[] {
  let depth = 0;
  return body.map((text) => {
    const opens = (text.match(/[{(]/g) ?? []).length;
    const closes = (text.match(/[})]/g) ?? []).length;
    const out = depth === 0 && opens === closes ? text.replace(/^(\s*)defer\s+(.+)$/, '$1dhDefer(func() { $2 })') : text;
    depth += opens - closes;
    return out;
  });
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

/** The name an import spec binds in the file (its alias, or the package path's last element before a /vN suffix). */
export function importName(spec: string): string {
  const aliased = /^([\w.]+)\s+"/.exec(spec);
  if (aliased) return aliased[1]!;
  const parts = spec.replace(/"/g, '').split('/');
  const last = parts.at(-1)!;
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2)! : last;
}

/** Builds main.go for the snippets not stubbed out. */
export function assembleGo(units: readonly GoUnit[], state: GoAssemblyState): GoAssembly {
  const split = units.map((u) => splitImports(u.code));
  const imports = new Map<string, { snippet: number; line: number }[]>();
  split.forEach((s, snippet) => {
    if (state.stubbed.has(snippet)) return;
    for (const imp of s.imports) imports.set(imp.spec, [...(imports.get(imp.spec) ?? []), { snippet, line: imp.line }]);
  });
  const lines: string[] = [];
  const origins: GoLineOrigin[] = [];
  const push = (text: string, origin: GoLineOrigin) => {
    lines.push(text);
    origins.push(origin);
  };
  const harness = (text: string) => push(text, { kind: 'harness' });
  harness('package main');
  harness('');
  harness('import (');
  for (const [spec, from] of imports) if (!state.dropped.has(spec)) push(`\t${spec}`, { kind: 'import', spec, from });
  harness(')');
  // The client the page assumes is `cli`, and also `client` unless an import binds that name (the 2.4-era package).
  const clientName = [...imports.keys()].some((spec) => !state.dropped.has(spec) && importName(spec) === 'client') ? '_' : 'client';
  const entries: string[] = [];
  split.forEach((s, snippet) => {
    if (state.stubbed.has(snippet)) return;
    harness('');
    harness(`func snippet${snippet}(ctx dhContext, cli *dhClient, ${clientName} *dhClient) {`);
    const start = lines.length + 1;
    moveDefers(s.body).forEach((text, i) => {
      const blanks = (state.blanks.get(`${snippet}:${i + 1}`) ?? []).map((name) => `; _ = ${name}`).join('');
      push(text + blanks, { kind: 'body', snippet, line: i + 1 });
    });
    harness('}');
    entries.push(`\t${JSON.stringify(String(snippet))}: {id: ${JSON.stringify(units[snippet]!.id)}, fn: "snippet${snippet}", start: ${start}, body: snippet${snippet}},`);
  });
  harness('');
  harness('var dhSnippets = map[string]dhSnippet{');
  entries.forEach(harness);
  harness('}');
  return { source: `${lines.join('\n')}\n`, origins };
}
