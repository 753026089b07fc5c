// The container a run creates, by id from the moment it exists: its state, its last logs, and its removal. Every
// exit path (a failed start, Ctrl-C during the start, the end of the run) removes it through here, reaper or not.
import { randomUUID } from 'node:crypto';
import type { ContainerRuntimeClient } from 'testcontainers';
import { ContainerLogTail } from './container-logs.ts';

/** The label every container of this harness run carries (its value: the run's id), to find one not yet named. */
export const RUN_LABEL = 'org.docs-harness.run';

/** How a stopped container ended, from the runtime's own state. */
export interface ContainerExit {
  readonly status: string;
  readonly exitCode: number;
  readonly oomKilled: boolean;
}

/** Says how a container ended, in words. */
export function describeExit(exit: ContainerExit | undefined): string {
  if (!exit) return 'stopped (its state could not be read)';
  if (exit.oomKilled) return `was killed for lack of memory (exit code ${exit.exitCode})`;
  if (exit.exitCode === 137) return 'was killed (SIGKILL, exit code 137)';
  if (exit.exitCode === 143) return 'was stopped (SIGTERM, exit code 143)';
  return `exited with code ${exit.exitCode}`;
}

/** One run's container on one runtime. */
export class ContainerHandle {
  readonly runId = randomUUID();
  private id: string | undefined;
  private creating = false;
  private removed = false;
  private exit: ContainerExit | undefined;

  constructor(private readonly client: ContainerRuntimeClient) {}

  /** The runtime is about to create the container. */
  willCreate(): void {
    this.creating = true;
  }

  /** The runtime created the container. */
  created(id: string): void {
    this.id = id;
  }

  /** The container's id, once created. */
  get containerId(): string | undefined {
    return this.id;
  }

  /** How it ended, once a state read found it stopped. */
  get lastState(): ContainerExit | undefined {
    return this.exit;
  }

  /** Its state now (kept once it has stopped, so it can be told after removal); undefined when unreadable. */
  async state(): Promise<ContainerExit | undefined> {
    if (this.exit || !this.id) return this.exit;
    try {
      const { State } = await this.client.container.getById(this.id).inspect();
      const now = { status: State.Status, exitCode: State.ExitCode, oomKilled: State.OOMKilled };
      if (!State.Running) this.exit = now;
      return now;
    } catch {
      return undefined;
    }
  }

  /** Its last log lines (for a container whose stream was never followed). */
  async lastLogs(timeoutMs = 5000): Promise<readonly string[]> {
    if (!this.id) return [];
    const tail = new ContainerLogTail();
    try {
      tail.follow(await this.client.container.logs(this.client.container.getById(this.id), { tail: 20 }));
      await tail.waitEnded(timeoutMs);
    } catch {
      // no logs to show
    }
    return tail.lines();
  }

  /** Removes the container (killing it if it runs); waits briefly for one being created; idempotent. */
  async remove(): Promise<void> {
    if (this.removed) return;
    this.removed = true;
    for (let waited = 0; this.creating && !this.id && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    await this.state();
    const ids = new Set(this.id ? [this.id] : []);
    try {
      const mine = await this.client.container.dockerode.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${this.runId}`] } });
      for (const info of mine) ids.add(info.Id);
    } catch {
      // the runtime does not list: the id is enough
    }
    await Promise.all(
      [...ids].map((id) =>
        this.client.container
          .getById(id)
          .remove({ force: true, v: true })
          .catch((error: { statusCode?: number }) => {
            if (error?.statusCode !== 404 && error?.statusCode !== 409) throw error;
          }),
      ),
    );
  }
}
