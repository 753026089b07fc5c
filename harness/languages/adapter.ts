// The one interface every language implements; adding a language is one folder plus one ADAPTERS entry.
import type { Lang, Snippet, SnippetRun } from '../types.ts';
import type { Endpoint } from '../endpoint.ts';

/** What a language's runner gets for one page. */
export interface RunContext {
  readonly endpoint: Endpoint;
  /** Per-snippet timeout; the whole process tree is killed when it passes. */
  readonly timeoutMs: number;
  readonly strict: boolean;
  /** Whether the server answers REST v2 (curl tabs need it). */
  readonly hasRest: boolean;
  /** True when the page has a fixture (collection-not-found hints). */
  readonly hasFixture: boolean;
  /** Runs after each snippet while the driver waits (the server-state oracle). */
  readonly afterSnippet?: (id: string) => Promise<void>;
}

/** The SDK a language runs with, once installed. */
export interface PreparedSdk {
  /** e.g. `pymilvus 2.6.17`. */
  readonly description: string;
}

/** A language runner: installs its SDK into the cache and runs a page's snippets in page order. */
export interface LanguageAdapter {
  readonly lang: Lang;
  /** Installs (once) and returns the SDK for `version` (undefined: the default). */
  prepare(version: string | undefined): Promise<PreparedSdk>;
  /** Runs the snippets (all of this language, in page order) and returns one SnippetRun per snippet. */
  run(snippets: readonly Snippet[], context: RunContext): Promise<SnippetRun[]>;
}
