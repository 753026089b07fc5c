// Progress on stderr (JSON on stdout stays clean): lines for what happened, and on a terminal a live line per running
// activity (a page, a language, an install) with its elapsed time; plain lines elsewhere; nothing under --quiet.
import { createLogUpdate } from 'log-update';
import { redactSecrets } from './secrets.ts';
import { env } from '../config/env.ts';

let quiet = false;

/** Silences progress (tests, `--quiet`). */
export function setQuiet(value: boolean): void {
  quiet = value;
}

/** What is running now, with when it started. */
const running = new Map<number, { label: string; started: number }>();
let nextId = 0;
let timer: NodeJS.Timeout | undefined;
let live: ReturnType<typeof createLogUpdate> | undefined;

/** True when stderr is a terminal that can redraw a line (not a pipe, a dumb or sizeless terminal, or CI logs). */
function isLiveTerminal(): boolean {
  const { isTTY, columns, rows } = process.stderr;
  return Boolean(isTTY) && columns > 0 && rows > 0 && env.liveLinesAllowed();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Draws the live lines (one per running activity), or clears them when nothing runs. */
function redraw(): void {
  if (!live) return;
  if (running.size === 0) {
    live.clear();
    return;
  }
  const frame = SPINNER[Math.floor(Date.now() / 100) % SPINNER.length];
  const width = process.stderr.columns ?? 100;
  live([...running.values()].map((a) => `${frame} ${a.label} · ${seconds(Date.now() - a.started)}`.slice(0, width - 1)).join('\n'));
}

/** Prints one progress line (above the live lines on a terminal). */
export function progress(message: string): void {
  if (quiet) return;
  live?.clear();
  process.stderr.write(`• ${redactSecrets(message)}\n`);
  redraw();
}

/** Starts an activity: on a terminal it shows live with its elapsed time until `end`; `end` prints a plain line when given one. */
export function activity(label: string): { end(done?: string): void } {
  if (quiet) return { end: () => undefined };
  const id = nextId++;
  running.set(id, { label: redactSecrets(label), started: Date.now() });
  if (isLiveTerminal() && !live) {
    live = createLogUpdate(process.stderr, { showCursor: true });
    timer = setInterval(redraw, 200);
    timer.unref();
  }
  redraw();
  return {
    end(done) {
      const started = running.get(id)?.started ?? Date.now();
      running.delete(id);
      if (done) progress(`${done} in ${seconds(Date.now() - started)}`);
      else redraw();
      if (running.size === 0 && timer) {
        clearInterval(timer);
        timer = undefined;
        live?.clear();
        live = undefined;
      }
    },
  };
}

/** Ends every activity and wipes the live lines (before a fatal error is printed, or at exit). */
export function stopLive(): void {
  running.clear();
  if (timer) clearInterval(timer);
  timer = undefined;
  live?.clear();
  live = undefined;
}

/** Runs `work`, printing a line before and the elapsed time after (live on a terminal while it runs). */
export async function step<T>(message: string, work: () => Promise<T>): Promise<T> {
  progress(`${message} …`);
  const shown = activity(message);
  try {
    const result = await work();
    shown.end(`${message}: done`);
    return result;
  } catch (error) {
    shown.end();
    throw error;
  }
}
