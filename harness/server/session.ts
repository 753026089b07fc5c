// A server plus its admin agent, restarted fresh if the server dies mid-run.
import { closeWarmRuntimes } from '../process/warm-pool.ts';
import { HarnessError } from '../errors.ts';
import { activity, progress } from '../support/progress.ts';
import { AdminClient } from './admin.ts';
import { adminVenv } from './server-venv.ts';
import type { MilvusServer } from './server.ts';
import { takeBaseline, type Baseline } from './baseline.ts';
import { resolveServerOptions, startServer, type ServerOptions } from './start.ts';
import { MILVUS_LITE_VERSION, type ServerEngine } from './server.ts';

/** The server's own admin agent when the backend opened one, else a new one; checked with a real RPC. */
async function adminFor(server: MilvusServer): Promise<AdminClient> {
  const admin = server.admin ?? new AdminClient(await adminVenv(), server.uri, server.token);
  try {
    await admin.ping();
  } catch (error) {
    await admin.close();
    const cause = (error as Error).message.replace(/^Milvus ping failed: /, '');
    throw new HarnessError(
      'SERVER_FAILED',
      `the Milvus server at ${server.uri} does not answer (${cause}). Check the address (--uri or MILVUS_URI), the token, and that the server is running.`,
      { cause: error },
    );
  }
  return admin;
}

/** What a run's results depend on of its server, known before it starts (the result cache's key). */
export interface ServerIdentity {
  readonly backend: string;
  /** The server and its version (`milvus-lite 3.2.2`), without pid or address. */
  readonly name: string;
  readonly hasRest: boolean;
  /** Milvus, or milvus-lite (whose gaps are judged as such). */
  readonly engine: ServerEngine;
}

/** The identity of a fresh embedded server, known without starting it. */
const EMBEDDED_IDENTITY: ServerIdentity = { backend: 'embedded', name: `milvus-lite ${MILVUS_LITE_VERSION}`, hasRest: false, engine: 'milvus-lite' };

/** What a fresh server holds: nothing but the `default` database (a test checks it against a real one). */
export const FRESH_BASELINE: Baseline = { collections: [], databases: ['default'], inDatabases: {} };

/** The server a run uses and the admin agent bound to it (started when first needed, for a deferred session). */
export class ServerSession {
  private running: { server: MilvusServer; admin: AdminClient } | undefined;
  private starting: Promise<void> | undefined;

  private constructor(
    private readonly options: ServerOptions,
    private readonly fresh: boolean,
  ) {}

  /** Starts (or connects to) the server and its admin agent, and checks it answers. */
  static async open(options: ServerOptions): Promise<ServerSession> {
    const session = new ServerSession(options, false);
    await session.ensure();
    return session;
  }

  /**
   * A session whose embedded server starts only when a page first needs it (a run whose every result comes from the
   * cache starts none); any other backend starts now.
   */
  static async deferred(options: ServerOptions): Promise<ServerSession> {
    if (resolveServerOptions(options).backend !== 'embedded') return ServerSession.open(options);
    return new ServerSession(options, true);
  }

  /** Starts the server if it is not running yet (once, however many callers wait). */
  async ensure(): Promise<void> {
    this.starting ??= (async () => {
      const shown = activity('starting the Milvus server');
      const server = await startServer(this.options).finally(() => shown.end());
      try {
        this.running = { server, admin: await adminFor(server) };
      } catch (error) {
        await server.stop();
        throw error;
      }
    })();
    await this.starting;
  }

  /** True once the server was started. */
  get started(): boolean {
    return this.running !== undefined;
  }

  /** The running server (only after `ensure`). */
  get server(): MilvusServer {
    if (!this.running) throw new Error('docs-harness: the server was used before it was started (a harness bug)');
    return this.running.server;
  }

  /** The admin agent of the running server (only after `ensure`). */
  get admin(): AdminClient {
    if (!this.running) throw new Error('docs-harness: the server was used before it was started (a harness bug)');
    return this.running.admin;
  }

  /** What results depend on of this server: known before a deferred server starts. */
  get identity(): ServerIdentity {
    if (!this.running) return EMBEDDED_IDENTITY;
    const { server } = this.running;
    return { backend: server.backend, name: server.description.split(' (')[0]!, hasRest: server.hasRest, engine: server.engine };
  }

  /** The server's description for reports (a deferred server that never started says so). */
  get description(): string {
    return this.running
      ? this.running.server.description
      : `${EMBEDDED_IDENTITY.name} (not started: no result needed it, each came from the cache or needed no server)`;
  }

  private taken: Baseline | undefined;

  /** What the server held before the run's first page: resets drop everything else (pages stay isolated). */
  async baseline(): Promise<Baseline> {
    // A server this session started holds nothing yet: no need to ask (nor to start it).
    if (this.fresh) return FRESH_BASELINE;
    this.taken ??= await takeBaseline(this.admin);
    return this.taken;
  }

  /** If the server died, says so, and starts a fresh one; returns the reason it died, if it did. */
  async reviveIfDead(): Promise<string | undefined> {
    if (!this.running || this.server.alive()) return undefined;
    const reason = this.server.deathReason() ?? 'stopped answering';
    progress(`the Milvus server died mid-run (${reason}); starting a fresh one`);
    await this.admin.close();
    await this.server.stop();
    this.running = undefined;
    this.starting = undefined;
    await this.ensure();
    this.taken = undefined;
    return reason;
  }

  /** Stops the admin agent and the server (if the harness started it). */
  async close(): Promise<void> {
    // A start still under way is waited for, so that what it started is stopped too.
    await this.starting?.catch(() => undefined);
    if (!this.running) return;
    await closeWarmRuntimes();
    await this.running.admin.close();
    await this.running.server.stop();
  }
}
