// The design before the contributor-loop work (commit b4d1f9a), unpacked beside this checkout for the loop part's "before".
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { $ } from 'zx';
import { cachePath } from '../../harness/toolchain/cache.ts';

/** The commit the loop part compares against. */
export const PREVIOUS = 'b4d1f9a';

/** A checkout of the previous design: its folder, the environment its commands need, and how to remove it. */
export interface Previous {
  readonly dir: string;
  /** Its own cache folder, kept inside this one's cache (the layouts differ; kept warm between bench runs). */
  readonly env: Readonly<Record<string, string>>;
  remove(): Promise<void>;
}

/** Unpacks PREVIOUS with `git archive` (no worktree, nothing in the repository changes); undefined without that history. */
export async function unpackPrevious(): Promise<Previous | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-harness-previous-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const unpacked = await $({ nothrow: true, quiet: true })`git archive ${PREVIOUS} | tar -x -C ${dir}`;
  if (unpacked.exitCode !== 0) {
    await remove();
    return undefined;
  }
  await symlink(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  return { dir, env: { DOCS_HARNESS_CACHE: cachePath('bench-previous') }, remove };
}
