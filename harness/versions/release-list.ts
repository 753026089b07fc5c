// A language's published SDK releases: read from its registry's index, kept in the cache for a short while, and
// read from that cache (saying so) when the registry cannot be reached.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cachePath } from '../toolchain/cache.ts';
import { makeDir } from '../support/make-dir.ts';
import { env } from '../config/env.ts';
import type { ReleaseIndex } from './release-index.ts';

/** What the cache keeps of one language's releases. */
interface Saved {
  readonly fetchedAt: string;
  readonly versions: readonly string[];
  /** Releases a probe found that the registry's list leaves out (kept across refreshes: releases are not withdrawn). */
  readonly probed?: readonly string[];
}

/** A language's releases, and how fresh they are. */
export interface ReleaseList {
  /** Every release, in the ecosystem's spelling (the registry's list plus probed ones). */
  readonly versions: readonly string[];
  /** Set when the registry could not be read: why, and the date of the cached list used instead. */
  readonly offline?: string;
  /** True when the list was read from the registry just now (not from the cache). */
  readonly fresh?: boolean;
}

/** How long a fetched list is trusted before the registry is asked again: `$DOCS_HARNESS_RELEASES_TTL` seconds, else an hour. */
function maxAgeMs(): number {
  return env.releasesTtlMs();
}

function savedPath(lang: string): string {
  return cachePath('releases', `${lang}.json`);
}

async function readSaved(lang: string): Promise<Saved | undefined> {
  if (!existsSync(savedPath(lang))) return undefined;
  try {
    return JSON.parse(await readFile(savedPath(lang), 'utf8')) as Saved;
  } catch {
    return undefined; // a torn or hand-edited file is refetched
  }
}

async function save(lang: string, saved: Saved): Promise<void> {
  await makeDir(path.dirname(savedPath(lang)));
  await writeFile(savedPath(lang), JSON.stringify(saved));
}

function withProbed(saved: Saved): string[] {
  return [...new Set([...saved.versions, ...(saved.probed ?? [])])];
}

/** The releases of `lang`'s SDK: the cached list while fresh, else the registry's, else (offline) the cached one. */
export async function releaseList(lang: string, index: ReleaseIndex): Promise<ReleaseList> {
  const saved = await readSaved(lang);
  if (saved && Date.now() - Date.parse(saved.fetchedAt) < maxAgeMs()) return { versions: withProbed(saved) };
  try {
    const versions = await index.fetch();
    const fresh = { fetchedAt: new Date().toISOString(), versions, probed: saved?.probed ?? [] };
    await save(lang, fresh);
    return { versions: withProbed(fresh), fresh: true };
  } catch (error) {
    if (!saved) throw new Error(`the release list of ${index.package} could not be read from ${index.registry}: ${(error as Error).message}`);
    return {
      versions: withProbed(saved),
      offline: `${index.registry} could not be read (${(error as Error).message}); using the release list of ${index.package} cached on ${saved.fetchedAt.slice(0, 16).replace('T', ' ')} UTC`,
    };
  }
}

/** Records releases a probe found, so later runs know them without asking again. */
export async function rememberProbed(lang: string, found: readonly string[]): Promise<void> {
  const saved = await readSaved(lang);
  if (found.length === 0 || !saved) return;
  await save(lang, { ...saved, probed: [...new Set([...(saved.probed ?? []), ...found])] });
}
