// The one interface every language implements; adding a language is one folder plus one line in registry.ts.
import type { Lang, Snippet, SnippetRun } from '../types.ts';
import type { Endpoint } from '../types.ts';
import type { SandboxMode } from '../process/sandbox/sandbox.ts';

/** What a language's runner gets for one page (snippets come with the page's address and token already mapped). */
export interface RunContext {
  readonly endpoint: Endpoint;
  /** Per-snippet timeout; the whole process tree is killed when it passes. */
  readonly timeoutMs: number;
  /** Whether the server answers REST v2 (curl tabs need it). */
  readonly hasRest: boolean;
  /** True when the page has a fixture (collection-not-found hints). */
  readonly hasFixture: boolean;
  /** Runs after each snippet while the driver waits (the server-state oracle). */
  readonly afterSnippet?: (id: string) => Promise<void>;
  /** How snippet processes are confined (none when absent), and the real server the sandbox forwards to. */
  readonly sandbox?: { readonly mode: SandboxMode; readonly server: Endpoint };
  /** Most characters kept of one snippet's stdout (and of its stderr). */
  readonly maxOutputChars?: number;
}

/** A language ready to run: its SDK installed, bound to one version. */
export interface PreparedRunner {
  /** The SDK and exact version, e.g. `pymilvus 2.6.17`. */
  readonly description: string;
  /**
   * Runs a page's snippets of this language, in page order, as one reader's program. Returns exactly one SnippetRun
   * per snippet, in the order given. A snippet's failure (syntax, compile, runtime, timeout) is a result, never a
   * throw; only faults of the harness itself throw (typed HarnessErrors).
   */
  run(snippets: readonly Snippet[], context: RunContext): Promise<SnippetRun[]>;
  /**
   * Starts the runtime the next `run` with this sandbox will take (a warm runtime), so that its start overlaps with
   * the server's start and reset; returns at once. Languages without one do nothing.
   */
  prewarm?(sandbox: RunContext['sandbox']): void;
}

/** A language: installs its SDK into the cache and gives a runner for it. */
export interface LanguageAdapter {
  readonly lang: Lang;
  /** Installs (once) the SDK for `version` (undefined: the default) and returns the runner bound to it. */
  prepare(version: string | undefined): Promise<PreparedRunner>;
}
