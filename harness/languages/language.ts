// What a language declares about itself (pure data, loaded by everything) and the registry entry that adds it.

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
}

/**
 * One line of the registry: the facts, and the URL of the adapter module (it exports `createAdapter()`), loaded only
 * when the language runs. A URL, not an import: the registry never depends on the adapters, which may use it.
 */
export interface LanguageEntry<Name extends string = string> {
  readonly facts: LanguageFacts<Name>;
  readonly adapter: URL;
  /** Where its SDK is published (absent for a language that runs without an SDK, like curl). */
  readonly releases?: ReleaseIndex;
}

/** Where a language's SDK releases are published: the registry's own index, read by harness/versions/. */
export interface ReleaseIndex {
  /** The package as its registry names it, for messages (`pymilvus`). */
  readonly package: string;
  /** The registry, for messages (`PyPI`). */
  readonly registry: string;
  /** The version line used when `--sdk` names none (`2.6`: its newest release). */
  readonly defaultLine: string;
  /** Every published release, in the ecosystem's own spelling (`2.6.0rc1`, `v2.6.5`). Throws when the index cannot be read. */
  fetch(): Promise<string[]>;
  /** Only for indexes whose list can lack releases (a Go proxy): whether this exact release is served. */
  probe?(version: string): Promise<boolean>;
  /** The release as a semver (`2.6.0rc1` → `2.6.0-rc1`, `v2.6.5` → `2.6.5`); undefined for what is not a release. */
  toSemver(version: string): string | undefined;
  /** The semver back in the ecosystem's spelling (`2.6.5` → `v2.6.5` for Go). */
  fromSemver(version: string): string;
}
