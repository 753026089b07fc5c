// Assembles a page's Go tabs into one program as a reader pasting them into main would: imports hoisted (each
// snippet keeps what its own import names mean), every snippet nested in the previous one's block so later snippets
// see earlier declarations and may `:=` them again, its own `return`s turned into dhReturn, the `ctx` and client
// (`cli`, `client`) the page assumes when it makes no client of its own; imports renamed where they would collide with
// those names.
import { goTokens, rewriteReturns } from './returns.ts';
import { markErrorHandlers } from './handlers.ts';
import { declaredNames, importName, splitImports } from './imports.ts';
import { goSupplied } from './supplied.ts';

export { importName, splitImports, statementEnd } from './imports.ts';

/** One Go snippet's code (endpoint already mapped). */
export interface GoUnit {
  readonly id: string;
  readonly code: string;
}

/** What the compile loop has decided so far. */
export interface GoAssemblyState {
  /** Import paths dropped (unused, or not in the SDK). */
  readonly dropped: ReadonlySet<string>;
  /** Import specs the harness adds (a package a snippet uses without importing it). */
  readonly added: ReadonlySet<string>;
  /** Snippet indexes left out of the program (they do not compile, or use what one that does not declared). */
  readonly stubbed: ReadonlySet<number>;
  /** `; _ = name` to append to a snippet line (the end of a statement declaring an unused name): key `snippet:line`. */
  readonly blanks: ReadonlyMap<string, readonly string[]>;
  /** `name = …` lines that assign a name nothing declares: the harness makes them `name := …` (key `snippet:line`). */
  readonly declares?: ReadonlyMap<string, string>;
}

/** Where a program line came from. */
export type GoLineOrigin =
  | { kind: 'import'; path: string; from: { snippet: number; line: number }[] }
  | { kind: 'added-import'; spec: string }
  | { kind: 'body'; snippet: number; line: number }
  | { kind: 'harness' };

/** The assembled main.go and the origin of each of its lines. */
export interface GoAssembly {
  readonly source: string;
  readonly origins: readonly GoLineOrigin[];
  /** The name each import path is bound to in the program. */
  readonly bound: ReadonlyMap<string, string>;
}

/**
 * Resolves every snippet's imports into one import list. An import whose name the harness or the page uses for
 * something else (`client`, `cli`, `ctx` where the harness supplies them, a variable a snippet declares), or that
 * another package already binds, is renamed (`dh<snippet>_<name>`) in its own snippet only: what an import means stays
 * that snippet's own.
 */
function resolveImports(units: readonly GoUnit[], dropped: ReadonlySet<string>, supplied: ReadonlySet<string>) {
  const reserved = new Set([...supplied, ...units.flatMap((u) => [...declaredNames(u.code)])]);
  const byName = new Map<string, string>(); // bound name → path
  const imports = new Map<string, { name: string; aliased: boolean; from: { snippet: number; line: number }[] }>();
  const renames = units.map(() => new Map<string, string>());
  units.forEach((unit, snippet) => {
    for (const imp of splitImports(unit.code).imports) {
      const path = imp.spec.replace(/^[\w.]+\s+/, '').replace(/"/g, '');
      if (dropped.has(path)) continue;
      const written = /^([\w.]+)\s+"/.exec(imp.spec)?.[1] ?? importName(imp.spec);
      const existing = imports.get(path);
      let name = existing?.name ?? written;
      if (!existing && written !== '_' && written !== '.' && (reserved.has(written) || (byName.has(written) && byName.get(written) !== path)))
        name = `dh${snippet}_${written}`;
      if (name !== written && written !== '_' && written !== '.') renames[snippet]!.set(written, name);
      if (existing) existing.from.push({ snippet, line: imp.line });
      else imports.set(path, { name, aliased: name !== importName(`"${path}"`), from: [{ snippet, line: imp.line }] });
      if (!byName.has(name)) byName.set(name, path);
    }
  });
  return { imports, renames };
}

/** Renames package qualifiers (`name.`) in a snippet, outside strings and comments. */
function renameQualifiers(code: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return code;
  const tokens = goTokens(code);
  let out = code;
  for (let t = tokens.length - 2; t >= 0; t -= 1) {
    const token = tokens[t]!;
    const to = renames.get(token.text);
    if (to && tokens[t + 1]!.text === '.' && tokens[t - 1]?.text !== '.') out = out.slice(0, token.start) + to + out.slice(token.end);
  }
  return out;
}

/** The order of dhProgram's parameters (harness.go's main passes ctx, then the client twice). */
const ORDER = ['ctx', 'cli', 'client'];

/** Builds main.go for the snippets not stubbed out. */
export function assembleGo(units: readonly GoUnit[], state: GoAssemblyState): GoAssembly {
  const supplied = goSupplied(units.map((u) => u.code)).names;
  const { imports, renames } = resolveImports(units, state.dropped, supplied);
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
  for (const [path, imp] of imports) push(`\t${imp.aliased ? `${imp.name} ` : ''}"${path}"`, { kind: 'import', path, from: imp.from });
  for (const spec of state.added) push(`\t${spec}`, { kind: 'added-import', spec });
  harness(')');
  harness('');
  // The harness's ctx and client reach the program as parameters; a name it does not supply is `_`, so the page's own
  // declaration is the only one (a use before it, or of a name it never declares, is `undefined`, as for a reader).
  const given = ORDER.filter((name) => supplied.has(name));
  harness(`func dhProgram(${ORDER.map((name) => `${supplied.has(name) ? name : '_'} ${name === 'ctx' ? 'dhContext' : '*dhClient'}`).join(', ')}) {`);
  harness('\tvar err error // the page assumes an enclosing function where `err` exists');
  harness(`\t${[...given, 'err'].map(() => '_').join(', ')} = ${[...given, 'err'].join(', ')}`);
  const included = units.map((_, i) => i).filter((i) => !state.stubbed.has(i));
  const starts: string[] = [];
  included.forEach((snippet, n) => {
    harness(`\tdhStart(${n})`);
    harness('\t{');
    const body = markErrorHandlers(rewriteReturns(renameQualifiers(splitImports(units[snippet]!.code).body.join('\n'), renames[snippet]!))).split('\n');
    starts.push(`\t{id: ${JSON.stringify(units[snippet]!.id)}, start: ${lines.length + 1}},`);
    body.forEach((text, i) => {
      const blanks = (state.blanks.get(`${snippet}:${i + 1}`) ?? []).map((name) => `; _ = ${name}`).join('');
      const declared = state.declares?.get(`${snippet}:${i + 1}`);
      const line = declared ? text.replace(new RegExp(`^(\\s*${declared})(\\s*)=`), '$1$2:=') : text;
      // Before a trailing comment, where the statement ends.
      const codeEnd = goTokens(line).at(-1)?.end ?? line.length;
      push(line.slice(0, codeEnd) + blanks + line.slice(codeEnd), { kind: 'body', snippet, line: i + 1 });
    });
    harness(`\tdhEnd(${n})`);
  });
  for (const _ of included) harness('\t}');
  harness('}');
  harness('');
  harness('var dhSnippets = []dhSnippet{');
  starts.forEach(harness);
  harness('}');
  return { source: `${lines.join('\n')}\n`, origins, bound: new Map([...imports].map(([path, imp]) => [path, imp.name])) };
}
