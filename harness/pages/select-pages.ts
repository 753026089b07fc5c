// Narrows a run's pages for CI: `--shard i/n` (a deterministic split by page) and `--changed [ref]` (pages changed
// since a git ref, the pull-request gate).
import path from 'node:path';
import { execa } from 'execa';
import { HarnessError } from '../errors.ts';

/** Parses `i/n` (1-based) into a shard; a usage error names the bad value. */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new HarnessError('USAGE', `Bad \`--shard ${value}\`; expected i/n with 1 ≤ i ≤ n (e.g. 2/4).`);
  return { index, count };
}

/** The pages of shard `index` of `count`: pages sorted by path, dealt round-robin, so each page is in exactly one shard. */
export function shardPages(pages: readonly string[], shard: { index: number; count: number }): string[] {
  return [...pages].sort().filter((_, i) => i % shard.count === shard.index - 1);
}

/** The pages among `pages` that changed since `ref` (committed since, staged, unstaged or untracked). */
export async function changedPages(pages: readonly string[], ref: string): Promise<string[]> {
  const top = await execa('git', ['rev-parse', '--show-toplevel'], { reject: false });
  if (top.exitCode !== 0) throw new HarnessError('USAGE', '`--changed` needs a git checkout: run it inside the docs repository.');
  const diff = await execa('git', ['diff', '--name-only', ref], { reject: false, cwd: top.stdout });
  if (diff.exitCode !== 0)
    throw new HarnessError(
      'USAGE',
      `\`--changed ${ref}\`: git cannot compare with \`${ref}\` (${diff.stderr.trim().split('\n')[0]}); fetch it first (e.g. \`git fetch origin main\`).`,
    );
  const untracked = await execa('git', ['ls-files', '--others', '--exclude-standard'], { reject: false, cwd: top.stdout });
  const changed = new Set([...diff.stdout.split('\n'), ...untracked.stdout.split('\n')].filter(Boolean).map((file) => path.resolve(top.stdout, file)));
  return pages.filter((page) => changed.has(path.resolve(page)));
}
