// Keeps what an SDK's introspection found: once per process in memory, and in a file for later runs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDir } from '../support/make-dir.ts';

const memory = new Map<string, Promise<unknown>>();

async function fromFileOrBuild<T>(file: string | undefined, build: () => Promise<T>): Promise<T> {
  if (file) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as T;
    } catch {
      // not kept yet (or unreadable): introspect again
    }
  }
  const value = await build();
  if (file) {
    // Written whole, then renamed: a concurrent run never reads half a file. A cache that cannot be written is no fault.
    const staging = `${file}.${process.pid}.tmp`;
    await makeDir(path.dirname(file))
      .then(() => writeFile(staging, JSON.stringify(value)))
      .then(() => rename(staging, file))
      .catch(() => rm(staging, { force: true }));
  }
  return value;
}

/**
 * What `build` gives for `key` (an SDK and its exact version): built at most once per process (a failure too is
 * remembered, not retried for every error) and kept in `file` (JSON) for later runs, unless it failed.
 */
export function introspected<T>(key: string, file: string | undefined, build: () => Promise<T>): Promise<T> {
  let value = memory.get(key) as Promise<T> | undefined;
  if (!value) {
    value = fromFileOrBuild(file, build);
    value.catch(() => undefined); // awaited by every caller; no unhandled rejection
    memory.set(key, value);
  }
  return value;
}

/** A short tag of the introspecting code at `url`, for kept files' names: a changed introspection never reads an old file. */
export function codeTag(url: URL): string {
  return createHash('sha256')
    .update(readFileSync(fileURLToPath(url)))
    .digest('hex')
    .slice(0, 12);
}
