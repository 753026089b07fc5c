// Whether the harness supplies `client` (and `milvus_client`, a MilvusClient on the server) to a page's Python program,
// as a reader's earlier page would have: only when no Python snippet of the page makes a client of its own; the first
// use it then serves is a lint warning. A page that makes its client gets none: a name it never assigns is a NameError.
import type { SupplyNote } from '../supply-notes.ts';

/** What the harness does about `client` on one page, and the warning that says so (snippet-relative line). */
export interface PythonSupplied {
  readonly supply: boolean;
  /** The first snippet that makes the page's own client (a program resumed after it gets the client back). */
  readonly maker?: number;
  readonly notes: readonly SupplyNote[];
}

/** The code with comments and the inside of strings blanked (newlines kept), so names in them are not read. */
function codeOnly(code: string): string {
  return code.replace(/("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|#[^\n]*)/g, (text) =>
    text.startsWith('#') ? ' '.repeat(text.length) : text[0] + text.slice(1, -1).replace(/[^\n]/g, ' ') + text.at(-1),
  );
}

/** A page's own client: `client` or `milvus_client` assigned, or a MilvusClient constructed into any name. */
const MAKES_CLIENT = [/^\s*(?:client|milvus_client)\s*(?::[^=\n]+)?=(?!=)/m, /^\s*[A-Za-z_]\w*\s*=\s*(?:\w+\.)?MilvusClient\s*\(/m];
/** A use of a supplied name (not an attribute, not a keyword argument). */
const USES_CLIENT = /(?<![\w.])(client|milvus_client)\b(?!\s*=[^=])/;

/** Decides whether the harness supplies `client` to the page whose Python snippets are `codes` (in page order). */
export function pythonSupplied(codes: readonly string[]): PythonSupplied {
  const stripped = codes.map(codeOnly);
  const maker = stripped.findIndex((code) => MAKES_CLIENT.some((pattern) => pattern.test(code)));
  if (maker >= 0) return { supply: false, maker, notes: [] };
  const snippet = stripped.findIndex((code) => USES_CLIENT.test(code));
  if (snippet < 0) return { supply: true, notes: [] };
  const match = USES_CLIENT.exec(stripped[snippet]!)!;
  const line = codes[snippet]!.slice(0, match.index).split('\n').length;
  const name = match[1]!;
  const message =
    `\`${name}\` is never made on this page: the harness supplied it (a MilvusClient on its server), so the tab runs here, ` +
    `but a reader who runs the Python tabs gets \`NameError: name '${name}' is not defined\`. Make it first: ` +
    `\`${name} = MilvusClient(uri="http://localhost:19530", token="root:Milvus")\`.`;
  return { supply: true, notes: [{ snippet, line, message }] };
}
