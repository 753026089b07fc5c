// A testcontainers module for Milvus standalone (embedded etcd, local storage), in the style of the qdrant module.
import { DEFAULTS } from '../config/defaults.ts';
import { AbstractStartedContainer, GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';

/** The one place the Milvus image is pinned. */
export const MILVUS_IMAGE: string = DEFAULTS.milvusImage;
/**
 * The label an image carries when it is a stand-in for milvusdb/milvus (its value: what serves inside, e.g.
 * `milvus-lite 3.2.2`): no REST API, and the server gaps of milvus-lite. The real image has no such label.
 */
export const STAND_IN_LABEL = 'org.docs-harness.stand-in';
/** gRPC and REST v2 share this port. */
export const MILVUS_PORT = 19530;
/** Management port: `/healthz`, metrics. */
export const MILVUS_MANAGEMENT_PORT = 9091;

const EMBED_ETCD_PATH = '/milvus/configs/embedEtcd.yaml';
const EMBED_ETCD_YAML = [
  'listen-client-urls: http://0.0.0.0:2379',
  'advertise-client-urls: http://0.0.0.0:2379',
  'quota-backend-bytes: 4294967296',
  'auto-compaction-mode: revision',
  "auto-compaction-retention: '1000'",
  '',
].join('\n');

/** The settings a Milvus container is created with (readable without Docker, for tests and `--dry-run`). */
export interface MilvusContainerConfiguration {
  readonly image: string;
  readonly command: readonly string[];
  readonly environment: Readonly<Record<string, string>>;
  readonly exposedPorts: readonly number[];
  readonly files: readonly { target: string; content: string }[];
  readonly healthPath: string;
  readonly healthPort: number;
  readonly startupTimeoutMs: number;
  readonly abortOnContainerExit: boolean;
  readonly labels: Readonly<Record<string, string>>;
}

/** What the module reports to its owner while it starts (the container exists from `created` on). */
export interface MilvusContainerHooks {
  readonly willCreate?: () => void;
  readonly created?: (id: string) => void;
}

/** A Milvus standalone container: `milvus run standalone`, embedded etcd, local storage, healthy on `:9091/healthz`. */
export class MilvusContainer extends GenericContainer {
  private startupTimeout = 180_000;
  private hooks: MilvusContainerHooks = {};
  /** A container that exits while `/healthz` is awaited ends the wait at once (with its logs), not at the timeout. */
  private readonly healthWait = { abortOnContainerExit: true } as const;

  constructor(image: string = MILVUS_IMAGE) {
    super(image);
    this.withCommand(['milvus', 'run', 'standalone'])
      .withEnvironment({
        ETCD_USE_EMBED: 'true',
        ETCD_DATA_DIR: '/var/lib/milvus/etcd',
        ETCD_CONFIG_PATH: EMBED_ETCD_PATH,
        COMMON_STORAGETYPE: 'local',
        DEPLOY_MODE: 'STANDALONE',
      })
      .withCopyContentToContainer([{ content: EMBED_ETCD_YAML, target: EMBED_ETCD_PATH }])
      .withExposedPorts(MILVUS_PORT, MILVUS_MANAGEMENT_PORT)
      .withSecurityOpt('seccomp=unconfined')
      .withWaitStrategy(Wait.forHttp('/healthz', MILVUS_MANAGEMENT_PORT, this.healthWait).forStatusCode(200))
      .withStartupTimeout(this.startupTimeout);
  }

  /** Sets how long a cold start may take (default 180 s; a cold start can take ~90 s). */
  override withStartupTimeout(startupTimeoutMs: number): this {
    this.startupTimeout = startupTimeoutMs;
    return super.withStartupTimeout(startupTimeoutMs);
  }

  /** Tells `hooks` when the container is about to be created and once it exists (so its owner can always remove it). */
  withHooks(hooks: MilvusContainerHooks): this {
    this.hooks = hooks;
    return this;
  }

  protected override async beforeContainerCreated(): Promise<void> {
    this.hooks.willCreate?.();
  }

  protected override async containerCreated(containerId: string): Promise<void> {
    this.hooks.created?.(containerId);
  }

  /** What the container will be created with. */
  configuration(): MilvusContainerConfiguration {
    return {
      image: this.imageName.string,
      command: this.createOpts.Cmd as string[],
      environment: { ...this.environment },
      exposedPorts: this.exposedPorts.map((port) => (typeof port === 'number' ? port : typeof port === 'string' ? Number.parseInt(port, 10) : port.container)),
      files: this.contentsToCopy.map((file) => ({ target: file.target, content: String(file.content) })),
      healthPath: '/healthz',
      healthPort: MILVUS_MANAGEMENT_PORT,
      startupTimeoutMs: this.startupTimeout,
      abortOnContainerExit: this.healthWait.abortOnContainerExit,
      labels: { ...this.createOpts.Labels },
    };
  }

  override async start(): Promise<StartedMilvusContainer> {
    return new StartedMilvusContainer(await super.start());
  }
}

/** A started Milvus container: its gRPC/REST URI and its health URL. */
export class StartedMilvusContainer extends AbstractStartedContainer {
  /** `http://host:port` of gRPC and REST v2. */
  getUri(): string {
    return `http://${this.getHost()}:${this.getMappedPort(MILVUS_PORT)}`;
  }
}

export type { StartedTestContainer };
