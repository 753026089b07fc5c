// Finds bubblewrap (`bwrap`): on PATH, else Debian's package unpacked into the cache; checks it can make namespaces.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { cachePath } from '../../toolchain/cache.ts';
import { env } from '../../config/env.ts';
import { installOnce, runInstallCommand } from '../../toolchain/install.ts';

/** Where bwrap is, or why there is none that works here. */
export type Bubblewrap = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

async function onPath(): Promise<string | undefined> {
  const found = await execa('sh', ['-c', 'command -v bwrap'], { reject: false });
  return found.exitCode === 0 && found.stdout.trim() ? found.stdout.trim() : undefined;
}

/** Downloads Debian's bubblewrap package and unpacks it into the cache (no root needed); returns the binary. */
async function fromDebian(): Promise<string> {
  const dir = cachePath('bubblewrap');
  const binary = path.join(dir, 'root', 'usr', 'bin', 'bwrap');
  await installOnce({
    dir,
    label: `installing bubblewrap (Debian package) into ${dir} for the snippet sandbox (first use only)`,
    build: async (into) => {
      const download = () => runInstallCommand('apt-get', ['download', 'bubblewrap'], { cwd: into }, 'apt-get download bubblewrap');
      // A machine whose package lists were never fetched knows no packages yet: fetch them once (root only), then retry.
      await download().catch(async (error) => {
        if (process.getuid?.() !== 0) throw error;
        await runInstallCommand('apt-get', ['update', '-qq'], {}, 'apt-get update');
        await download();
      });
      const deb = (await readdir(into)).find((f) => f.endsWith('.deb'));
      if (!deb) throw new Error('apt-get download bubblewrap gave no .deb file');
      await runInstallCommand('dpkg-deb', ['-x', path.join(into, deb), path.join(into, 'root')], {}, 'dpkg-deb -x bubblewrap');
      if (!existsSync(binary)) throw new Error(`the package has no ${binary}`);
    },
  });
  return binary;
}

/** The same namespaces the sandbox uses, tried once. */
async function works(bwrap: string): Promise<string | undefined> {
  const probe = await execa(bwrap, ['--unshare-all', '--die-with-parent', '--ro-bind', '/', '/', '--proc', '/proc', '--dev', '/dev', 'true'], {
    reject: false,
    all: true,
  });
  return probe.exitCode === 0 ? undefined : `${bwrap} cannot create namespaces here: ${String(probe.all ?? '').trim() || probe.shortMessage}`;
}

let found: Promise<Bubblewrap> | undefined;

/** A working bwrap ($DOCS_HARNESS_BWRAP, else on PATH, else installed on first use), or why there is none; looked up once. */
export function findBubblewrap(): Promise<Bubblewrap> {
  found ??= (async (): Promise<Bubblewrap> => {
    if (process.platform !== 'linux') return { ok: false, reason: `the sandbox uses Linux namespaces; this is ${process.platform}` };
    let bwrap = env.bwrap() ?? (await onPath());
    if (!bwrap) {
      try {
        bwrap = await fromDebian();
      } catch (error) {
        return {
          ok: false,
          reason: `bubblewrap is not installed and could not be fetched (${(error as Error).message}); install it (apt-get install bubblewrap)`,
        };
      }
    }
    const broken = await works(bwrap);
    return broken ? { ok: false, reason: broken } : { ok: true, path: bwrap };
  })();
  return found;
}
