// Creates a folder and its parents one level at a time: Node's recursive mkdir never returns on some paths (/proc/x).
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Makes `dir` and any missing parents; throws the first real error (ENOENT, EACCES, ENOTDIR, EROFS …). */
export async function makeDir(dir: string): Promise<void> {
  const absolute = path.resolve(dir);
  const missing: string[] = [];
  for (let at = absolute; ; at = path.dirname(at)) {
    const found = await stat(at).catch(() => undefined);
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
