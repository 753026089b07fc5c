// Wraps a driver launch in bubblewrap: own PID, network, IPC and mount namespaces; the file system read-only except
// the snippet's folder and a private /tmp; the Milvus server's port as the only address it can reach.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Endpoint } from '../../types.ts';
import type { DriverLaunch } from '../launch.ts';
import { openBridge } from './bridge.ts';
import { cacheDir, PACKAGE_ROOT } from '../../toolchain/cache.ts';

const FORWARD = fileURLToPath(new URL('./forward.mjs', import.meta.url));
/**
 * Starts the forwarder in the background (its stdio on /dev/null, so it never shares the driver's pipes), waits until
 * it listens, then becomes the driver; the forwarder dies with the sandbox's PID namespace when the driver exits.
 */
const START_FORWARDER = [
  'node=$1 forward=$2 port=$3 sock=$4; shift 4',
  '"$node" "$forward" "$port" "$sock" /tmp/.forwarder-ready </dev/null >/dev/null 2>&1 3>&- &',
  'i=0; while [ ! -e /tmp/.forwarder-ready ] && [ $i -lt 500 ]; do sleep 0.01; i=$((i+1)); done',
  'exec "$@"',
].join('\n');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** How snippets are confined: by bwrap at `bwrap`, or not at all (`--no-sandbox`, or no working bwrap: `reason`). */
export type SandboxMode = { readonly kind: 'bwrap'; readonly bwrap: string } | { readonly kind: 'none'; readonly reason: string };

/**
 * One line saying how snippets are confined, for reports. A server that is not on this machine's loopback (a
 * remote Docker host, the harness itself in a container) can only be reached over the shared network: then snippets
 * can reach whatever this machine can, and the line says so.
 */
export function describeSandbox(mode: SandboxMode | undefined, server?: Endpoint): string {
  if (!mode || mode.kind === 'none') return `none (${mode?.reason ?? 'not asked'}): snippets can read your files and reach the network`;
  const host = server ? serverAddress(server).host : undefined;
  if (host !== undefined && !LOOPBACK.has(host)) {
    return `bubblewrap: own PID and mount namespaces; files read-only except the snippet folder; network: shared with this machine (the Milvus server at ${host} is not on its loopback), so snippets can reach any address this machine can`;
  }
  return 'bubblewrap: own PID, network and mount namespaces; files read-only except the snippet folder; network: the Milvus server only';
}

/** The port the Milvus server has inside the sandbox (the docs' own), whatever port it really has outside. */
export const SANDBOX_PORT = 19530;

/**
 * The server as snippets see it: inside a sandbox with its own network, always `127.0.0.1:19530` (forwarded to the
 * real server), so the code that runs, and what is built from it, is the same from run to run; else the real one.
 */
export function innerEndpoint(server: Endpoint, mode: SandboxMode | undefined): Endpoint {
  if (mode?.kind !== 'bwrap' || !LOOPBACK.has(serverAddress(server).host)) return server;
  return { uri: `http://127.0.0.1:${SANDBOX_PORT}`, address: `127.0.0.1:${SANDBOX_PORT}`, token: server.token };
}

/** A launch ready to start, what to stop once its process has ended, and how to point its way out at another server. */
export interface SandboxedLaunch {
  readonly launch: DriverLaunch;
  readonly close: () => Promise<void>;
  /** Points the sandbox's bridge at another server on the same host (a warm runtime's next page: its own call tap). */
  readonly retarget: (endpoint: Endpoint) => void;
}

/** True when `dir` is `root` or inside it. */
function isUnder(dir: string, root: string): boolean {
  const relative = path.relative(root, path.resolve(dir));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The server's host and port as snippets reach it. */
export function serverAddress(endpoint: Endpoint): { host: string; port: number } {
  const url = new URL(/^\w+:\/\//.test(endpoint.uri) ? endpoint.uri : `http://${endpoint.uri}`);
  return { host: url.hostname, port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)) };
}

/** `launch` confined by the sandbox mode (unchanged without one); `endpoint` is the real server, outside. */
export async function sandboxLaunch(launch: DriverLaunch, mode: SandboxMode, endpoint: Endpoint): Promise<SandboxedLaunch> {
  if (mode.kind === 'none') return { launch, close: async () => undefined, retarget: () => undefined };
  // The bridge connects to a bare host (an IPv6 loopback without its brackets).
  const target = (to: Endpoint) => {
    const { host, port } = serverAddress(to);
    return { host: host.replace(/^\[|\]$/g, ''), port };
  };
  const isolatedNet = LOOPBACK.has(serverAddress(endpoint).host);
  const first = target(endpoint);
  const bridge = isolatedNet ? await openBridge(path.join(launch.cwd, '.milvus.sock'), first.host, first.port) : undefined;
  const args = [
    '--unshare-all',
    ...(isolatedNet ? [] : ['--share-net']), // a server on another machine: the network is shared, files and processes stay confined
    '--die-with-parent',
    '--new-session',
    '--ro-bind',
    '/',
    '/',
    '--dev',
    '/dev',
    '--proc',
    '/proc',
    '--tmpfs',
    '/tmp',
    // The harness and its cache stay visible (read-only) when they live under /tmp (a CI checkout, a clone there).
    ...[PACKAGE_ROOT, cacheDir()].filter((dir) => isUnder(dir, '/tmp')).flatMap((dir) => ['--ro-bind', dir, dir]),
    '--tmpfs',
    '/dev/shm',
    '--bind',
    launch.cwd,
    launch.cwd,
    '--chdir',
    launch.cwd,
    '--',
    ...(bridge ? ['/bin/sh', '-c', START_FORWARDER, 'sandbox', process.execPath, FORWARD, String(SANDBOX_PORT), bridge.socket] : []),
    launch.command,
    ...launch.args,
  ];
  const retarget = (to: Endpoint) => {
    const next = target(to);
    bridge?.retarget(next.host, next.port);
  };
  return { launch: { ...launch, command: mode.bwrap, args }, close: async () => bridge?.close(), retarget };
}
