// Everything the container-engine test needs, or the reason it cannot run here. On this kind of machine: podman
// (installed when missing), the stand-in image (built once, cached), a probe that a container really runs, and the
// Docker API served. On a Docker host (DOCS_HARNESS_TEST_ENGINE=docker, the GitHub workflow): the real Milvus image.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { RUN_LABEL } from '../../../harness/server/container-handle.ts';
import { containerRuntimeAvailable } from '../../../harness/server/container-runtime.ts';
import { MILVUS_IMAGE } from '../../../harness/server/milvus-container.ts';
import { type DockerApi, ENGINE_CLI, engine, ensurePodman, imageExists, podmanEnv, say, startDockerApi } from './podman.ts';
import { ensureStandInImage } from './standin.ts';

/** A ready engine: the image the test starts, variants of it that fail, and how a harness run reaches the engine. */
export interface Engine {
  /** The Milvus image: the stand-in here, milvusdb/milvus on a Docker host. */
  readonly image: string;
  readonly standIn: boolean;
  /** The image, but printing a few lines and exiting 3 at start (as a Milvus with a bad configuration would). */
  readonly crashing: string;
  /** The image, but never healthy (a start to interrupt). */
  readonly neverReady: string;
  /** The environment a harness run needs (podman: its DOCKER_HOST, and no reaper: the harness removes its own). */
  readonly env: Record<string, string>;
  readonly api?: DockerApi;
}

/** A variant of `base` whose entry point is `script` (no files of its own: built in seconds). */
async function variantImage(base: string, kind: string, script: string): Promise<string> {
  const image = `localhost/docs-harness-${kind}:${base.split(/[:/]/).slice(-2).join('-')}`;
  if (await imageExists(image)) return image;
  const dir = await mkdtemp(path.join(tmpdir(), `docs-harness-${kind}-`));
  try {
    await writeFile(path.join(dir, 'Containerfile'), `FROM ${base}\nENTRYPOINT ["/bin/sh", "-c", ${JSON.stringify(script)}]\nCMD []\n`);
    await engine(['build', ...(ENGINE_CLI === 'podman' ? ['--pull=never'] : []), '-f', path.join(dir, 'Containerfile'), '-t', image, dir]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return image;
}

async function variants(base: string): Promise<Pick<Engine, 'crashing' | 'neverReady'>> {
  return {
    crashing: await variantImage(
      base,
      'crash',
      'echo "stand-in: reading configuration"; echo "stand-in: fatal: cannot open /var/lib/milvus (planted failure)" >&2; exit 3',
    ),
    neverReady: await variantImage(base, 'never-ready', 'echo "starting very slowly"; exec sleep 3600'),
  };
}

/** On a Docker host: the real image, pulled up front (the harness's own pull is tested on a missing one). */
async function prepareDockerHost(): Promise<Engine | { skip: string }> {
  if (!(await containerRuntimeAvailable())) return { skip: 'DOCS_HARNESS_TEST_ENGINE=docker, but testcontainers finds no Docker engine here' };
  const image = process.env['DOCS_HARNESS_TEST_IMAGE'] || MILVUS_IMAGE;
  say(`pulling ${image} (a first pull can take minutes)`);
  if (!(await imageExists(image))) await engine(['pull', image], { timeoutMs: 900_000 });
  return { image, standIn: false, ...(await variants(image)), env: {} };
}

/** The engine, or why no engine can run containers here. */
export async function prepareEngine(): Promise<Engine | { skip: string }> {
  if (ENGINE_CLI === 'docker') return prepareDockerHost();
  const started = Date.now();
  const missing = await ensurePodman();
  if (missing) return { skip: missing.reason };
  let image: string;
  try {
    image = await ensureStandInImage();
    const probe = await execa('podman', ['run', '--rm', '--entrypoint', '/bin/true', image], { env: podmanEnv(), reject: false, timeout: 120_000 });
    if (probe.exitCode !== 0) return { skip: `podman cannot run a container here: ${probe.stderr.trim().split('\n').at(-1)}` };
  } catch (error) {
    return { skip: `the stand-in image could not be built here: ${(error as Error).message}` };
  }
  const api = await startDockerApi();
  say(`engine ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${api.dockerHost}`);
  return { image, standIn: true, ...(await variants(image)), api, env: { DOCKER_HOST: api.dockerHost, TESTCONTAINERS_RYUK_DISABLED: 'true' } };
}

/** The harness's containers the engine has (running or not), as `id image status` lines. */
export async function harnessContainers(): Promise<string[]> {
  const out = await engine(['ps', '-a', '--filter', `label=${RUN_LABEL}`, '--format', '{{.ID}} {{.Image}} {{.Status}}']);
  return out.split('\n').filter(Boolean);
}
