// Watches one page's run in a driver: parses its events, arms the per-snippet timeout, and holds the driver at the
// barrier after each snippet while the harness reads server state. Used for a process per page and a warm runtime.
import type { AfterSnippet, DriverEvent } from './driver-protocol.ts';
import { killTagged } from './sweep.ts';

/** How long output may keep coming after a driver ended (a child still holding its pipes) before it is cut off. */
const PIPE_GRACE_MS = 1000;

/** Kills a process group (or the process alone when it leads none). */
export function killGroup(pid: number): void {
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

/**
 * Ends a driver that exited, or must: gives its pipes a moment to drain (`streamsDone`), then kills its process group
 * and every process carrying its `tag`, and stops reading what is left (stdio beyond stdin).
 */
export async function endDriver(
  child: { readonly pid?: number; readonly stdio: readonly unknown[] },
  streamsDone: Promise<unknown>,
  tag: string,
): Promise<void> {
  await Promise.race([streamsDone, new Promise((resolve) => setTimeout(resolve, PIPE_GRACE_MS))]);
  killGroup(child.pid!);
  await killTagged(tag);
  for (const stream of child.stdio.slice(1)) (stream as { destroy(): void } | null)?.destroy();
}

/** What a page watch needs: its timeouts, the barrier hook, how to kill the driver, how to let it go on. */
export interface PageWatchOptions {
  readonly timeoutMs: number;
  readonly startupMs: number;
  readonly afterSnippet?: AfterSnippet;
  readonly kill: () => void;
  readonly release: () => void;
}

/** The events of one page's run, as they arrive; `timedOut` names the snippet the timeout killed. */
export class PageWatch {
  readonly events: DriverEvent[] = [];
  timedOut: string | undefined;
  /** Settles once every barrier hook so far has run. */
  barrier: Promise<void> = Promise.resolve();
  private current: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: PageWatchOptions) {
    this.arm(options.startupMs + options.timeoutMs);
  }

  /** Takes one event line (JSON); returns the event, or undefined for a line that is not one. */
  take(line: string): DriverEvent | undefined {
    let event: DriverEvent;
    try {
      event = JSON.parse(line) as DriverEvent;
    } catch {
      return undefined;
    }
    this.events.push(event);
    const { timeoutMs, startupMs, afterSnippet } = this.options;
    if (event.event === 'start') {
      this.current = event.id;
      this.arm(timeoutMs);
    } else if (event.event === 'end') {
      this.current = undefined;
      this.arm(startupMs + timeoutMs);
      if (afterSnippet) {
        this.barrier = this.barrier
          .then(() => afterSnippet(event.id))
          .catch(() => undefined)
          .then(() => this.options.release());
      }
    }
    return event;
  }

  /** Stops the timer (the page is over). */
  stop(): void {
    clearTimeout(this.timer);
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timedOut = this.current ?? '(startup)';
        this.options.kill();
      },
      Math.min(ms, 2 ** 31 - 1),
    );
  }
}
