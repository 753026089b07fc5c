// Runs one language driver process: scrubbed env, own temp dir, per-snippet timeout that kills the whole tree.
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { trackPid } from './lifecycle.ts';

/** An event a driver writes on fd 3, one JSON object per line. */
export interface DriverEvent {
  readonly event: 'start' | 'end';
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

/** How to start a driver. */
export interface DriverLaunch {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Variables the language needs; nothing else of the parent's environment is passed. */
  readonly env: Readonly<Record<string, string>>;
}

/** What a driver process gave. */
export interface DriverOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly events: readonly DriverEvent[];
  /** The snippet that was running when the timeout killed the process. */
  readonly timedOut: string | undefined;
}

/** Prefix of an event line on stdout, for drivers without fd 3. */
export const EVENT_PREFIX = '\u001eDHEV:';
const EVENT_LINES = /\u001eDHEV:[^\n]*\n/g;

const BASE_ENV_KEYS = ['PATH', 'LANG', 'LC_ALL', 'TZ'];

/** The environment a snippet process gets: PATH and locale only, plus `extra`; never the parent's secrets. */
export function scrubbedEnv(home: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = { HOME: home, TMPDIR: home, LANG: 'C.UTF-8' };
  for (const key of BASE_ENV_KEYS) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Called after each snippet ends, while the driver waits (the server-state oracle reads state here). */
export type AfterSnippet = (id: string) => Promise<void>;

/**
 * Starts a driver and watches its events; a snippet running longer than `timeoutMs` gets the tree killed. With
 * `afterSnippet`, the driver waits after each snippet (DH_BARRIER=1) until the hook has run and a newline arrives.
 */
export async function runDriver(launch: DriverLaunch, timeoutMs: number, afterSnippet?: AfterSnippet, startupMs = 60_000): Promise<DriverOutcome> {
  const child = execa(launch.command, [...launch.args], {
    cwd: launch.cwd,
    env: { ...launch.env, ...(afterSnippet ? { DH_BARRIER: '1' } : {}) },
    extendEnv: false,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    detached: true,
    reject: false,
    stripFinalNewline: false,
    maxBuffer: 64 * 1024 * 1024,
  });
  const untrack = trackPid(child.pid!);
  const events: DriverEvent[] = [];
  let current: string | undefined;
  let timedOut: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let barrier: Promise<void> = Promise.resolve();
  child.stdin?.on('error', () => undefined);
  if (!afterSnippet) child.stdin?.end();
  const killTree = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = current ?? '(startup)';
      killTree();
    }, ms);
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
    } else {
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
  createInterface({ input: child.stdio[3] as NodeJS.ReadableStream }).on('line', onEvent);
  // Drivers that cannot open fd 3 (the JVM) write events on stdout as `EVENT_PREFIX{json}` lines.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith(EVENT_PREFIX)) onEvent(line.slice(EVENT_PREFIX.length));
  });
  const result = await child;
  clearTimeout(timer);
  await barrier;
  killTree(); // anything the snippets left running in the group
  untrack();
  return {
    stdout: String(result.stdout ?? '').replace(EVENT_LINES, ''),
    stderr: String(result.stderr ?? ''),
    exitCode: result.exitCode,
    signal: result.signal,
    events,
    timedOut,
  };
}
