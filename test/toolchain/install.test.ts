import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installOnce, runInstallCommand } from '../../harness/toolchain/install.ts';
import { setQuiet } from '../../harness/support/progress.ts';

setQuiet(true);
const root = await mkdtemp(path.join(tmpdir(), 'dh-install-'));

describe('installing into the cache once, safely', () => {
  it('two installs of one folder at once: one builds, the other waits and finds it ready', async () => {
    const dir = path.join(root, 'shared');
    let builds = 0;
    const build = async (folder: string) => {
      builds += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      await writeFile(path.join(folder, 'done'), 'yes');
    };
    await Promise.all([installOnce({ dir, label: 'a', build }), installOnce({ dir, label: 'b', build })]);
    expect(builds).toBe(1);
    expect(existsSync(path.join(dir, 'done'))).toBe(true);
    await installOnce({ dir, label: 'c', build });
    expect(builds).toBe(1);
  });

  it('a half-built folder (no ready marker) is rebuilt from scratch', async () => {
    const dir = path.join(root, 'half');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'leftover'), 'x');
    await installOnce({ dir, label: 'rebuild', build: async (folder) => writeFile(path.join(folder, 'fresh'), 'y') });
    expect((await readdir(dir)).sort()).toEqual(['.docs-harness-ready', 'fresh']);
  });

  it('a failed install leaves nothing behind and says what failed, keeping the original error', async () => {
    const dir = path.join(root, 'broken');
    const failing = installOnce({
      dir,
      label: 'x',
      build: () => runInstallCommand('bash', ['-c', 'echo first; echo "no such package" >&2; exit 3'], {}, 'pip could not install nope'),
    });
    await expect(failing).rejects.toMatchObject({
      code: 'INSTALL_FAILED',
      message: expect.stringMatching(/^pip could not install nope: .*no such package/),
      cause: expect.objectContaining({ exitCode: 3 }),
    });
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
