import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { changedPages, parseShard, shardPages } from '../../harness/pages/select-pages.ts';

describe('narrowing a tree run for CI', () => {
  it('--shard deals pages round-robin by path: every page in exactly one shard', () => {
    const pages = ['d.md', 'a.md', 'c.md', 'b.md', 'e.md'];
    const shards = [1, 2, 3].map((index) => shardPages(pages, { index, count: 3 }));
    expect(shards).toEqual([['a.md', 'd.md'], ['b.md', 'e.md'], ['c.md']]);
    expect(() => parseShard('0/3')).toThrow(/Bad `--shard 0\/3`/);
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
  });

  it('--changed keeps the pages changed since a git ref: committed since, modified, or new', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'dh-git-'));
    const git = (...args: string[]) => execa('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: repo });
    await git('init', '-q');
    for (const name of ['a.md', 'b.md', 'c.md']) await writeFile(path.join(repo, name), name);
    await git('add', '.');
    await git('commit', '-qm', 'base');
    await git('tag', 'base');
    await writeFile(path.join(repo, 'a.md'), 'changed and committed');
    await git('commit', '-qam', 'a');
    await writeFile(path.join(repo, 'b.md'), 'changed, not committed');
    await writeFile(path.join(repo, 'd.md'), 'new');
    const pages = ['a.md', 'b.md', 'c.md', 'd.md'].map((p) => path.join(repo, p));
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      expect((await changedPages(pages, 'base')).map((p) => path.basename(p))).toEqual(['a.md', 'b.md', 'd.md']);
      expect((await changedPages(pages, 'HEAD')).map((p) => path.basename(p))).toEqual(['b.md', 'd.md']);
      await expect(changedPages(pages, 'no-such-ref')).rejects.toThrow(/git cannot compare with `no-such-ref`/);
    } finally {
      process.chdir(cwd);
    }
  });
});
