// Printed values mapped to canonical facts, so languages that spell them differently can be compared
// (e.g. a load state: `<LoadState: Loaded>`, `LoadStateLoaded`); each language adds its own spellings in its facts.
import type { Lang } from '../types.ts';
import { factsOf } from '../languages/registry.ts';
import { asksExistence, printedFactSpellings } from './language-facts.ts';

/** A fact read from output: what it is about, and its canonical value. */
export interface Fact {
  readonly kind: string;
  readonly value: string;
}

interface FactRule {
  readonly kind: string;
  /** Only for these languages (all when absent). */
  readonly langs?: readonly Lang[];
  /** Only when the snippet's code matches (e.g. calls getLoadState). */
  readonly code?: { test(code: string): boolean };
  readonly pattern: RegExp;
  readonly value: (match: RegExpExecArray) => string | undefined;
}

/** The load states that exist, by their name in the SDKs and the REST API, and their canonical value. */
const LOAD_STATES: Readonly<Record<string, string>> = {
  Loaded: 'loaded',
  NotLoad: 'released',
  Loading: 'loading',
  NotExist: 'missing',
};

/** A load-state name as written: its canonical value, or `unknown:<name>` for a name no SDK or API prints. */
function loadState(name: string): string {
  return LOAD_STATES[name] ?? `unknown:${name}`;
}

const yesNo = (word: string) => (word.toLowerCase() === 'true' ? 'yes' : 'no');

/** The generic table: a bare true/false after an existence call, then how each SDK prints facts (from the languages' facts). */
function genericRules(): FactRule[] {
  return [
    { kind: 'exists', code: { test: asksExistence }, pattern: /^\s*(True|False|true|false)\s*$/gm, value: (m) => yesNo(m[1]!) },
    ...printedFactSpellings().map((rule) => (rule.kind === 'load-state' ? { ...rule, value: (m: RegExpExecArray) => loadState(rule.value(m) ?? '') } : rule)),
  ];
}

/** True when a fact value is a spelling no SDK or API prints. */
export function isUnknownValue(value: string): boolean {
  return value.startsWith('unknown:');
}

/** Every spelling `lang` really prints for a fact kind (each language declares its own; none has `NotLoaded`). */
export function spellingsOf(kind: string, lang: Lang): string[] {
  if (kind !== 'load-state') return [];
  return Object.values(factsOf(lang)?.loadStates ?? {});
}

/** The rules for `lang`: the generic table, then the language's own spellings (declared in its facts). */
function rulesFor(lang: Lang): FactRule[] {
  return [...genericRules(), ...(factsOf(lang)?.factSpellings ?? []).map((rule) => ({ ...rule, langs: [lang] }))];
}

/** The rules that read the output of a snippet of `lang` with `code`. */
function applicableRules(lang: Lang, code: string): FactRule[] {
  return rulesFor(lang).filter((rule) => (!rule.langs || rule.langs.includes(lang)) && (!rule.code || rule.code.test(code)));
}

/** The facts a text states, in order, for a snippet of `lang` with `code`. */
export function factsIn(text: string, lang: Lang, code: string): Fact[] {
  const found: { index: number; fact: Fact }[] = [];
  for (const rule of applicableRules(lang, code)) {
    for (const match of text.matchAll(rule.pattern)) {
      const value = rule.value(match);
      if (value) found.push({ index: match.index, fact: { kind: rule.kind, value } });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.fact);
}

/** The last value of each fact kind: what the snippet ends up stating. */
export function finalFacts(facts: readonly Fact[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const fact of facts) last.set(fact.kind, fact.value);
  return last;
}

/**
 * `text` with every load state that reads as loaded spelled as not loaded, in `lang`'s own words (for a server known
 * to load what a real Milvus leaves unloaded).
 */
export function asNotLoaded(text: string, lang: Lang, code: string): string {
  const released = factsOf(lang)?.loadStates?.['released'];
  if (released === undefined) return text;
  let out = text;
  for (const rule of applicableRules(lang, code)) {
    if (rule.kind !== 'load-state') continue;
    const word = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(released)?.[1];
    if (!word) continue;
    let rebuilt = '';
    let from = 0;
    for (const match of out.matchAll(rule.pattern)) {
      const name = match[1];
      if (!name || rule.value(match) !== 'loaded') continue;
      const at = match.index + match[0].lastIndexOf(name);
      rebuilt += out.slice(from, at) + word;
      from = at + name.length;
    }
    out = rebuilt + out.slice(from);
  }
  return out;
}
