// The embedded backend: milvus-lite started from the cache venv on 127.0.0.1, a free port and a temporary data dir.
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';
import { HarnessError } from '../errors.ts';
import { onShutdown, trackPid } from '../process/lifecycle.ts';
import { AdminClient } from './admin.ts';
import { serverVenv } from './server-venv.ts';
import { MILVUS_LITE_VERSION, type MilvusServer } from './server.ts';

const HOST = '127.0.0.1';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A milvus-lite server process owned by this run. */
export class EmbeddedServer implements MilvusServer {
  readonly backend = 'embedded' as const;
  readonly token = undefined;
  readonly hasRest = false;
  readonly engine = 'milvus-lite' as const;
  private stderrTail: string[] = [];
  private exit: string | undefined;
  private stopping = false;
  /** The agent that answered the readiness check, kept for the run (set once start() returns). */
  admin: AdminClient | undefined;
  private readonly forget: (() => void)[] = [];

  private constructor(
    readonly uri: string,
    readonly port: number,
    private readonly dataDir: string,
    readonly child: ResultPromise,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = [...this.stderrTail, ...chunk.toString().split('\n').filter(Boolean)].slice(-5);
    });
    void child.then((result) => {
      this.exit = result.signal
        ? `killed by ${result.signal}`
        : result.exitCode === undefined
          ? `could not be started (${result.shortMessage})`
          : `exited with code ${result.exitCode}`;
    });
    this.forget.push(
      trackPid(child.pid!),
      onShutdown(() => this.stop()),
    );
  }

  /** Starts milvus-lite and waits until a real RPC answers. */
  static async start(options: { startTimeoutMs?: number } = {}): Promise<EmbeddedServer> {
    const venv = await serverVenv();
    const port = await getPort({ host: HOST });
    const dataDir = await mkdtemp(path.join(tmpdir(), 'docs-harness-milvus-'));
    // Through the venv's python, not the script's shebang: a cache folder that moved keeps working.
    const child = execa(venv.python, [venv.bin('milvus-lite'), 'server', '--data-dir', dataDir, '--host', HOST, '--port', String(port)], {
      env: { PYTHONUNBUFFERED: '1' },
      reject: false,
      buffer: false,
      stdin: 'ignore',
      detached: true,
    });
    const server = new EmbeddedServer(`http://${HOST}:${port}`, port, dataDir, child);
    try {
      await server.waitReady(venv, options.startTimeoutMs ?? 60_000);
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  private async waitReady(venv: Awaited<ReturnType<typeof serverVenv>>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await portOpen(this.port))) {
      if (this.exit) throw new HarnessError('SERVER_FAILED', `milvus-lite ${this.exit} before it answered: ${this.stderrTail.join(' | ') || 'no output'}`);
      if (Date.now() > deadline) throw new HarnessError('SERVER_FAILED', `milvus-lite did not open port ${this.port} within ${timeoutMs / 1000} s`);
      await sleep(50);
    }
    this.admin = new AdminClient(venv, this.uri, undefined);
    await this.admin.ping(Math.max(1000, deadline - Date.now()));
  }

  get description(): string {
    return `milvus-lite ${MILVUS_LITE_VERSION} (pid ${this.child.pid}, ${this.uri})`;
  }

  alive(): boolean {
    return this.exit === undefined;
  }

  deathReason(): string | undefined {
    if (this.exit === undefined) return undefined;
    return `${this.exit}${this.stderrTail.length ? `: ${this.stderrTail.join(' | ')}` : ''}`;
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await this.admin?.close();
    if (this.exit === undefined) {
      this.child.kill('SIGTERM');
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await this.child;
      clearTimeout(killer);
    }
    for (const forget of this.forget) forget();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
