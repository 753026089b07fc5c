// Finds and kills every process that carries a run's tag in its environment: detached children a snippet started
// (new session, new group) that a process-group kill would miss.
import { readdir, readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';

/** The environment variable that tags a driver's processes. */
export const RUN_TAG = 'DOCS_HARNESS_RUN_TAG';

/** A fresh tag for one driver process. */
export function newRunTag(): string {
  return randomUUID();
}

/** Every process whose environment holds `RUN_TAG=tag`. */
export async function taggedPids(tag: string): Promise<number[]> {
  if (process.platform !== 'linux') return [];
  const needle = Buffer.from(`${RUN_TAG}=${tag}\0`);
  const found: number[] = [];
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const environ = await readFile(`/proc/${pid}/environ`).catch(() => undefined);
    if (environ?.includes(needle)) found.push(pid);
  }
  return found;
}

/** SIGKILLs every process whose environment holds `RUN_TAG=tag`, but those in `spared`; returns how many it killed. */
export async function killTagged(tag: string, spared: ReadonlySet<number> = new Set()): Promise<number> {
  let killed = 0;
  for (const pid of await taggedPids(tag)) {
    if (spared.has(pid)) continue;
    try {
      process.kill(pid, 'SIGKILL');
      killed += 1;
    } catch {
      // gone already
    }
  }
  return killed;
}
