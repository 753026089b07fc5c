// The container backend: a MilvusContainer through testcontainers, with a clear error when Docker is absent.
import { HarnessError } from '../errors.ts';
import { onShutdown } from '../process/lifecycle.ts';
import { step } from '../support/progress.ts';
import { MILVUS_IMAGE, MilvusContainer, type StartedMilvusContainer } from './milvus-container.ts';
import type { MilvusServer } from './server.ts';

/** The message users without Docker get. */
export const NO_DOCKER_MESSAGE =
  'the container backend needs a running Docker engine, and none was found (testcontainers: no working container runtime). ' +
  'Use `--backend embedded` (milvus-lite, the default) or point the tool at a running server with `--uri <uri>`.';

function isNoDocker(error: unknown): boolean {
  return /container runtime strategy|ENOENT.*docker\.sock|connect ECONNREFUSED.*docker|Cannot connect to the Docker daemon/i.test(
    String((error as Error)?.message ?? error),
  );
}

/** A Milvus container owned by this run. */
export class ContainerServer implements MilvusServer {
  readonly backend = 'container' as const;
  readonly token = 'root:Milvus';
  readonly hasRest = true;
  private stopped = false;
  private readonly forget: () => void;

  private constructor(private readonly container: StartedMilvusContainer) {
    this.forget = onShutdown(() => this.stop());
  }

  /** Starts the pinned Milvus image and waits for `/healthz`. */
  static async start(image: string = MILVUS_IMAGE): Promise<ContainerServer> {
    try {
      const started = await step(`starting ${image} (a cold start can take ~90 s)`, () => new MilvusContainer(image).start());
      return new ContainerServer(started);
    } catch (error) {
      if (isNoDocker(error)) throw new HarnessError('DOCKER_UNAVAILABLE', NO_DOCKER_MESSAGE, { cause: error });
      throw new HarnessError('SERVER_FAILED', `the Milvus container did not start: ${(error as Error).message}`, { cause: error });
    }
  }

  get uri(): string {
    return this.container.getUri();
  }

  get description(): string {
    return `${MILVUS_IMAGE} container (${this.uri})`;
  }

  alive(): boolean {
    return !this.stopped;
  }

  deathReason(): string | undefined {
    return undefined;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.forget();
    await this.container.stop();
  }
}
