// What a language driver and the harness say to each other: the events a driver writes, and what a run gives back.
import type { CapturedPart } from './output-capture.ts';
import type { SandboxMode } from './sandbox/sandbox.ts';
import type { Endpoint } from '../types.ts';

/** An event a driver writes on fd 3, one JSON object per line. */
export interface DriverEvent {
  /**
   * `late`: an error that surfaced after its snippet ended (an un-awaited promise), blamed on snippet `id`.
   * `page-done`: a warm runtime finished a page (`exitCode`/`signal`: how its page process ended; `retire`: start a
   * fresh runtime next).
   */
  readonly event: 'start' | 'end' | 'late' | 'page-done';
  readonly id: string;
  readonly exitCode?: number;
  readonly signal?: string;
  readonly retire?: boolean;
  /** `skipped`: the snippet could not run because an earlier one failed (`dependsOn` says which). */
  readonly status?: 'ok' | 'error' | 'skipped';
  readonly error?: DriverError;
  /** Every error of the snippet (drivers that report several, e.g. all compile errors). */
  readonly errors?: readonly DriverError[];
  /** What the harness changed in the snippet (an added import), reported as `lint` warnings. */
  readonly notes?: readonly { line: number; message: string }[];
  /** The earlier snippet whose failure kept this one from running: the name it declared, or where it stopped the program. */
  readonly dependsOn?: { id: string; line: number; name?: string };
  readonly durationMs?: number;
}

/** One error a driver reports; `line` is 1-based in the snippet. */
export interface DriverError {
  readonly kind: 'syntax' | 'compile' | 'runtime';
  readonly line?: number;
  readonly message: string;
}

/** What a driver process gave; output is per snippet id (before the first marker: the empty id). */
export interface DriverOutcome {
  readonly stdout: ReadonlyMap<string, CapturedPart>;
  readonly stderr: ReadonlyMap<string, CapturedPart>;
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly events: readonly DriverEvent[];
  /** The snippet that was running when the timeout killed the process. */
  readonly timedOut: string | undefined;
}

/** Called after each snippet ends, while the driver waits (the server-state oracle reads state here). */
export type AfterSnippet = (id: string) => Promise<void>;

/** How a driver runs. */
export interface DriverOptions {
  /** Per-snippet timeout. */
  readonly timeoutMs: number;
  /** With it, the driver waits after each snippet (DH_BARRIER=1) until the hook has run and a newline arrives. */
  readonly afterSnippet?: AfterSnippet;
  /** Time to reach the first snippet (runtime start), on top of the timeout. */
  readonly startupMs?: number;
  /** Most characters kept of each snippet's stdout and of its stderr. */
  readonly maxOutputChars?: number;
  /** The sandbox and the server it may reach. */
  readonly sandbox?: { readonly mode: SandboxMode; readonly endpoint: Endpoint };
}
