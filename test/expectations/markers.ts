// Reads the expectation markers a fixture page carries at the end of its lines (`# expect: syntax`), and its run flags.
import { readFileSync } from 'node:fs';
import type { FindingKind, Severity } from '../../harness/types.ts';

/** One finding a page expects: at a page line, of a kind and severity, its message matching a pattern. */
export interface Marker {
  /** The page line the finding must be at: the marker's own line, moved by its `@+n`/`@-n`. */
  readonly line: number;
  /** The page line the marker is written on. */
  readonly at: number;
  /** Only on a variant of the page a test makes (a planted defect, an SDK release): `expect(name): …`. */
  readonly variant?: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly pattern?: RegExp;
  /** `in <tab-id>`: the tab the finding belongs to; `in page`: a finding of no tab. Else the tab around the line, if any. */
  readonly tab?: string;
}

/** A page's markers and the flags its run needs (`<!-- expect-args: --lang python,node -->`). */
export interface PageExpectations {
  readonly markers: readonly Marker[];
  readonly args: readonly string[];
}

/** Every kind a finding can have (exhaustive: a new kind must be added here). */
const KINDS = {
  syntax: true,
  compile: true,
  runtime: true,
  timeout: true,
  'output-mismatch': true,
  'cross-language': true,
  state: true,
  'missing-tab': true,
  unsupported: true,
  'output-cut': true,
  lint: true,
} satisfies Record<FindingKind, true>;

/** A comment opener (`#`, `//`, `<!--`) directly followed by a marker head. */
const OPENER = /(?:#|\/\/|<!--)\s*(?=expect[(@:])/;
/** One marker head in a comment: `expect`, an optional `(variant)`, an optional `@±n`, a colon. */
const HEAD = /(?:^|\s)expect(?:\(([\w.=-]+)\))?(?:@([+-]\d+))?:/g;
const ARGS = /<!--\s*expect-args:(.*?)-->/;

/** The expectations of the page file at `file`. */
export function readExpectations(file: string): PageExpectations {
  return parseExpectations(readFileSync(file, 'utf8'), file);
}

/** The markers of a page's text, with page lines; a malformed marker throws, naming its line. */
export function parseExpectations(text: string, name = 'page'): PageExpectations {
  const markers: Marker[] = [];
  const args: string[] = [];
  text.split('\n').forEach((content, index) => {
    const at = index + 1;
    const where = `${name}:${at}`;
    const flags = ARGS.exec(content);
    if (flags) args.push(...flags[1]!.trim().split(/\s+/).filter(Boolean));
    const opener = OPENER.exec(content);
    if (!opener) return;
    let comment = content.slice(opener.index + opener[0].length);
    if (opener[0].startsWith('<!--')) comment = comment.replace(/\s*-->\s*$/, '');
    const heads = [...comment.matchAll(HEAD)];
    if (heads[0]?.index !== 0) throw new Error(`${where}: malformed expectation marker: ${comment}`);
    heads.forEach((head, h) => {
      const body = comment.slice(head.index + head[0].length, heads[h + 1]?.index ?? comment.length).trim();
      const offset = head[2] ? Number(head[2]) : 0;
      markers.push(Object.freeze({ line: at + offset, at, ...(head[1] ? { variant: head[1] } : {}), ...parseClause(body, where) }));
    });
  });
  return { markers, args };
}

/** The markers of one variant of the page (`undefined`: the page as it is). */
export function markersOf(expectations: PageExpectations, variant?: string): Marker[] {
  return expectations.markers.filter((m) => m.variant === variant);
}

/** `kind [error|warning] [/regex/flags] [in tab-id]`. */
function parseClause(body: string, where: string): Pick<Marker, 'kind' | 'severity' | 'pattern' | 'tab'> {
  const kind = /^[a-z-]+/.exec(body)?.[0] ?? '';
  if (!(kind in KINDS)) throw new Error(`${where}: unknown finding kind \`${kind}\` in \`${body}\`; expected one of ${Object.keys(KINDS).join(', ')}`);
  let rest = body.slice(kind.length).trimStart();
  const severity = /^(error|warning)\b/.exec(rest)?.[1] as Severity | undefined;
  if (severity) rest = rest.slice(severity.length).trimStart();
  let pattern: RegExp | undefined;
  if (rest.startsWith('/')) {
    const end = closingSlash(rest, where);
    const flags = /^[a-z]*/.exec(rest.slice(end + 1))![0];
    if (/[gy]/.test(flags)) throw new Error(`${where}: the flags g and y make a pattern stateful: leave them out`);
    pattern = new RegExp(rest.slice(1, end), flags);
    rest = rest.slice(end + 1 + flags.length).trimStart();
  }
  const tab = /^in\s+(\S+)$/.exec(rest)?.[1];
  if (rest && !tab) throw new Error(`${where}: cannot read \`${rest}\` in \`${body}\`; expected \`kind [error|warning] [/regex/flags] [in tab-id]\``);
  return { kind: kind as FindingKind, severity: severity ?? 'error', ...(pattern ? { pattern } : {}), ...(tab ? { tab } : {}) };
}

/** The index of the `/` that closes the pattern opened at 0 (escapes and character classes skipped). */
function closingSlash(text: string, where: string): number {
  let inClass = false;
  for (let i = 1; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i;
  }
  throw new Error(`${where}: the pattern ${text} is never closed with /`);
}
