// Builds (once, cached) the stand-in image for milvusdb/milvus from Debian packages and PyPI only: a debootstrap
// root filesystem with python3, a venv holding milvus-lite and pymilvus, and standin_serve.py as its entry point.
// The root filesystem tar is kept in the harness cache; the image is imported from it. Run it by hand with
// `npx tsx test/server/engine/standin.ts`.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { STAND_IN_LABEL } from '../../../harness/server/milvus-container.ts';
import { MILVUS_LITE_VERSION, SERVER_PYMILVUS_VERSION } from '../../../harness/server/server.ts';
import { cachePath } from '../../../harness/toolchain/cache.ts';
import { aptInstall, engine, imageExists, say } from './podman.ts';

const SERVE = fileURLToPath(new URL('./standin_serve.py', import.meta.url));
const SUITE = 'bookworm';
const MIRROR = 'http://deb.debian.org/debian';
const PACKAGES = ['python3', 'python3-venv', 'ca-certificates'];
const VENV = '/opt/milvus-lite';

/** What the image is built from; its hash names the image tag and the cached root filesystem. */
async function recipe(): Promise<string> {
  const serve = await readFile(SERVE, 'utf8');
  const text = JSON.stringify({ SUITE, PACKAGES, VENV, MILVUS_LITE_VERSION, SERVER_PYMILVUS_VERSION, serve, v: 1 });
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** The stand-in's image name: never mistaken for Milvus itself. */
export async function standInImage(): Promise<string> {
  return `localhost/docs-harness-milvus-standin:lite-${MILVUS_LITE_VERSION}-${await recipe()}`;
}

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  say(`${label} …`);
  const result = await work();
  say(`${label}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result;
}

/** Runs a command, printing lines that match `show` as progress; rejects with the command's last lines. */
async function run(command: string, args: readonly string[], show: RegExp, env: Record<string, string> = {}): Promise<void> {
  const child = execa(command, args, { reject: false, all: true, env });
  child.all?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (show.test(line)) say(`  ${line.trim().slice(0, 110)}`);
  });
  const done = await child;
  if (done.exitCode !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')} … failed: ${String(done.all).trim().split('\n').slice(-4).join(' | ')}`);
}

/** Makes the root filesystem tar (debootstrap, venv, pip), the slow part: a few minutes, once. */
async function buildRootfs(tar: string): Promise<void> {
  if (!existsSync('/usr/sbin/debootstrap')) {
    const failed = await aptInstall(['debootstrap']);
    if (failed) throw new Error(failed.reason);
  }
  const root = await mkdtemp(path.join(path.dirname(tar), 'rootfs-'));
  try {
    await step(`debootstrap ${SUITE} (minbase + ${PACKAGES.join(', ')})`, () =>
      run(
        'debootstrap',
        ['--variant=minbase', `--include=${PACKAGES.join(',')}`, SUITE, root, MIRROR],
        /^I: (Retrieving (InRelease|Packages)|Installing|Base system)/,
      ),
    );
    // Wheels are fetched by this machine's pip (its index, proxy and CA settings), for the image's Python 3.11 and
    // glibc, then installed inside the image from that folder alone.
    const wheels = path.join(root, 'tmp/wheels');
    const packages = [`milvus-lite==${MILVUS_LITE_VERSION}`, `pymilvus==${SERVER_PYMILVUS_VERSION}`];
    const arch = process.arch === 'arm64' ? 'aarch64' : 'x86_64';
    const platforms = ['manylinux2014', 'manylinux_2_17', 'manylinux_2_28', 'manylinux_2_34'].flatMap((p) => ['--platform', `${p}_${arch}`]);
    await step(`downloading ${packages.join(' ')} and their dependencies from PyPI`, () =>
      run(
        'python3',
        [
          '-m',
          'pip',
          'download',
          '--disable-pip-version-check',
          '--progress-bar',
          'off',
          '--only-binary=:all:',
          '--python-version',
          '3.11',
          ...platforms,
          '--dest',
          wheels,
          ...packages,
        ],
        /^(Collecting|Saved|Successfully downloaded)/,
      ),
    );
    await step('installing them into a venv inside the image', async () => {
      await run('chroot', [root, 'python3', '-m', 'venv', VENV], /./);
      await run(
        'chroot',
        [root, `${VENV}/bin/pip`, 'install', '--disable-pip-version-check', '--no-index', '--find-links', '/tmp/wheels', ...packages],
        /^Successfully installed/,
        {
          PIP_FIND_LINKS: '',
        },
      );
    });
    await rm(wheels, { recursive: true, force: true });
    await mkdir(path.join(root, 'opt/standin'), { recursive: true });
    await copyFile(SERVE, path.join(root, 'opt/standin/serve.py'));
    await mkdir(path.join(root, 'milvus/configs'), { recursive: true });
    await mkdir(path.join(root, 'var/lib/milvus'), { recursive: true });
    await rm(path.join(root, 'var/cache/apt/archives'), { recursive: true, force: true });
    await step('packing the root filesystem', () => run('tar', ['-C', root, '--numeric-owner', '-cf', `${tar}.part`, '.'], /^$/));
    await rename(`${tar}.part`, tar);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The stand-in image, built if podman does not have it yet (from the cached root filesystem when there is one). */
export async function ensureStandInImage(): Promise<string> {
  const image = await standInImage();
  if (await imageExists(image)) return image;
  const dir = cachePath('container-engine');
  await mkdir(dir, { recursive: true });
  const tar = path.join(dir, `standin-rootfs-${await recipe()}.tar`);
  if (!existsSync(tar)) await step(`building the stand-in's root filesystem (first time only, a few minutes) into ${tar}`, () => buildRootfs(tar));
  await step(`importing ${image}`, () =>
    engine(
      [
        'import',
        '--change',
        `ENTRYPOINT ["${VENV}/bin/python", "/opt/standin/serve.py"]`,
        '--change',
        'CMD ["milvus", "run", "standalone"]',
        '--change',
        `LABEL ${STAND_IN_LABEL}="milvus-lite ${MILVUS_LITE_VERSION}"`,
        '--change',
        'EXPOSE 19530',
        '--change',
        'EXPOSE 9091',
        tar,
        image,
      ],
      { timeoutMs: 600_000 },
    ),
  );
  return image;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  say(`stand-in image ready: ${await ensureStandInImage()}`);
}
