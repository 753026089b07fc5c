// Talks to a Milvus server through the Python admin agent (pymilvus in the server venv): ping, reset, fixtures, databases, state.
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import { HarnessError } from '../errors.ts';
import type { CollectionState } from '../types.ts';
import { trackPid } from '../process/lifecycle.ts';
import type { Venv } from '../toolchain/venv.ts';
import type { CollectionSpec } from './collection-spec.ts';

const AGENT = fileURLToPath(new URL('./admin_agent.py', import.meta.url));

/** A collection described back from the server, in the fixture's own terms. */
export interface CollectionDescription extends CollectionState {
  readonly fields?: { name: string; type: string; primaryKey: boolean; autoId: boolean; dim?: number; maxLength?: number }[];
  readonly dynamicField?: boolean;
  readonly indexes?: { field: string; type: string; metric: string }[];
}

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** One admin agent process bound to one server. */
export class AdminClient {
  private readonly child: ResultPromise;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private nextId = 1;
  private closed = false;
  private readonly untrack: () => void;
  /** The agent's last stderr lines: why it exited. */
  private stderrTail: string[] = [];

  constructor(venv: Venv, uri: string, token: string | undefined) {
    this.child = execa(venv.python, ['-u', AGENT], {
      env: { MILVUS_URI: uri, MILVUS_TOKEN: token ?? '', PYTHONUNBUFFERED: '1', GRPC_VERBOSITY: 'NONE' },
      stdin: 'pipe',
      stdout: 'pipe',
      stderr: 'pipe',
      reject: false,
      buffer: false,
    });
    this.untrack = trackPid(this.child.pid!);
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      const reply = JSON.parse(line) as Reply;
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
    createInterface({ input: this.child.stderr! }).on('line', (line) => {
      if (line.trim()) this.stderrTail = [...this.stderrTail, line.trim()].slice(-3);
    });
    void this.child.then(() => {
      this.closed = true;
      const why = this.stderrTail.at(-1);
      for (const resolve of this.waiting.values()) resolve({ id: 0, ok: false, error: `the admin agent exited${why ? `: ${why}` : ''}` });
      this.waiting.clear();
    });
  }

  /** Sends one request; resolves with its result or throws SERVER_FAILED with the agent's error. */
  async request<T>(op: string, body: Record<string, unknown> = {}, timeoutMs = 120_000): Promise<T> {
    if (this.closed) throw new HarnessError('SERVER_FAILED', `cannot ${op}: the admin agent has exited (is the server still up?)`);
    const id = this.nextId++;
    const reply = await new Promise<Reply>((resolve) => {
      const timer = setTimeout(() => resolve({ id, ok: false, error: `no answer within ${timeoutMs / 1000} s` }), timeoutMs);
      this.waiting.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.child.stdin!.write(`${JSON.stringify({ id, op, ...body })}\n`);
    });
    if (!reply.ok) throw new HarnessError('SERVER_FAILED', `Milvus ${op} failed: ${reply.error}`);
    return reply.result as T;
  }

  /** A real RPC (list collections) that succeeds only when the server answers. */
  ping(timeoutMs = 30_000): Promise<unknown> {
    return this.request('ping', {}, timeoutMs);
  }

  /** Creates the collections exactly as declared (dropping any of the same name first). */
  apply(collections: readonly CollectionSpec[]): Promise<unknown> {
    return this.request('apply', { collections });
  }

  /** Drops the named collections of `database` (default: `default`) where they exist. */
  drop(names: readonly string[], database?: string): Promise<{ dropped: string[] }> {
    return this.request('reset', { drop: names, ...(database ? { database } : {}) });
  }

  /** Names of the collections in `database` (default: `default`). */
  list(database?: string): Promise<string[]> {
    return this.request('list', database ? { database } : {});
  }

  /** Creates the named databases where they do not exist yet. */
  createDatabases(names: readonly string[]): Promise<{ created: string[] }> {
    return this.request('create_databases', { names });
  }

  /** Names of the databases on the server. */
  databases(): Promise<string[]> {
    return this.request('databases');
  }

  /** Drops the named databases (their collections first) where they exist. */
  dropDatabases(names: readonly string[]): Promise<{ dropped: string[] }> {
    return this.request('drop_databases', { names });
  }

  /** Existence, load state and row count of the named collections. */
  state(names: readonly string[]): Promise<CollectionState[]> {
    return this.request('state', { names });
  }

  /** Full description of the named collections (fields, indexes, rows, load state). */
  describe(names: readonly string[]): Promise<CollectionDescription[]> {
    return this.request('describe', { names });
  }

  /**
   * What snippets could have changed besides load states: the databases, the collections of each, and the named
   * collections' schemas, rows, partitions and aliases (each in its own database).
   */
  fingerprint(collections: readonly Pick<CollectionSpec, 'name' | 'database'>[]): Promise<unknown> {
    return this.request('fingerprint', { collections: collections.map(({ name, database }) => ({ name, database })) });
  }

  /** Puts the collections back in their declared load state (release, then load all fields where declared loaded), each in its database. */
  restoreLoad(collections: readonly CollectionSpec[]): Promise<unknown> {
    return this.request('restore_load', { collections });
  }

  /** Stops the agent. */
  async close(): Promise<void> {
    if (!this.closed) {
      this.child.stdin!.end();
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
      await this.child;
      clearTimeout(timer);
    }
    this.untrack();
  }
}
