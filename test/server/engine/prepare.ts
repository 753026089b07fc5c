// Everything the container-engine test needs, or the reason it cannot run here: podman (installed when missing),
// the stand-in images (built once, cached), a probe that a container really runs, and the Docker API served.
import { execa } from 'execa';
import { RUN_LABEL } from '../../../harness/server/container-handle.ts';
import { type DockerApi, ensurePodman, podman, podmanEnv, say, startDockerApi } from './podman.ts';
import { crashingImage, ensureStandInImage, neverReadyImage } from './standin.ts';

/** A ready engine: the Docker API and the images the test starts. */
export interface Engine {
  readonly api: DockerApi;
  readonly standIn: string;
  readonly crashing: string;
  readonly neverReady: string;
  /** The environment a harness run needs to reach it (DOCKER_HOST; no reaper: the harness removes its own containers). */
  readonly env: Record<string, string>;
}

/** The engine, or why no engine can run containers here. */
export async function prepareEngine(): Promise<Engine | { skip: string }> {
  const started = Date.now();
  const missing = await ensurePodman();
  if (missing) return { skip: missing.reason };
  let standIn: string;
  try {
    standIn = await ensureStandInImage();
    const probe = await execa('podman', ['run', '--rm', '--entrypoint', '/bin/true', standIn], { env: podmanEnv(), reject: false, timeout: 120_000 });
    if (probe.exitCode !== 0) return { skip: `podman cannot run a container here: ${probe.stderr.trim().split('\n').at(-1)}` };
  } catch (error) {
    return { skip: `the stand-in image could not be built here: ${(error as Error).message}` };
  }
  const [crashing, neverReady] = [await crashingImage(), await neverReadyImage()];
  const api = await startDockerApi();
  say(`engine ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${api.dockerHost}`);
  return { api, standIn, crashing, neverReady, env: { DOCKER_HOST: api.dockerHost, TESTCONTAINERS_RYUK_DISABLED: 'true' } };
}

/** The harness's containers podman has (running or not), as `id image status` lines. */
export async function harnessContainers(): Promise<string[]> {
  const out = await podman(['ps', '-a', '--filter', `label=${RUN_LABEL}`, '--format', '{{.ID}} {{.Image}} {{.Status}}']);
  return out.split('\n').filter(Boolean);
}
