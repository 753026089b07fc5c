// The existing-server backend: `--uri`/`--token` or MILVUS_URI/MILVUS_TOKEN; the token is never printed.
import type { MilvusServer } from './server.ts';

/** A server the user runs; the harness neither starts nor stops it. */
export class UriServer implements MilvusServer {
  readonly backend = 'uri' as const;
  readonly engine = 'milvus' as const;

  constructor(
    readonly uri: string,
    readonly token: string | undefined,
    readonly hasRest = true,
  ) {}

  get description(): string {
    return `existing server at ${this.uri}${this.token ? ' (token given)' : ''}`;
  }

  alive(): boolean {
    return true;
  }

  deathReason(): string | undefined {
    return undefined;
  }

  async stop(): Promise<void> {
    // Not ours to stop.
  }
}
