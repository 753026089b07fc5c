// The container backend: a MilvusContainer through testcontainers on the runtime testcontainers finds, waited for
// until it serves requests, watched while the run lasts, and removed by the harness itself on every exit path.
import { ImageName, type ContainerRuntimeClient } from 'testcontainers';
import { env } from '../config/env.ts';
import { HarnessError } from '../errors.ts';
import { onShutdown } from '../process/lifecycle.ts';
import { step } from '../support/progress.ts';
import type { AdminClient } from './admin.ts';
import { ContainerHandle, describeExit, RUN_LABEL } from './container-handle.ts';
import { ContainerLogTail, formatLogLines } from './container-logs.ts';
import { waitUntilServing } from './container-readiness.ts';
import { findContainerRuntime, remoteRuntimeHost } from './container-runtime.ts';
import { ensureImage } from './image-pull.ts';
import { MILVUS_IMAGE, MilvusContainer, STAND_IN_LABEL, type StartedMilvusContainer } from './milvus-container.ts';
import type { MilvusServer, ServerEngine } from './server.ts';

/** The message users without Docker get. */
export const NO_DOCKER_MESSAGE =
  'the container backend needs a running Docker engine, and none was found (testcontainers: no working container runtime). ' +
  'Use `--backend embedded` (milvus-lite, the default) or point the tool at a running server with `--uri <uri>`.';

/** How the container backend is asked to start. */
export interface ContainerOptions {
  /** The image (`--image`, `$DOCS_HARNESS_MILVUS_IMAGE`, else the pinned MILVUS_IMAGE). */
  readonly image?: string;
}

/** What is known about the image before it starts: its id, and what serves inside when it is a stand-in. */
interface ImageFacts {
  readonly name: string;
  readonly id: string;
  readonly standIn: string | undefined;
}

async function imageFacts(client: ContainerRuntimeClient, name: string): Promise<ImageFacts> {
  const inspected = await client.image.inspect(ImageName.fromString(name));
  return { name, id: inspected.Id.replace(/^sha256:/, '').slice(0, 12), standIn: inspected.Config?.Labels?.[STAND_IN_LABEL] };
}

/** A Milvus container owned by this run. */
export class ContainerServer implements MilvusServer {
  readonly backend = 'container' as const;
  readonly token = 'root:Milvus';
  private stopping = false;
  private dead = false;
  private readonly forget: () => void;

  private constructor(
    private readonly container: StartedMilvusContainer,
    private readonly handle: ContainerHandle,
    private readonly logs: ContainerLogTail,
    private readonly image: ImageFacts,
    private readonly remoteHost: string | undefined,
    readonly admin: AdminClient,
    forget: () => void,
    exitRead: Promise<unknown>,
  ) {
    this.forget = forget;
    // Dead once the log stream ended and the runtime said how (so deathReason can tell it).
    void exitRead.finally(() => {
      this.dead = true;
    });
  }

  /** Starts the image, waits for `/healthz`, then for real REST and gRPC answers; removes the container on any failure. */
  static async start(options: ContainerOptions = {}): Promise<ContainerServer> {
    const name = options.image ?? env.milvusImage() ?? MILVUS_IMAGE;
    const client = await findContainerRuntime();
    if (!client) throw new HarnessError('DOCKER_UNAVAILABLE', NO_DOCKER_MESSAGE);
    await ensureImage(client, name, env.pullTimeoutMs());
    const image = await imageFacts(client, name);
    const handle = new ContainerHandle(client);
    const forget = onShutdown(() => handle.remove());
    const logs = new ContainerLogTail();
    const container = new MilvusContainer(name)
      .withLabels({ [RUN_LABEL]: handle.runId })
      .withHooks({ willCreate: () => handle.willCreate(), created: (id) => handle.created(id) })
      .withLogConsumer((stream) => logs.follow(stream));
    // The log stream ends when the container stops: its state is read at once, before anyone removes it.
    const exitRead = new Promise<void>((resolve) => logs.onEnd(resolve)).then(() => handle.state());
    const stopped = async () => (logs.ended ? describeExit(await handle.state()) : undefined);
    // testcontainers reads logs over sockets it unrefs: a wait on them alone would let the process end mid-start.
    const keepAlive = setInterval(() => undefined, 1000);
    try {
      const started = await step(`starting ${name} (a cold start can take ~90 s)`, () => container.start());
      const server = { uri: started.getUri(), token: 'root:Milvus' };
      const admin = await step(`waiting until ${name} serves requests`, () => waitUntilServing({ ...server, rest: image.standIn === undefined, stopped }));
      return new ContainerServer(started, handle, logs, image, remoteRuntimeHost(client), admin, forget, exitRead);
    } catch (error) {
      const exit = logs.ended ? await exitRead : await handle.state();
      const lines = logs.lines().length > 0 ? logs.lines() : await handle.lastLogs();
      await handle.remove();
      forget();
      const why = exit && exit.status !== 'running' ? `the container ${describeExit(exit)} during start` : (error as Error).message;
      throw new HarnessError('SERVER_FAILED', `the Milvus container (${name}) did not start: ${why}${formatLogLines(lines)}`, { cause: error });
    } finally {
      clearInterval(keepAlive);
    }
  }

  get uri(): string {
    return this.container.getUri();
  }

  /** Milvus itself, or milvus-lite inside a stand-in image (with milvus-lite's gaps). */
  get engine(): ServerEngine {
    return this.image.standIn ? 'milvus-lite' : 'milvus';
  }

  /** The real image serves REST v2 on 19530; a stand-in says it does not. */
  get hasRest(): boolean {
    return this.image.standIn === undefined;
  }

  get description(): string {
    const what = this.image.standIn ? `, a stand-in for milvusdb/milvus serving ${this.image.standIn} (no REST)` : '';
    const where = this.remoteHost ? `; its Docker host ${this.remoteHost} is not this machine` : '';
    return `${this.image.name} container (image ${this.image.id}${what}, ${this.uri}${where})`;
  }

  alive(): boolean {
    return this.stopping || !this.dead;
  }

  deathReason(): string | undefined {
    if (this.alive()) return undefined;
    const lines = this.logs.lines().slice(-5);
    return `the container ${describeExit(this.handle.lastState)}${lines.length ? `: ${lines.join(' | ')}` : ''}`;
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await this.admin.close();
    await this.handle.remove();
    this.forget();
  }
}
