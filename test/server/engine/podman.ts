// A real container engine for the container backend's integration test: Debian's podman with runc, installed when
// missing (root and apt-get needed), configured from a file of our own, serving the Docker API on a unix socket.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { cachePath } from '../../../harness/toolchain/cache.ts';

/** Why no engine can run here, or nothing. */
export type Unavailable = { readonly reason: string };

/** The engine's own settings: no default ulimits or pids limit, runc (crun fails on hybrid cgroups). */
const CONTAINERS_CONF = ['[containers]', 'default_ulimits = []', 'pids_limit = 0', '', '[engine]', 'runtime = "runc"', ''].join('\n');

/** One progress line on stderr, with the time since the engine setup began. */
export function say(message: string): void {
  process.stderr.write(`[container-engine] ${message}\n`);
}

/** The environment every podman command of the test runs with (our containers.conf, not the machine's). */
export function podmanEnv(): Record<string, string> {
  return { CONTAINERS_CONF: cachePath('container-engine', 'containers.conf') };
}

/** The engine CLI the test drives: docker on a Docker host (`DOCS_HARNESS_TEST_ENGINE=docker`, the GitHub workflow), else podman. */
export const ENGINE_CLI = process.env['DOCS_HARNESS_TEST_ENGINE'] === 'docker' ? 'docker' : 'podman';

/** Runs the engine's CLI (podman with our configuration); rejects with its own stderr. */
export async function engine(args: readonly string[], options: { timeoutMs?: number } = {}): Promise<string> {
  const result = await execa(ENGINE_CLI, args, { env: ENGINE_CLI === 'podman' ? podmanEnv() : {}, reject: false, timeout: options.timeoutMs ?? 120_000 });
  if (result.exitCode !== 0)
    throw new Error(`${ENGINE_CLI} ${args.join(' ')} failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  return result.stdout;
}

/** True when the engine has the image. */
export async function imageExists(image: string): Promise<boolean> {
  return (await execa(ENGINE_CLI, ['image', 'inspect', image], { env: ENGINE_CLI === 'podman' ? podmanEnv() : {}, reject: false })).exitCode === 0;
}

async function has(command: string): Promise<boolean> {
  return (await execa('sh', ['-c', `command -v ${command}`], { reject: false })).exitCode === 0;
}

/** Installs Debian packages with apt-get, a progress line per package; only as root with apt-get. */
export async function aptInstall(packages: readonly string[]): Promise<Unavailable | undefined> {
  if (process.getuid?.() !== 0) return { reason: `${packages.join(', ')} missing and not root: cannot apt-get install them` };
  if (!(await has('apt-get'))) return { reason: `${packages.join(', ')} missing and no apt-get to install them` };
  say(`installing ${packages.join(' ')} with apt-get (first time on this machine: about a minute)`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const update = await execa('apt-get', ['update', '-q'], { env, reject: false, all: true });
  if (update.exitCode !== 0) return { reason: `apt-get update failed: ${String(update.all).trim().split('\n').at(-1)}` };
  const install = execa('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { env, reject: false, all: true });
  install.all?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/^(Setting up|Get:\d+) /.test(line)) say(`  apt: ${line.slice(0, 100)}`);
  });
  const done = await install;
  if (done.exitCode !== 0) return { reason: `apt-get install ${packages.join(' ')} failed: ${String(done.all).trim().split('\n').at(-1)}` };
  return undefined;
}

/** Podman and runc, installed if missing, with our containers.conf written into the cache. */
export async function ensurePodman(): Promise<Unavailable | undefined> {
  if (process.platform !== 'linux') return { reason: `podman with runc is set up on Linux only (this is ${process.platform})` };
  const missing = [(await has('podman')) ? '' : 'podman', (await has('runc')) || existsSync('/usr/sbin/runc') ? '' : 'runc'].filter(Boolean);
  if (missing.length > 0) {
    const failed = await aptInstall(missing);
    if (failed) return failed;
  }
  await mkdir(cachePath('container-engine'), { recursive: true });
  await writeFile(podmanEnv()['CONTAINERS_CONF']!, CONTAINERS_CONF);
  return undefined;
}

/** A running `podman system service`: the Docker API at `dockerHost`. */
export interface DockerApi {
  readonly dockerHost: string;
  stop(): Promise<void>;
}

/** Starts `podman system service` on a fresh unix socket and waits until it answers. */
export async function startDockerApi(): Promise<DockerApi> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-harness-podman-'));
  const socket = path.join(dir, 'podman.sock');
  const child: ResultPromise = execa('podman', ['system', 'service', '--time=0', `unix://${socket}`], {
    env: podmanEnv(),
    reject: false,
    stdin: 'ignore',
    all: true,
  });
  const stop = async () => {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await child;
    clearTimeout(killer);
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ping = await execa('curl', ['-sf', '--unix-socket', socket, 'http://d/_ping'], { reject: false });
    if (ping.exitCode === 0) return { dockerHost: `unix://${socket}`, stop };
    if (child.exitCode !== null && child.exitCode !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(
    `podman system service did not answer on ${socket}: ${String((await child).all ?? '')
      .trim()
      .split('\n')
      .slice(-3)
      .join(' | ')}`,
  );
}
