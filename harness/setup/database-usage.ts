// Which databases a page's code connects to or uses, and which it creates itself, in page order: what it assumes exists.
import { DEFAULT_DATABASE } from '../server/collection-spec.ts';
import type { Snippet } from '../types.ts';

/** Database names written where an API takes a database, in every SDK's spelling and REST's. */
const KEYED = [
  /\bdb_name\s*[=:]\s*["'](\w+)["']/g, // Python `MilvusClient(db_name=…)`, keyword arguments; Node request fields
  /\bdatabase\s*:\s*["'](\w+)["']/g, // Node `new MilvusClient({ database })`
  /\.(?:dbName|databaseName)\(\s*"(\w+)"/g, // Java `ConnectConfig.builder().dbName(…)`, database requests
  /\b(?:use|using|create|drop|describe)_database\(\s*["'](\w+)["']/g, // Python, positional
  /\buseDatabase\(\s*["'](\w+)["']/g, // Java `client.useDatabase(…)`
  /\bDBName\s*:\s*"(\w+)"/g, // Go `milvusclient.ClientConfig{DBName: …}`
  /\bNew\w*Database\w*Option\(\s*"(\w+)"/g, // Go `NewUseDatabaseOption(…)`, `NewCreateDatabaseOption(…)` …
  /\\?"dbName\\?"\s*:\s*\\?"(\w+)\\?"/g, // REST bodies
];

/** Code that creates a database (any SDK, or REST): the first database it names after this is the one it creates. */
const CREATES = /create_database|createDatabase|CreateDatabase|databases\/create/g;

/** A privilege grant names a database as the privilege's scope, not one it works in. */
const PRIVILEGE = /grant|revoke|privilege/i;

/** The code with its comments blanked out (offsets and lines kept): commented-out calls are not uses. */
export function blankComments(code: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch === '\\' ? code.slice(i, ++i + 1) : ch;
      continue;
    }
    const starts = (i === 0 || /\s/.test(code[i - 1]!)) && (ch === '#' || code.startsWith('//', i));
    if (starts) {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? code.length : end;
      out += ' '.repeat(stop - i);
      i = stop - 1;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    out += ch;
  }
  return out;
}

/** The code's statements as [start, end) offsets: split at `;` and at line ends that close no open bracket or chain. */
export function statements(code: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  let depth = 0;
  let quote: string | undefined;
  const continues = (i: number) => /[\\.,=+&|]$/.test(code.slice(start, i).trimEnd()) || /^\s*\./.test(code.slice(i + 1));
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === ';' || (ch === '\n' && depth === 0 && !continues(i))) {
      spans.push([start, i]);
      start = i + 1;
    }
  }
  spans.push([start, code.length]);
  return spans.filter(([from, to]) => code.slice(from, to).trim() !== '');
}

/** One database name in code, at its offset, and whether the statement writing it creates it. */
export interface DatabaseMention {
  readonly name: string;
  readonly offset: number;
  readonly creates: boolean;
}

/** The databases a piece of code names where an API takes one (privilege scopes and `default` left out), in order. */
export function databaseMentions(code: string): DatabaseMention[] {
  const clean = blankComments(code);
  const mentions: DatabaseMention[] = [];
  for (const [from, to] of statements(clean)) {
    const text = clean.slice(from, to);
    if (PRIVILEGE.test(text)) continue;
    const found = KEYED.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ name: m[1]!, at: m.index, end: m.index + m[0].length })));
    found.sort((a, b) => a.at - b.at);
    // Each create call creates the first database named where it is written or after it.
    const created = new Set([...text.matchAll(CREATES)].map((c) => found.find((f) => f.end > c.index)).filter((f) => f !== undefined));
    for (const f of found) if (f.name !== DEFAULT_DATABASE) mentions.push({ name: f.name, offset: from + f.at, creates: created.has(f) });
  }
  return mentions.sort((a, b) => a.offset - b.offset);
}

/** A database the page uses before (or without) creating it, and the page line of its first use. */
export interface AssumedDatabase {
  readonly name: string;
  readonly line: number;
}

/** What a page's code does with databases. */
export interface DatabaseUsage {
  /** Used by a language before that language creates it; each at its first such use on the page. */
  readonly assumed: readonly AssumedDatabase[];
  /** Every database the page names. */
  readonly mentioned: ReadonlySet<string>;
  /** Created by some snippet of the page. */
  readonly created: ReadonlySet<string>;
}

/** Reads the databases a page connects to, switches to or works in, and those it creates, per language in page order. */
export function databaseUsage(snippets: readonly Snippet[]): DatabaseUsage {
  const assumed = new Map<string, AssumedDatabase>();
  const mentioned = new Set<string>();
  const created = new Set<string>();
  const ordered = [...snippets].filter((s) => !s.placeholder).sort((a, b) => a.line - b.line);
  for (const lang of new Set(ordered.map((s) => s.lang))) {
    const createdSoFar = new Set<string>();
    for (const snippet of ordered.filter((s) => s.lang === lang)) {
      for (const mention of databaseMentions(snippet.code)) {
        mentioned.add(mention.name);
        if (mention.creates) {
          created.add(mention.name);
          createdSoFar.add(mention.name);
          continue;
        }
        if (createdSoFar.has(mention.name)) continue;
        const index = snippet.code.slice(0, mention.offset).split('\n').length - 1;
        const line = snippet.codeLines[index] ?? snippet.line;
        const earlier = assumed.get(mention.name);
        if (!earlier || line < earlier.line) assumed.set(mention.name, { name: mention.name, line });
      }
    }
  }
  return { assumed: [...assumed.values()], mentioned, created };
}
