// The rows a page shows for a collection it assumes ("the examples assume these entities: [{"id": 0, …}, …]"): a
// library collection takes them instead of its made-up rows, so queries whose documented rows are the page's see them.
import type { CollectionSpec } from '../server/collection-spec.ts';
import type { Page } from '../types.ts';

type Row = Record<string, unknown>;

/** A Python or JavaScript list literal of flat objects as JSON text (True/False/None, single quotes, trailing commas). */
function asJson(code: string): string {
  return code
    .replace(/^\s*(?:(?:const|let|var)\s+)?\w+\s*=\s*/, '')
    .replace(/;\s*$/, '')
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
    .replace(/\bNone\b/g, 'null')
    .replace(/'([^'\\]*)'/g, '"$1"')
    .replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":')
    .replace(/,(\s*[\]}])/g, '$1');
}

/** The list of rows a block's whole code is, or undefined when it is anything else. */
function rowsOf(code: string): Row[] | undefined {
  const text = code.trim();
  if (!/^(?:(?:const|let|var)\s+)?(?:\w+\s*=\s*)?\[/.test(text) || !/\]\s*;?$/.test(text)) return undefined;
  try {
    const rows: unknown = JSON.parse(asJson(text));
    if (!Array.isArray(rows) || rows.length === 0) return undefined;
    return rows.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row)) ? (rows as Row[]) : undefined;
  } catch {
    return undefined;
  }
}

/** True when every row has the collection's primary key and vectors of its dimension, and no field it lacks. */
function fits(rows: readonly Row[], spec: CollectionSpec): boolean {
  const primary = spec.fields.find((f) => f.primaryKey)!;
  const vectors = spec.fields.filter((f) => /FLOAT_VECTOR$/i.test(f.type));
  return rows.every(
    (row) =>
      (primary.autoId || row[primary.name] !== undefined) &&
      vectors.every((v) => Array.isArray(row[v.name]) && (row[v.name] as unknown[]).length === v.dim) &&
      (spec.dynamicField || Object.keys(row).every((key) => spec.fields.some((f) => f.name === key))),
  );
}

/** The rows a block outside the page's tab groups shows that fit `spec`, with that block's line, if any. */
export function pageRowsFor(spec: CollectionSpec, page: Pick<Page, 'blocks'>): { rows: Row[]; line: number } | undefined {
  for (const { tab } of page.blocks) {
    const rows = rowsOf(tab.code);
    if (rows && fits(rows, spec)) return { rows, line: tab.line };
  }
  return undefined;
}
