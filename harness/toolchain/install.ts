// Installs something into the cache once, safely: one process at a time (a lock beside the folder), the ready marker
// written last (a half-built folder is rebuilt), failures as INSTALL_FAILED naming what failed with the original error.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa, type Options } from 'execa';
import lockfile from 'proper-lockfile';
import { HarnessError, isHarnessError } from '../errors.ts';
import { progress, step } from '../support/progress.ts';

const READY = '.docs-harness-ready';

/** One install into a cache folder. */
export interface InstallSpec {
  /** The folder to fill (emptied and created before `build`). */
  readonly dir: string;
  /** The progress line while it runs ("installing X into Y (first use only)"). */
  readonly label: string;
  /** Fills `dir`; throws (ideally with `runInstallCommand`) when it cannot. */
  readonly build: (dir: string) => Promise<unknown>;
  /** Whether `dir` is usable as it is (default: its ready marker exists). */
  readonly isReady?: (dir: string) => Promise<boolean>;
}

const markerReady = async (dir: string) => existsSync(path.join(dir, READY));

/** Installs once: returns at once when ready, else waits for any other installer, then builds and marks it ready. */
export async function installOnce(spec: InstallSpec): Promise<void> {
  const isReady = spec.isReady ?? markerReady;
  if (await isReady(spec.dir)) return;
  await mkdir(path.dirname(spec.dir), { recursive: true });
  const release = await lockfile.lock(spec.dir, {
    lockfilePath: `${spec.dir}.lock`,
    realpath: false,
    stale: 15 * 60_000,
    update: 10_000,
    retries: { retries: 900, minTimeout: 1000, maxTimeout: 2000 },
  });
  try {
    if (await isReady(spec.dir)) return; // another run installed it while this one waited
    if (existsSync(spec.dir)) progress(`${spec.dir} is incomplete (an install that did not finish, or a broken one): starting it again`);
    await rm(spec.dir, { recursive: true, force: true });
    await mkdir(spec.dir, { recursive: true });
    try {
      await step(spec.label, () => spec.build(spec.dir));
    } catch (error) {
      await rm(spec.dir, { recursive: true, force: true });
      if (isHarnessError(error)) throw error;
      throw new HarnessError('INSTALL_FAILED', `${spec.label} failed: ${(error as Error).message}`, { cause: error });
    }
    await writeFile(path.join(spec.dir, READY), '');
  } finally {
    await release();
  }
}

/** Runs one install command; a failure is INSTALL_FAILED with `what` and the command's last lines, the result kept as cause. */
export async function runInstallCommand(command: string, args: readonly string[], options: Options, what: string): Promise<string> {
  const result = await execa(command, [...args], { ...options, reject: false, all: true });
  if (result.exitCode !== 0) {
    const tail = String(result.all ?? '')
      .trim()
      .split('\n')
      .slice(-3)
      .join(' | ');
    throw new HarnessError('INSTALL_FAILED', `${what}: ${tail || result.shortMessage}`, { cause: result });
  }
  return String(result.all ?? '');
}
