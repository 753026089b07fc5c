// The plain shapes a page run passes between its stages: what the run asks for, and what a language gave.
import type { Lang, Snippet, SnippetRun } from '../types.ts';
import type { StateSnapshot } from '../types.ts';
import type { SandboxMode } from '../process/sandbox/sandbox.ts';

/** What a run asks for (flags resolved). */
export interface RunOptions {
  readonly langs?: readonly Lang[];
  readonly sections?: readonly string[];
  readonly timeoutMs: number;
  readonly strict: boolean;
  /** The exact SDK releases each language runs with, oldest first (several: a drift matrix); absent: the runner's own. */
  readonly sdks: Readonly<Partial<Record<Lang, readonly string[]>>>;
  readonly fixture?: string;
  /** How snippet processes are confined. */
  readonly sandbox?: SandboxMode;
  /** Most characters kept of one snippet's stdout (and of its stderr). */
  readonly maxOutputChars?: number;
  /** Run everything again instead of reusing cached results (`--no-cache`). */
  readonly noCache?: boolean;
}

/** What one language gave at one SDK release: the runs of its reported tabs, the oracle's states, the SDK it ran with. */
export interface LanguageLayer {
  readonly lang: Lang;
  /** The SDK and exact release (`pymilvus 2.6.17`); absent for a language that runs without one, or did not run. */
  readonly sdk?: string;
  readonly runs: ReadonlyMap<string, SnippetRun>;
  readonly states: ReadonlyMap<string, StateSnapshot>;
}

/** A language run before settling: every snippet it ran (setup included) and what each gave, as the runner said. */
export interface RawLayer {
  readonly lang: Lang;
  readonly sdk?: string;
  /** The language's snippets run, in page order: the earlier ones as setup, then the reported ones. */
  readonly mine: readonly Snippet[];
  readonly results: readonly SnippetRun[];
  readonly reported: readonly Snippet[];
  readonly states: ReadonlyMap<string, StateSnapshot>;
}
