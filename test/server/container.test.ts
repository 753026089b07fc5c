import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../harness/config/defaults.ts';
import { env } from '../../harness/config/env.ts';
import { isHarnessError } from '../../harness/errors.ts';
import { describeSandbox } from '../../harness/process/sandbox/sandbox.ts';
import { ContainerServer } from '../../harness/server/container.ts';
import { describeExit } from '../../harness/server/container-handle.ts';
import { ContainerLogTail, formatLogLines, LOG_TAIL_LINES } from '../../harness/server/container-logs.ts';
import { restAnswers } from '../../harness/server/container-readiness.ts';
import { containerRuntimeAvailable, isThisMachine } from '../../harness/server/container-runtime.ts';
import { MILVUS_IMAGE, MILVUS_MANAGEMENT_PORT, MILVUS_PORT, MilvusContainer } from '../../harness/server/milvus-container.ts';

describe('MilvusContainer configuration (no Docker needed)', () => {
  const config = new MilvusContainer().configuration();

  it('pins a 2.6 patch in one place, and takes another image from the environment', () => {
    expect(config.image).toBe(MILVUS_IMAGE);
    expect(MILVUS_IMAGE).toBe(DEFAULTS.milvusImage);
    expect(MILVUS_IMAGE).toMatch(/^milvusdb\/milvus:v2\.6\.\d+$/);
    expect(env.milvusImage({ DOCS_HARNESS_MILVUS_IMAGE: 'milvusdb/milvus:v2.6.3' })).toBe('milvusdb/milvus:v2.6.3');
    expect(env.milvusImage({})).toBeUndefined();
  });

  it('runs standalone with embedded etcd and local storage', () => {
    expect(config.command).toEqual(['milvus', 'run', 'standalone']);
    expect(config.environment).toMatchObject({ ETCD_USE_EMBED: 'true', COMMON_STORAGETYPE: 'local', ETCD_CONFIG_PATH: '/milvus/configs/embedEtcd.yaml' });
    expect(config.files).toEqual([
      expect.objectContaining({ target: '/milvus/configs/embedEtcd.yaml', content: expect.stringContaining('listen-client-urls') }),
    ]);
  });

  it('exposes 19530 and 9091, waits on /healthz with a generous timeout, and stops waiting when the container exits', () => {
    expect(config.exposedPorts).toEqual([MILVUS_PORT, MILVUS_MANAGEMENT_PORT]);
    expect(config.healthPath).toBe('/healthz');
    expect(config.healthPort).toBe(9091);
    expect(config.abortOnContainerExit).toBe(true);
    expect(config.startupTimeoutMs).toBeGreaterThanOrEqual(120_000);
    expect(new MilvusContainer().withStartupTimeout(300_000).configuration().startupTimeoutMs).toBe(300_000);
  });

  it('accepts another image tag and the labels its owner finds it by', () => {
    expect(new MilvusContainer('milvusdb/milvus:v2.5.4').configuration().image).toBe('milvusdb/milvus:v2.5.4');
    expect(new MilvusContainer().withLabels({ 'org.docs-harness.run': 'r1' }).configuration().labels).toMatchObject({ 'org.docs-harness.run': 'r1' });
  });

  it('bounds the pull: 15 minutes unless DOCS_HARNESS_PULL_TIMEOUT says otherwise', () => {
    expect(env.pullTimeoutMs({})).toBe(900_000);
    expect(env.pullTimeoutMs({ DOCS_HARNESS_PULL_TIMEOUT: '60' })).toBe(60_000);
    expect(env.pullTimeoutMs({ DOCS_HARNESS_PULL_TIMEOUT: 'soon' })).toBe(900_000);
  });
});

const runtimeHere = await containerRuntimeAvailable();

describe('container backend without a container runtime', () => {
  // Decided as testcontainers decides (DOCKER_HOST, its properties file, the Docker socket, rootless sockets).
  it.skipIf(runtimeHere)('fails at once with a clear error naming --backend embedded and --uri', async () => {
    const error = await ContainerServer.start().catch((e: unknown) => e);
    expect(isHarnessError(error, 'DOCKER_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain('--backend embedded');
    expect((error as Error).message).toContain('--uri');
  });
});

describe('what the container backend reads from a container', () => {
  it('keeps the last log lines of a stream, whole lines only, and notices its end', async () => {
    const tail = new ContainerLogTail();
    const stream = new PassThrough();
    tail.follow(stream);
    for (let i = 1; i <= LOG_TAIL_LINES + 3; i++) stream.write(`line ${i}\n`);
    stream.write('partial');
    stream.write(' line');
    await new Promise((resolve) => setImmediate(resolve));
    expect(tail.ended).toBe(false);
    expect(tail.lines().at(-1)).toBe(`line ${LOG_TAIL_LINES + 3}`);
    stream.end();
    expect(await tail.waitEnded(1000)).toBe(true);
    expect(tail.lines()).toHaveLength(LOG_TAIL_LINES);
    expect(tail.lines().at(-1)).toBe('partial line');
    expect(formatLogLines(['a', 'b'])).toBe('\n  last log lines:\n    a\n    b');
    expect(formatLogLines([])).toBe('');
  });

  it('says how a container ended', () => {
    expect(describeExit({ status: 'exited', exitCode: 3, oomKilled: false })).toBe('exited with code 3');
    expect(describeExit({ status: 'exited', exitCode: 137, oomKilled: false })).toBe('was killed (SIGKILL, exit code 137)');
    expect(describeExit({ status: 'exited', exitCode: 137, oomKilled: true })).toMatch(/lack of memory/);
    expect(describeExit(undefined)).toMatch(/could not be read/);
  });
});

describe('the REST readiness call (a real HTTP server)', () => {
  let server: Server;
  let uri = '';
  const answers: { status: number; body: string }[] = [];
  const seen: { method?: string; url?: string; auth?: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ method: request.method, url: request.url, auth: request.headers.authorization });
      const answer = answers.shift() ?? { status: 500, body: 'no answer planned' };
      response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts collections/list with the token, and waits for code 0', async () => {
    answers.push({ status: 503, body: 'Milvus Proxy is not ready yet' }, { status: 200, body: '{"code":1800,"message":"proxy not healthy"}' });
    answers.push({ status: 200, body: '{"code":0,"data":[]}' });
    expect(await restAnswers(uri, 'root:Milvus')).toBe('HTTP 503: Milvus Proxy is not ready yet');
    expect(await restAnswers(uri, 'root:Milvus')).toBe('code 1800: proxy not healthy');
    expect(await restAnswers(uri, 'root:Milvus')).toBeUndefined();
    expect(seen[0]).toEqual({ method: 'POST', url: '/v2/vectordb/collections/list', auth: 'Bearer root:Milvus' });
    expect(await restAnswers('http://127.0.0.1:1', undefined)).toMatch(/fetch failed/);
  });
});

describe('whether the Docker host is this machine', () => {
  const interfaces = { lo: [{ address: '127.0.0.1' }], podman0: [{ address: '10.88.0.1' }] } as unknown as ReturnType<
    typeof import('node:os').networkInterfaces
  >;

  it('is, for loopback and for an address of its own interfaces (a bridge gateway)', () => {
    expect(isThisMachine('localhost', interfaces)).toBe(true);
    expect(isThisMachine('127.0.0.1', interfaces)).toBe(true);
    expect(isThisMachine('10.88.0.1', interfaces)).toBe(true);
  });

  it('is not, for another address or a host name (a remote DOCKER_HOST, the host of the container the harness runs in)', () => {
    expect(isThisMachine('172.17.0.1', interfaces)).toBe(false);
    expect(isThisMachine('docker', interfaces)).toBe(false);
  });
});

describe('the sandbox line tells the truth about the network', () => {
  const bwrap = { kind: 'bwrap', bwrap: '/usr/bin/bwrap' } as const;

  it('names the server as the only address when it is on loopback', () => {
    expect(describeSandbox(bwrap, { uri: 'http://localhost:32768', address: 'localhost:32768', token: undefined })).toMatch(/network: the Milvus server only/);
  });

  it('says snippets share the network when the server (a remote Docker host) is not on loopback', () => {
    const line = describeSandbox(bwrap, { uri: 'http://10.1.2.3:32768', address: '10.1.2.3:32768', token: undefined });
    expect(line).toMatch(/network: shared with this machine \(the Milvus server at 10\.1\.2\.3 is not on its loopback\)/);
    expect(line).not.toMatch(/server only/);
  });
});
