// Reading Go source as code only (comments and string contents blanked, offsets and lines kept): the names a snippet
// declares or assigns, and where a name is used.

/** The code with every comment and the inside of every string or rune literal turned into spaces (newlines kept). */
export function codeOnly(code: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      const close = next === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i + 2);
      const end = close < 0 ? code.length : next === '/' ? close : close + 2;
      out += blank(code.slice(i, end));
      i = end;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c && !(c !== '`' && code[j] === '\n')) j += code[j] === '\\' && c !== '`' ? 2 : 1;
      const closed = j < code.length && code[j] === c;
      out += c + blank(code.slice(i + 1, Math.min(j, code.length))) + (closed ? c : '');
      i = closed ? j + 1 : Math.min(j, code.length);
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** The 1-based line of `offset` in `code`. */
export function lineAt(code: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < code.length; i += 1) if (code[i] === '\n') line += 1;
  return line;
}

/** An identifier list before `:=` or `=` (not `==`), or after `var`/`const`: group 1 the list, group 2 the operator. */
const ASSIGNED = /(?<![\w.])((?:[A-Za-z_]\w*\s*,\s*)*[A-Za-z_]\w*)\s*(:=|=(?!=))|\b(?:var|const)\s+((?:[A-Za-z_]\w*\s*,\s*)*[A-Za-z_]\w*)/g;

/** One name a snippet declares (`:=`, `var`, `const`) or assigns (`=`), with its offset. */
export interface Assigned {
  readonly name: string;
  readonly offset: number;
  /** `:=`, `var` or `const`: a declaration (an `=` only assigns a name that must exist). */
  readonly declares: boolean;
}

/** Every name the code (already `codeOnly`) declares or assigns, in order. */
export function assignedNames(stripped: string): Assigned[] {
  const names: Assigned[] = [];
  for (const m of stripped.matchAll(ASSIGNED)) {
    const list = m[1] ?? m[3]!;
    const declares = m[2] !== '=';
    const start = m.index + m[0].indexOf(list);
    for (const part of list.matchAll(/[A-Za-z_]\w*/g)) if (part[0] !== '_') names.push({ name: part[0], offset: start + part.index, declares });
  }
  return names;
}

/** Offsets where `name` stands as an identifier of its own (not a field or method after `.`), in code already `codeOnly`. */
export function usesOf(stripped: string, name: string): number[] {
  return [...stripped.matchAll(new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g'))].map((m) => m.index);
}

/** Offsets and names of package-like qualifiers (`name.`) that are not themselves after a `.`, in code already `codeOnly`. */
export function qualifiers(stripped: string): { name: string; offset: number }[] {
  return [...stripped.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*\.(?=\s*[A-Za-z_])/g)].map((m) => ({ name: m[1]!, offset: m.index }));
}
