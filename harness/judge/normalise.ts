// Named normalisers that let a documented output match what a snippet really printed: whitespace and comment
// padding, Python repr vs JSON-like text, compact vs pretty JSON, key order, a `<...>` wildcard, float tolerance.
import { documentedDeleteCount, hiddenItems } from './output-conventions.ts';

/** An output segment read as a value (JSON or Python literal) or, failing that, as normalised text. */
export type Parsed = { kind: 'value'; value: unknown } | { kind: 'text'; text: string };

const WILDCARD = '<...>';

/** Converts Python repr text (quotes, True/False/None, `<Enum: X>` reprs, tuples) to JSON text. */
export function pythonReprToJson(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      let body = '';
      while (j < text.length && text[j] !== ch) {
        if (text[j] === '\\' && j + 1 < text.length) {
          body += text[j + 1] === "'" ? "'" : text.slice(j, j + 2);
          j += 2;
        } else {
          body += text[j];
          j += 1;
        }
      }
      out += JSON.stringify(body);
      i = j + 1;
      continue;
    }
    if (ch === '<') {
      const end = text.indexOf('>', i);
      if (end > i) {
        out += JSON.stringify(text.slice(i, end + 1));
        i = end + 1;
        continue;
      }
    }
    const word = /^(True|False|None|nan|inf)\b/.exec(text.slice(i));
    if (word && !/[\w.]/.test(text[i - 1] ?? '')) {
      out += { True: 'true', False: 'false', None: 'null', nan: 'null', inf: '1e999' }[word[1] as 'True'];
      i += word[1]!.length;
      continue;
    }
    out += ch === '(' ? '[' : ch === ')' ? ']' : ch;
    i += 1;
  }
  return out.replace(/,\s*([\]}])/g, '$1');
}

/** Whitespace-normalised text: lines trimmed, runs of blanks collapsed, empty lines dropped. */
export function normaliseText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
    .join('\n');
}

/** Reads one output segment as a value if it is JSON or a Python literal, else as normalised text. */
export function parseSegment(text: string): Parsed {
  const trimmed = text.trim();
  // Java's List.toString: `[bob, alice]` (bare words) reads as a list of strings.
  const bare = /^\[([\w.:-]+(?:,\s*[\w.:-]+)*)?\]$/.exec(trimmed);
  if (bare && !/^\[[\d.,\s-]*\]$/.test(trimmed)) return { kind: 'value', value: bare[1] ? bare[1].split(/,\s*/) : [] };
  if (/^[[{(]/.test(trimmed) || /^-?\d/.test(trimmed) || /^(true|false|null|True|False|None)$/.test(trimmed) || /^"/.test(trimmed)) {
    for (const candidate of [trimmed, pythonReprToJson(trimmed)]) {
      try {
        return { kind: 'value', value: JSON.parse(candidate) as unknown };
      } catch {
        // try the next reading
      }
    }
  }
  return { kind: 'text', text: normaliseText(trimmed) };
}

function depthChange(line: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('[{('.includes(ch)) depth += 1;
    else if (']})'.includes(ch)) depth -= 1;
  }
  return depth;
}

/** Splits output into top-level segments: a bracketed value over several lines is one segment, other lines one each. */
export function segments(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let depth = 0;
  for (const line of text.split('\n')) {
    if (current.length === 0 && line.trim() === '') continue;
    current.push(line);
    depth += depthChange(line);
    if (depth <= 0) {
      out.push(current.join('\n'));
      current = [];
      depth = 0;
    }
  }
  if (current.length > 0) out.push(current.join('\n'));
  return out;
}

function numbersClose(expected: number, actual: number): boolean {
  return Math.abs(expected - actual) <= 1e-6 + 1e-3 * Math.abs(expected);
}

function textMatches(expected: string, actual: string): boolean {
  if (!expected.includes(WILDCARD) && !expected.includes('...')) return expected === actual;
  const pattern = expected
    .split(/<\.\.\.>|\.\.\./)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*?');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** How to compare: `unordered` lists of plain values compare as sets (the API promises no order). */
export interface MatchOptions {
  readonly unordered?: boolean;
  /** Values that depend on data the page does not give: compared by structure (keys, types, list lengths). */
  readonly structural?: boolean;
  /** The server leaves database names empty (milvus-lite): a documented `default` matches an empty or missing one. */
  readonly emptyDatabaseName?: boolean;
  /** milvus-lite's delete answers the deleted keys: a documented `{'delete_count': N}` matches a list of N keys. */
  readonly deleteReturnsKeys?: boolean;
  /** milvus-lite returns every field of a search hit when the search names none: a hit's entity may hold more. */
  readonly extraEntityFields?: boolean;
  /** Set for one level: the object compared has every documented key, and may have more. */
  readonly openObject?: boolean;
}

/** The keys SDKs print a database name under. */
const DATABASE_KEYS = new Set(['db_name', 'dbName', 'databaseName', 'database_name']);

/** A documented `default` database where milvus-lite printed an empty one or none (under `emptyDatabaseName`). */
function liteDatabaseName(key: string, expected: unknown, actual: Record<string, unknown>, options: MatchOptions): boolean {
  return Boolean(options.emptyDatabaseName) && DATABASE_KEYS.has(key) && expected === 'default' && (!(key in actual) || actual[key] === '');
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';
const sortedCopy = (list: readonly unknown[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Deep comparison with key order ignored, `<...>` matching anything and floats compared with tolerance. */
export function valuesMatch(expected: unknown, actual: unknown, options: MatchOptions = {}): boolean {
  if (expected === WILDCARD || expected === '...') return true;
  if (options.structural && isScalar(expected) && isScalar(actual))
    return typeof expected === typeof actual || (typeof expected === 'string' && typeof actual === 'string');
  if (
    options.unordered &&
    Array.isArray(expected) &&
    Array.isArray(actual) &&
    expected.every(isScalar) &&
    actual.every(isScalar) &&
    !expected.some((e) => e === WILDCARD || e === '...')
  ) {
    return valuesMatch(sortedCopy(expected), sortedCopy(actual));
  }
  if (options.deleteReturnsKeys && Array.isArray(actual) && documentedDeleteCount(expected) !== undefined)
    return actual.length === documentedDeleteCount(expected);
  if (typeof expected === 'number' && typeof actual === 'number') return numbersClose(expected, actual);
  if (typeof expected === 'string' && typeof actual === 'string') return textMatches(expected, actual);
  if (Array.isArray(expected) && Array.isArray(actual)) {
    // The docs' generator cut long arrays: the items shown, then how many it hid.
    const hidden = hiddenItems(expected.at(-1));
    if (hidden !== undefined)
      return actual.length === expected.length - 1 + hidden && expected.slice(0, -1).every((item, i) => valuesMatch(item, actual[i], options));
    const open = expected.length > 0 && [WILDCARD, '...'].includes(expected.at(-1) as string);
    const fixed = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < fixed.length : actual.length !== fixed.length) return false;
    return fixed.every((item, i) => valuesMatch(item, actual[i], options));
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(actual)) {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = Object.keys(e).filter((k) => k !== '...');
    const open = '...' in e || Boolean(options.openObject);
    options = { ...options, openObject: false };
    const unprinted = keys.filter((k) => !(k in a) && liteDatabaseName(k, e[k], a, options)).length;
    if (!open && keys.length - unprinted !== Object.keys(a).length) return false;
    const inner = (k: string) => (k === 'entity' && options.extraEntityFields ? { ...options, openObject: true } : options);
    return keys.every((k) => liteDatabaseName(k, e[k], a, options) || (k in a && valuesMatch(e[k], a[k], inner(k))));
  }
  return expected === actual;
}

/** A database name printed as text (`db_name: 'default'`, `databaseName=''`), either way written as the empty one. */
const TEXT_DATABASE_NAME = /\b(db_name|dbName|databaseName|database_name)(["']?\s*[:=]\s*)(["'])(?:default)?\3/g;

/** True when a documented segment matches an actual one under all normalisers. */
export function segmentsMatch(expected: string, actual: string, options: MatchOptions = {}): boolean {
  if (options.emptyDatabaseName) {
    const [e, a] = [expected, actual].map((text) => text.replace(TEXT_DATABASE_NAME, '$1$2$3$3'));
    if (parseSegment(e!).kind === 'text' && (e !== expected || a !== actual)) return segmentsMatch(e!, a!, { ...options, emptyDatabaseName: false });
  }
  const e = parseSegment(expected);
  const a = parseSegment(actual);
  if (e.kind === 'value' && a.kind === 'value') return valuesMatch(e.value, a.value, options);
  const eText = e.kind === 'text' ? e.text : normaliseText(expected);
  const aText = a.kind === 'text' ? a.text : normaliseText(actual);
  if (textMatches(eText, aText) || textMatches(normaliseText(pythonReprToJson(expected)), normaliseText(pythonReprToJson(actual)))) return true;
  // `whitespace`, across lines: a value printed on one line and documented pretty-printed (`data: [ … ]`) is the same.
  if (textMatches(eText.replace(/\s+/g, ''), aText.replace(/\s+/g, ''))) return true;
  // By structure, numbers (ids, distances) in printed text stand for any number.
  const numbersOut = (text: string) => text.replace(/-?\d+(\.\d+)?(e-?\d+)?/gi, '0');
  return Boolean(options.structural) && textMatches(numbersOut(eText), numbersOut(aText));
}
