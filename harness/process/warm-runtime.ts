// One language driver kept running across pages ("serve" mode): the harness writes one request line per page on its
// stdin; the driver runs the page in a fresh scope (a forked process, a fresh JShell), writes the page-end marker on
// stdout and stderr and a page-done event, and waits for the next. Same sandbox, timeouts and capture as a process per page.
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { trackPid } from './lifecycle.ts';
import { endDriver, killGroup, PageWatch } from './page-watch.ts';
import { OutputCapture, PAGE_END_ID } from './output-capture.ts';
import { killTagged, newRunTag, RUN_TAG, taggedPids } from './sweep.ts';
import { sandboxLaunch } from './sandbox/sandbox.ts';
import type { DriverLaunch } from './launch.ts';
import type { Endpoint } from '../types.ts';
import type { DriverEvent, DriverOptions, DriverOutcome } from './driver-protocol.ts';
import { DEFAULTS } from '../config/defaults.ts';

/** How long a runtime asked to stop (stdin closed) may take before it is killed. */
const STOP_GRACE_MS = 1500;

/** Starts the driver detached (its own process group), with pipes for stdin, stdout, stderr and events (fd 3). */
function spawnServing(launch: DriverLaunch, extraEnv: Readonly<Record<string, string>>) {
  return execa(launch.command, [...launch.args], {
    cwd: launch.cwd,
    env: { ...launch.env, ...extraEnv },
    extendEnv: false,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    detached: true,
    reject: false,
    buffer: false,
  });
}

type ServingChild = ReturnType<typeof spawnServing>;

/** The page being run: its captures, its watch, and which of its three ends (stdout, stderr, page-done) arrived. */
interface Page {
  readonly stdout: OutputCapture;
  readonly stderr: OutputCapture;
  readonly watch: PageWatch;
  readonly ends: Set<'stdout' | 'stderr' | 'done'>;
  done?: DriverEvent;
  finish: () => void;
}

/** A driver process that runs page after page; `reusable` is false once it died or asked to retire. */
export class WarmRuntime {
  private page: Page | undefined;
  private exit: { code: number | undefined; signal: string | undefined } | undefined;
  private retired = false;
  /** The runtime's own processes (driver, sandbox, forwarder), taken when its first snippet starts: never a page's. */
  private core: Promise<Set<number>> | undefined;
  private readonly exited: Promise<void>;
  private readonly streamsDone: Promise<unknown>;
  private stopping: Promise<void> | undefined;

  private constructor(
    private readonly child: ServingChild,
    private readonly tag: string,
    private readonly closeSandbox: () => Promise<void>,
    private readonly retarget: (endpoint: Endpoint) => void,
    private readonly untrack: () => void,
  ) {
    child.stdin?.on('error', () => undefined);
    const route = (name: 'stdout' | 'stderr') => (chunk: Buffer) => this.page?.[name].push(chunk);
    child.stdout?.on('data', route('stdout'));
    child.stderr?.on('data', route('stderr'));
    this.streamsDone = Promise.all(
      [child.stdout, child.stderr].map((stream) => new Promise<void>((resolve) => (stream ? stream.once('close', () => resolve()) : resolve()))),
    );
    createInterface({ input: child.stdio[3] as NodeJS.ReadableStream }).on('line', (line) => this.onEvent(line));
    this.exited = new Promise<void>((resolve) => {
      const ended = (code: number | null | undefined, signal: string | null | undefined) => {
        this.exit ??= { code: code ?? undefined, signal: signal ?? undefined };
        this.page?.finish();
        resolve();
      };
      child.once('exit', ended);
      // A driver that could not even start (no such command) ends the promise without an exit event.
      void child.then((result) => ended(result.exitCode, result.signal)).catch(() => ended(undefined, undefined));
    });
  }

  /** Starts `plain` (its cwd is the runtime's home folder), sandboxed as `options` say. */
  static async start(plain: DriverLaunch, options: Pick<DriverOptions, 'sandbox'> & { readonly barrier: boolean }): Promise<WarmRuntime> {
    const tag = newRunTag();
    const sandboxed = options.sandbox?.mode.kind === 'bwrap';
    const { launch, close, retarget } = options.sandbox
      ? await sandboxLaunch(plain, options.sandbox.mode, options.sandbox.endpoint)
      : { launch: plain, close: async () => undefined, retarget: () => undefined };
    const child = spawnServing(launch, {
      [RUN_TAG]: tag,
      DH_SERVE: '1',
      ...(options.barrier ? { DH_BARRIER: '1' } : {}),
      ...(sandboxed ? { DH_PRIVATE_TMP: '1' } : {}),
    });
    return new WarmRuntime(child, tag, close, retarget, trackPid(child.pid!));
  }

  /** True while the runtime can take another page. */
  get reusable(): boolean {
    return this.exit === undefined && !this.retired;
  }

  /** Runs one page: `request` is the line the driver reads (`pageTag` tags what the page starts); the outcome is a process per page's, page for page. */
  async runPage(request: string, pageTag: string, options: DriverOptions): Promise<DriverOutcome> {
    const { timeoutMs, afterSnippet, startupMs = 60_000, maxOutputChars = DEFAULTS.maxOutputBytes } = options;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const ended = (part: 'stdout' | 'stderr') => (id: string) => {
      if (id === PAGE_END_ID) this.reached(page, part);
    };
    const watch = new PageWatch({
      timeoutMs,
      startupMs,
      afterSnippet,
      kill: () => killGroup(this.child.pid!),
      release: () => {
        if (this.child.stdin?.writable) this.child.stdin.write('\n');
      },
    });
    const page: Page = {
      stdout: new OutputCapture(maxOutputChars, (line) => this.onEvent(line), ended('stdout')),
      stderr: new OutputCapture(maxOutputChars, () => undefined, ended('stderr')),
      watch,
      ends: new Set(),
      finish,
    };
    this.page = page;
    if (options.sandbox) this.retarget(options.sandbox.endpoint);
    if (this.exit) finish();
    else this.child.stdin?.write(`${request}\n`);
    await finished;
    watch.stop();
    if (this.exit) await this.died();
    // What the page started: tagged with its own tag (a forked page), or with the runtime's (a JVM's page); never the runtime.
    await killTagged(pageTag);
    if (!this.exit && this.core) await killTagged(this.tag, await this.core);
    await watch.barrier;
    this.page = undefined;
    page.stdout.end();
    page.stderr.end();
    if (page.done?.retire) this.retired = true;
    return {
      stdout: page.stdout.result(),
      stderr: page.stderr.result(),
      exitCode: this.exit ? this.exit.code : page.done?.exitCode,
      signal: this.exit ? this.exit.signal : page.done?.signal,
      events: watch.events.filter((e) => e.event !== 'page-done'),
      timedOut: watch.timedOut,
    };
  }

  /** Stops the runtime (it ends on a closed stdin; killed if it does not) and everything it started. */
  async close(): Promise<void> {
    this.retired = true;
    if (!this.exit) {
      this.child.stdin?.end();
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, STOP_GRACE_MS))]);
    }
    await this.died();
  }

  private onEvent(line: string): void {
    const event = this.page?.watch.take(line);
    if (event?.event === 'start') this.core ??= taggedPids(this.tag).then((pids) => new Set(pids));
    if (event?.event === 'page-done' && this.page) {
      this.page.done = event;
      this.reached(this.page, 'done');
    }
  }

  private reached(page: Page, part: 'stdout' | 'stderr' | 'done'): void {
    page.ends.add(part);
    if (page.ends.size === 3) page.finish();
  }

  /** After the process ended (or to end it): gives its pipes a moment, then kills what is left and stops reading. */
  private died(): Promise<void> {
    this.stopping ??= this.cleanUp();
    return this.stopping;
  }

  private async cleanUp(): Promise<void> {
    await endDriver(this.child, this.streamsDone, this.tag);
    await this.exited;
    await this.closeSandbox();
    this.untrack();
  }
}
