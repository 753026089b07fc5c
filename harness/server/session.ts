// A server plus its admin agent, restarted fresh if the server dies mid-run.
import { HarnessError } from '../errors.ts';
import { progress } from '../support/progress.ts';
import { AdminClient } from './admin.ts';
import { adminVenv } from './server-venv.ts';
import type { MilvusServer } from './server.ts';
import { takeBaseline, type Baseline } from './baseline.ts';
import { startServer, type ServerOptions } from './start.ts';

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

/** The server a run uses and the admin agent bound to it. */
export class ServerSession {
  private constructor(
    private readonly options: ServerOptions,
    public server: MilvusServer,
    public admin: AdminClient,
  ) {}

  /** Starts (or connects to) the server and its admin agent, and checks it answers. */
  static async open(options: ServerOptions): Promise<ServerSession> {
    const server = await startServer(options);
    try {
      return new ServerSession(options, server, await adminFor(server));
    } catch (error) {
      await server.stop();
      throw error;
    }
  }

  private taken: Baseline | undefined;

  /** What the server held before the run's first page: resets drop everything else (pages stay isolated). */
  async baseline(): Promise<Baseline> {
    this.taken ??= await takeBaseline(this.admin);
    return this.taken;
  }

  /** If the server died, says so, and starts a fresh one; returns the reason it died, if it did. */
  async reviveIfDead(): Promise<string | undefined> {
    if (this.server.alive()) return undefined;
    const reason = this.server.deathReason() ?? 'stopped answering';
    progress(`the Milvus server died mid-run (${reason}); starting a fresh one`);
    await this.admin.close();
    await this.server.stop();
    this.server = await startServer(this.options);
    this.admin = await adminFor(this.server);
    this.taken = undefined;
    return reason;
  }

  /** Stops the admin agent and the server (if the harness started it). */
  async close(): Promise<void> {
    await this.admin.close();
    await this.server.stop();
  }
}
