// The registry: the one place that lists the languages, in run order. Everything else (the language type, fence
// aliases, placeholder words, canonical spellings, --lang values, hints) is derived from the entries' facts.
import type { LanguageEntry, LanguageFacts } from './language.ts';
import type { SdkCatalogue } from '../versions/release-index.ts';
import type { Lang } from '../types.ts';
import { cpp } from './cpp/index.ts';
import { curl } from './curl/index.ts';
import { go } from './go/index.ts';
import { java } from './java/index.ts';
import { node } from './node/index.ts';
import { python } from './python/index.ts';

/** The built-in languages, in run order: one line each (C++ last: shown, never run). */
const BUILT_IN = [python, java, node, go, curl, cpp] as const satisfies readonly LanguageEntry<Exclude<Lang, 'other'>>[];

/** A compile error when a name of `Lang` has no registry line. */
type Unlisted = Exclude<Lang, 'other' | (typeof BUILT_IN)[number]['facts']['name']>;
const everyLangListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyLangListed;

const entries: LanguageEntry[] = [...BUILT_IN];

/** Adds a language at run time (a language kept outside this folder, e.g. a test's toy language). */
export function registerLanguage(entry: LanguageEntry): void {
  if (entries.some((e) => e.facts.name === entry.facts.name)) throw new Error(`language ${entry.facts.name} is already registered`);
  entries.push(entry);
}

/** Every language's facts, in run order (the languages shown and never run too: pages are read with them). */
export function languageFacts(): readonly LanguageFacts[] {
  return entries.map((e) => e.facts);
}

/** The names of the languages the harness runs, in run order (`--lang` values, run jobs, tab parity). */
export function languageNames(): Lang[] {
  return entries.filter((e) => e.adapter).map((e) => e.facts.name as Lang);
}

/** The names of the languages pages show that the harness never runs (no adapter: C++). */
export function shownOnlyNames(): Lang[] {
  return entries.filter((e) => !e.adapter).map((e) => e.facts.name as Lang);
}

/** The registry entry of one language, if it is registered. */
export function entryOf(lang: string): LanguageEntry | undefined {
  return entries.find((e) => e.facts.name === lang);
}

/** The facts of one language, if it is registered. */
export function factsOf(lang: string): LanguageFacts | undefined {
  return entries.find((e) => e.facts.name === lang)?.facts;
}

/** True when the harness can run `lang` (registered, with an adapter). */
export function isRunnable(lang: string): boolean {
  return entries.some((e) => e.facts.name === lang && e.adapter);
}

/** The URL of `lang`'s adapter module (see load-adapter.ts). */
export function adapterModule(lang: string): URL {
  const entry = entries.find((e) => e.facts.name === lang);
  if (!entry?.adapter) throw new Error(`no runnable language ${lang} is registered`);
  return entry.adapter;
}

/** The module of the first language whose SDK ships Milvus's API definitions (see api-definitions.ts). */
export function apiDefinitionsModule(): URL | undefined {
  return entries.find((e) => e.apiDefinitions)?.apiDefinitions;
}

/** `--lang` values that leave `lang` out, for hints (e.g. when its toolchain is missing). */
export function langsWithout(lang: string): string {
  return languageNames()
    .filter((name) => name !== lang)
    .join(',');
}

/** The languages' SDKs as harness/versions/ takes them (names in run order, release indexes, package names). */
export function sdkCatalogue(): SdkCatalogue {
  return { names: languageNames(), indexOf: (lang) => entryOf(lang)?.releases, packageOf: (lang) => factsOf(lang)?.sdk };
}
