// Warm runtimes kept across pages: one per language release, server and sandbox, taken by one page at a time. Each
// has a home folder (its sandbox's only writable place); a page gets a fresh folder in it, and after the page the home
// is emptied again, so that nothing a page wrote is there for the next.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WarmRuntime } from './warm-runtime.ts';
import { newRunTag } from './sweep.ts';
import { onShutdown } from './lifecycle.ts';
import { serverAddress } from './sandbox/sandbox.ts';
import type { DriverLaunch } from './launch.ts';
import type { DriverOptions, DriverOutcome } from './driver-protocol.ts';

/** How a language's driver runs warm: what makes two runtimes interchangeable, how to start one, a page's request. */
export interface WarmSpec {
  /** The driver and SDK release (command, classpath or venv): runtimes with the same key run the same pages alike. */
  readonly key: string;
  /** The serve-mode launch, with `home` as its folder. */
  readonly start: (home: string) => DriverLaunch;
  /** Writes the page's files into `pageDir` and returns the line the driver reads; `pageTag` tags what the page starts. */
  readonly request: (pageDir: string, pageTag: string) => Promise<string>;
}

/** Files of a runtime's home that belong to the runtime, not to a page (the sandbox's bridge to the server). */
const KEPT = new Set(['.milvus.sock']);

interface Held {
  readonly key: string;
  readonly home: string;
  readonly runtime: WarmRuntime;
  busy: boolean;
}

const held: Held[] = [];
/** Idle runtimes kept at most (a drift matrix or a bisect makes one per SDK release): the oldest idle one goes first. */
const MOST_IDLE = 4;

/** Runtimes with the same key take the same pages: the page's server (its call tap) is given per page, only its host here. */
function fullKey(spec: Pick<WarmSpec, 'key'>, options: DriverOptions): string {
  const sandbox = options.sandbox ? [options.sandbox.mode.kind, serverAddress(options.sandbox.endpoint).host] : ['none'];
  return JSON.stringify([spec.key, ...sandbox, Boolean(options.afterSnippet)]);
}

/** An idle runtime that can take a page of `key`. */
function idleFor(key: string): Held | undefined {
  return held.find((h) => h.key === key && !h.busy && h.runtime.reusable);
}

let stopsAtShutdown = false;

async function startHeld(spec: Pick<WarmSpec, 'start'>, options: DriverOptions, key: string): Promise<Held> {
  // Ctrl-C or a fatal error: the runtimes and their folders go too (the run's own end closes them with its servers).
  if (!stopsAtShutdown) {
    stopsAtShutdown = true;
    onShutdown(() => {
      stopsAtShutdown = false;
      return closeWarmRuntimes();
    });
  }
  const home = await mkdtemp(path.join(tmpdir(), 'docs-harness-warm-'));
  try {
    const runtime = await WarmRuntime.start(spec.start(home), { sandbox: options.sandbox, barrier: Boolean(options.afterSnippet) });
    const entry: Held = { key, home, runtime, busy: true };
    held.push(entry);
    return entry;
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
}

async function emptyHome(home: string): Promise<void> {
  const entries = await readdir(home).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => !KEPT.has(name)).map((name) => rm(path.join(home, name), { recursive: true, force: true })));
}

async function retire(entry: Held): Promise<void> {
  const at = held.indexOf(entry);
  if (at < 0) return; // retired already
  held.splice(at, 1);
  await entry.runtime.close();
  await rm(entry.home, { recursive: true, force: true });
}

/**
 * Starts a runtime of `spec` for `options` ahead of its first page, unless one is idle already (its start then
 * overlaps with the server's). A runtime that fails to start is dropped; the page's own run reports the cause.
 */
export function prestart(spec: Pick<WarmSpec, 'key' | 'start'>, options: DriverOptions): void {
  const key = fullKey(spec, options);
  if (idleFor(key)) return;
  void startHeld(spec, options, key)
    .then((entry) => {
      entry.busy = false;
    })
    .catch(() => undefined);
}

/** Runs one page in a warm runtime of `spec` (an idle one, or a new one), as a process of its own would. */
export async function runWarm(spec: WarmSpec, options: DriverOptions): Promise<DriverOutcome> {
  const key = fullKey(spec, options);
  let entry = idleFor(key);
  if (entry) entry.busy = true;
  else {
    const idle = held.filter((h) => !h.busy);
    const dead = idle.filter((h) => !h.runtime.reusable);
    const oldest = idle.filter((h) => h.runtime.reusable).slice(0, Math.max(0, idle.length - dead.length - MOST_IDLE + 1));
    await Promise.all([...dead, ...oldest].map((h) => retire(h)));
    entry = await startHeld(spec, options, key);
  }
  try {
    const pageDir = await mkdtemp(path.join(entry.home, 'page-'));
    const pageTag = newRunTag();
    return await entry.runtime.runPage(await spec.request(pageDir, pageTag), pageTag, options);
  } finally {
    await emptyHome(entry.home);
    entry.busy = false;
    if (!entry.runtime.reusable) await retire(entry);
  }
}

/** Stops every warm runtime (the run is over: its servers stop). */
export async function closeWarmRuntimes(): Promise<void> {
  await Promise.all([...held].map((h) => retire(h)));
}
