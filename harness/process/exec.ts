// Runs one language driver process: scrubbed env, own temp dir, optional sandbox, per-snippet timeout that kills the
// whole tree, output captured per snippet with a cap, and no waiting on pipes that detached children hold open.
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { trackPid } from './lifecycle.ts';
import { endDriver, killGroup, PageWatch } from './page-watch.ts';
import { OutputCapture } from './output-capture.ts';
import { newRunTag, RUN_TAG } from './sweep.ts';
import { sandboxLaunch } from './sandbox/sandbox.ts';
import type { DriverLaunch } from './launch.ts';
import type { DriverOptions, DriverOutcome } from './driver-protocol.ts';
import { env } from '../config/env.ts';
import { DEFAULTS } from '../config/defaults.ts';

/** The environment a snippet process gets: PATH and locale only, plus `extra`; never the parent's secrets. */
export function scrubbedEnv(home: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { HOME: home, TMPDIR: home, LANG: 'C.UTF-8', ...env.passedToSnippets(), ...extra };
}

export type { AfterSnippet, DriverError, DriverEvent, DriverOptions, DriverOutcome } from './driver-protocol.ts';
export type { DriverLaunch } from './launch.ts';

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
  child.stdin?.on('error', () => undefined);
  if (!afterSnippet) child.stdin?.end();
  const watch = new PageWatch({
    timeoutMs,
    startupMs,
    afterSnippet,
    kill: () => killGroup(child.pid!),
    release: () => {
      if (child.stdin?.writable) child.stdin.write('\n');
    },
  });
  const onEvent = (line: string) => void watch.take(line);
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
  watch.stop();
  // A detached child may still hold the driver's pipes: give them a moment, then end everything and stop reading.
  await endDriver(child, streamsDone, tag);
  await child.catch(() => undefined);
  await watch.barrier;
  await close();
  untrack();
  stdout.end();
  stderr.end();
  return {
    stdout: stdout.result(),
    stderr: stderr.result(),
    exitCode: code ?? undefined,
    signal: signal ?? undefined,
    events: watch.events,
    timedOut: watch.timedOut,
  };
}
