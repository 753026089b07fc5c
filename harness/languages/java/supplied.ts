// Whether the harness supplies `client` (a MilvusClientV2 on the server) to a page's JShell, as a reader's earlier page
// would have: only when no Java snippet of the page declares or assigns a client of its own; the first use it then
// serves is a lint warning. A page that makes its client gets none: `client` it never declares does not compile.
import type { SupplyNote } from '../supply-notes.ts';

/** The code with every comment and the inside of every string, text block or char literal turned into spaces (newlines kept). */
export function javaCodeOnly(code: string): string {
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
    } else if (code.startsWith('"""', i)) {
      let j = i + 3;
      while (j < code.length && !code.startsWith('"""', j)) j += code[j] === '\\' ? 2 : 1;
      const end = Math.min(j + 3, code.length);
      out += `"""${blank(code.slice(i + 3, Math.min(j, code.length)))}${code.slice(Math.min(j, code.length), end)}`;
      i = end;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
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

/** What the harness does about `client` on one page, and the warning that says so (snippet-relative line). */
export interface JavaSupplied {
  readonly supply: boolean;
  readonly notes: readonly SupplyNote[];
}

const CLIENT_TYPES = '(?:MilvusClientV2|MilvusServiceClient|MilvusClient)';
/** A page's own client: `client` assigned or declared, a client type declared under any name, or a client constructed into a name. */
const MAKES_CLIENT = [
  /(?<![\w$.])client\s*=(?!=)/,
  /(?<![\w$.])(?:var|[A-Z][\w$.<>]*)\s+client\s*[;=]/,
  new RegExp(`\\b${CLIENT_TYPES}\\s+[A-Za-z_$][\\w$]*\\s*[;=]`),
  new RegExp(`(?<![\\w$.])[A-Za-z_$][\\w$]*\\s*=\\s*new\\s+(?:[\\w.]+\\.)?${CLIENT_TYPES}\\s*\\(`),
];

/** Decides whether the harness supplies `client` to the page whose Java snippets are `codes` (in page order). */
export function javaSupplied(codes: readonly string[]): JavaSupplied {
  const stripped = codes.map((code) => javaCodeOnly(code));
  if (stripped.some((code) => MAKES_CLIENT.some((pattern) => pattern.test(code)))) return { supply: false, notes: [] };
  const use = /(?<![\w$.])client(?![\w$])/;
  const snippet = stripped.findIndex((code) => use.test(code));
  if (snippet < 0) return { supply: true, notes: [] };
  const offset = use.exec(stripped[snippet]!)!.index;
  const line = codes[snippet]!.slice(0, offset).split('\n').length;
  const message =
    '`client` is never made on this page: the harness supplied it (a MilvusClientV2 on its server), so the tab runs here, ' +
    'but a reader who pastes the Java tabs gets `cannot find symbol: variable client`. Make it first: ' +
    '`MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder().uri(…).build())`.';
  return { supply: true, notes: [{ snippet, line, message }] };
}
