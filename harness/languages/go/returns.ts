// Rewrites a Go snippet's own `return …` statements (not those inside function literals) into `dhReturn(…)`: the
// page assumes an enclosing function that returns an error; the harness turns a returned non-nil error into a
// runtime error at that line and lets a nil return go on to the next snippet. Lines are kept.

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits Go source into tokens worth looking at (identifiers, brackets, `;`, newlines), skipping strings and comments. */
export function goTokens(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i += 1;
    } else if (c === '/' && next === '*') {
      const close = code.indexOf('*/', i + 2);
      const end = close < 0 ? code.length : close + 2;
      if (code.slice(i, end).includes('\n')) tokens.push({ text: '\n', start: i, end });
      i = end;
    } else if (c === '"' || c === "'" || c === '`') {
      const start = i;
      i += 1;
      while (i < code.length && code[i] !== c && !(c !== '`' && code[i] === '\n')) i += code[i] === '\\' && c !== '`' ? 2 : 1;
      i += 1;
      tokens.push({ text: 'literal', start, end: i });
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < code.length && /\w/.test(code[i]!)) i += 1;
      tokens.push({ text: code.slice(start, i), start, end: i });
    } else {
      if (!/[ \t\r]/.test(c)) tokens.push({ text: c, start: i, end: i + 1 });
      i += 1;
    }
  }
  return tokens;
}

const CONTINUES = /^[.,([{+\-*/%&|^<>=!:]$/;

/** The snippet with its top-level returns rewritten to `dhReturn(…)` calls, same lines. */
export function rewriteReturns(code: string): string {
  const tokens = goTokens(code);
  const edits: { at: number; remove: number; insert: string }[] = [];
  const blocks: ('func' | 'block')[] = [];
  let pendingFunc: number | undefined; // paren depth at which a `func` keyword waits for its body
  let parens = 0;
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t]!;
    if (token.text === 'func') pendingFunc = parens;
    else if (token.text === '(' || token.text === '[') parens += 1;
    else if (token.text === ')' || token.text === ']') {
      parens -= 1;
      if (pendingFunc !== undefined && parens < pendingFunc) pendingFunc = undefined;
    } else if (token.text === '{') {
      blocks.push(pendingFunc !== undefined && pendingFunc === parens ? 'func' : 'block');
      pendingFunc = undefined;
    } else if (token.text === '}') blocks.pop();
    else if (token.text === '\n' && pendingFunc === parens && !CONTINUES.test(tokens[t - 1]?.text ?? '')) pendingFunc = undefined;
    else if (token.text === 'return' && !blocks.includes('func')) {
      const end = statementEnd(tokens, t + 1);
      let after = token.end;
      while (code[after] === ' ' || code[after] === '\t') after += 1;
      edits.push({ at: token.start, remove: after - token.start, insert: 'dhReturn(' });
      edits.push({ at: end, remove: 0, insert: ')' });
    }
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + edit.remove);
  return out;
}

/** Offset where the statement whose expression starts at token `from` ends. */
function statementEnd(tokens: readonly Token[], from: number): number {
  let depth = 0;
  for (let t = from; t < tokens.length; t += 1) {
    const text = tokens[t]!.text;
    if ('([{'.includes(text)) depth += 1;
    else if (')]}'.includes(text)) {
      if (depth === 0) return tokens[t]!.start;
      depth -= 1;
    } else if (depth === 0 && text === ';') return tokens[t]!.start;
    // At a line's end: right after its last token, before any trailing comment.
    else if (depth === 0 && text === '\n' && !CONTINUES.test(tokens[t - 1]?.text ?? '')) return t > from ? tokens[t - 1]!.end : tokens[t]!.start;
  }
  return tokens.at(-1)?.end ?? 0;
}
