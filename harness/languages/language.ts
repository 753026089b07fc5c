// What a language declares about itself (pure data, loaded by everything) and the registry entry that adds it.
import type { ReleaseIndex } from '../versions/release-index.ts';

/** Where a language's SDK releases are published (declared in harness/versions/, which reads it). */
export type { ReleaseIndex };

/** How one language spells a canonical fact that no generic rule reads (e.g. Java's `true` for a loaded collection). */
export interface FactSpelling {
  readonly kind: string;
  /** Only when the snippet's code matches (e.g. calls getLoadState). */
  readonly code?: RegExp;
  readonly pattern: RegExp;
  readonly value: (match: RegExpExecArray) => string | undefined;
}

/** A language's facts: how pages write it, how it prints canonical facts, what it runs with. */
export interface LanguageFacts<Name extends string = string> {
  /** The harness's name for it (`--lang`, report ids). */
  readonly name: Name;
  /** The tab label pages usually give it. */
  readonly label: string;
  /** Fence languages, `language-X` classes and tab hrefs that mean this language (lower case). */
  readonly aliases: readonly string[];
  /** When set, a block in one of the aliases is this language only if its code passes (else it is `other`). */
  readonly recognises?: (code: string) => boolean;
  /** The line-comment markers its documented outputs are written in (`#`, `//`). */
  readonly commentMarkers: readonly string[];
  /** Words that alone make a tab body a placeholder ("// go", "# restful"), besides the aliases. */
  readonly placeholderWords?: readonly string[];
  /** Its own spellings of canonical facts (`load-state`, `exists`, …) that the generic rules do not read. */
  readonly factSpellings?: readonly FactSpelling[];
  /** How it prints each canonical load state (`loaded`, `released`, `loading`, `missing`). */
  readonly loadStates?: Readonly<Record<string, string>>;
  /** The SDK package it runs with, for messages. */
  readonly sdk: string;
  /** About what one page's run takes (seconds, warm cache): to share a page's runs fairly between servers. */
  readonly runCost?: { readonly page: number; readonly perSnippet: number };
  /** What the judge reads in this language's code, output and errors (judge/ names no language: it asks every language). */
  readonly judging?: JudgingFacts;
}

/** How a language's code, output and errors look to the judge. Each pattern is tried on snippets of any language. */
export interface JudgingFacts {
  /** Calls that print what a reader sees (`print(`). */
  readonly printCalls?: RegExp;
  /** Calls whose lists come in no promised order (aliases, collections, partitions, databases, indexes, users, roles). */
  readonly unorderedCalls?: RegExp;
  /** Calls whose results depend on data and an index the page may not give (search hits: ids, distances, scores). */
  readonly searchCalls?: RegExp;
  /** Calls that answer whether a collection or partition exists (a bare true/false they print is an `exists` fact). */
  readonly existenceCalls?: RegExp;
  /** Undefined-name errors (run time or the compiler's), the name in the first group. */
  readonly undefinedName?: readonly RegExp[];
  /** How its SDK prints facts (write counts, row counts, load states by the server's state name), read in any output. */
  readonly printedFacts?: readonly FactSpelling[];
  /** A missing package the harness does not install, from an error: what it is, in a reader's words. */
  readonly missingPackage?: (message: string) => { readonly package: string; readonly note?: string } | undefined;
  /** An SDK error that lost the server's reason (so what another language's tab shows may explain it). */
  readonly lostServerReason?: RegExp;
}

/**
 * One line of the registry: the facts, and the URL of the adapter module (it exports `createAdapter()`), loaded only
 * when the language runs. A URL, not an import: the registry never depends on the adapters, which may use it. A
 * language without an adapter is one pages show that the harness cannot run (C++: no Milvus SDK in a package
 * registry): its tabs are read, reported and skipped (`no-sdk-package`).
 */
export interface LanguageEntry<Name extends string = string> {
  readonly facts: LanguageFacts<Name>;
  readonly adapter?: URL;
  /** Where its SDK is published (absent for a language that runs without an SDK, like curl). */
  readonly releases?: ReleaseIndex;
  /** A module exporting `loadApiDefinitions()`, when its SDK ships Milvus's gRPC API as protobufjs JSON (the call tap reads calls with it). */
  readonly apiDefinitions?: URL;
}
