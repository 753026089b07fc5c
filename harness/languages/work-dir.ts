// A temporary folder per language run (removed afterwards), with one sub-folder per driver process.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs `work` with a fresh temporary folder; `nextDir()` makes the next `run-N` sub-folder in it. */
export async function withWorkDir<T>(lang: string, work: (root: string, nextDir: () => Promise<string>) => Promise<T>): Promise<T> {
  const root = await mkdtemp(path.join(tmpdir(), `docs-harness-${lang}-`));
  let attempt = 0;
  const nextDir = async () => {
    const dir = path.join(root, `run-${(attempt += 1)}`);
    await mkdir(dir);
    return dir;
  };
  try {
    return await work(root, nextDir);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
