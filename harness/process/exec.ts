// Runs one language driver process: scrubbed env, own temp dir, optional sandbox, per-snippet timeout that kills the
// whole tree, output captured per snippet with a cap, and no waiting on pipes that detached children hold open.
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { trackPid } from './lifecycle.ts';
import { OutputCapture, type CapturedPart } from './output-capture.ts';
import { killTagged, newRunTag, RUN_TAG } from './sweep.ts';
import type { Endpoint } from '../types.ts';
import { sandboxLaunch, type SandboxMode } from './sandbox/sandbox.ts';
import type { DriverLaunch } from './launch.ts';
import { env } from '../config/env.ts';
import { DEFAULTS } from '../config/defaults.ts';

/** An event a driver writes on fd 3, one JSON object per line. */
export interface DriverEvent {
  /** `late`: an error that surfaced after its snippet ended (an un-awaited promise), blamed on snippet `id`. */
  readonly event: 'start' | 'end' | 'late';
  readonly id: string;
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

export type { DriverLaunch } from './launch.ts';

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

/** The environment a snippet process gets: PATH and locale only, plus `extra`; never the parent's secrets. */
export function scrubbedEnv(home: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { HOME: home, TMPDIR: home, LANG: 'C.UTF-8', ...env.passedToSnippets(), ...extra };
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

/** How long output may keep coming after the driver exited (a child still holding the pipe) before it is cut off. */
const PIPE_GRACE_MS = 1000;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/** Starts a driver and watches its events; a snippet running longer than the timeout gets the tree killed. */
export async function runDriver(plain: DriverLaunch, options: DriverOptions): Promise<DriverOutcome> {
  const { timeoutMs, afterSnippet, startupMs = 60_000, maxOutputChars = DEFAULTS.maxOutputBytes } = options;
  const tag = newRunTag();
  const { launch, close } = options.sandbox
    ? await sandboxLaunch(plain, options.sandbox.mode, options.sandbox.endpoint)
    : { launch: plain, close: async () => undefined };
  const child = execa(launch.command, [...launch.args], {
    cwd: launch.cwd,
    env: { ...launch.env, [RUN_TAG]: tag, ...(afterSnippet ? { DH_BARRIER: '1' } : {}) },
    extendEnv: false,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    detached: true,
    reject: false,
    buffer: false,
  });
  const untrack = trackPid(child.pid!);
  const events: DriverEvent[] = [];
  let current: string | undefined;
  let timedOut: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let barrier: Promise<void> = Promise.resolve();
  child.stdin?.on('error', () => undefined);
  if (!afterSnippet) child.stdin?.end();
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        timedOut = current ?? '(startup)';
        killGroup(child.pid!);
      },
      Math.min(ms, 2 ** 31 - 1),
    );
  };
  arm(startupMs + timeoutMs);
  const onEvent = (line: string) => {
    let event: DriverEvent;
    try {
      event = JSON.parse(line) as DriverEvent;
    } catch {
      return;
    }
    events.push(event);
    if (event.event === 'start') {
      current = event.id;
      arm(timeoutMs);
    } else if (event.event === 'end') {
      current = undefined;
      arm(startupMs + timeoutMs);
      if (afterSnippet) {
        barrier = barrier
          .then(() => afterSnippet(event.id))
          .catch(() => undefined)
          .then(() => {
            if (child.stdin?.writable) child.stdin.write('\n');
          });
      }
    }
  };
  const stdout = new OutputCapture(maxOutputChars, onEvent); // drivers without fd 3 (the JVM) write events here
  const stderr = new OutputCapture(maxOutputChars);
  const streamsDone = Promise.all(
    [
      [child.stdout!, stdout],
      [child.stderr!, stderr],
    ].map(
      ([stream, capture]) =>
        new Promise<void>((resolve) => {
          const s = stream as NodeJS.ReadableStream;
          const c = capture as OutputCapture;
          s.on('data', (chunk: Buffer) => c.push(chunk));
          s.on('error', () => resolve());
          s.on('end', () => resolve());
          s.on('close', () => resolve());
        }),
    ),
  );
  createInterface({ input: child.stdio[3] as NodeJS.ReadableStream }).on('line', onEvent);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const { code, signal } = await exited;
  clearTimeout(timer);
  // A detached child may still hold the driver's pipes: give them a moment, then end everything and stop reading.
  const drained = await Promise.race([streamsDone.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), PIPE_GRACE_MS))]);
  killGroup(child.pid!);
  await killTagged(tag);
  if (!drained) for (const stream of [child.stdout, child.stderr, child.stdio[3]]) (stream as (NodeJS.ReadableStream & { destroy(): void }) | null)?.destroy();
  await child.catch(() => undefined);
  await barrier;
  await close();
  untrack();
  stdout.end();
  stderr.end();
  return {
    stdout: stdout.result(),
    stderr: stderr.result(),
    exitCode: code ?? undefined,
    signal: signal ?? undefined,
    events,
    timedOut,
  };
}
