// The interface every Milvus backend (embedded, container, existing URI) gives the pipeline.

/** Which kind of server a run uses. */
export type BackendName = 'embedded' | 'container' | 'uri';

import type { Endpoint } from '../types.ts';
import type { AdminClient } from './admin.ts';

/** What answers behind the endpoint: Milvus itself, or milvus-lite (its gaps are judged as such). */
export type ServerEngine = 'milvus' | 'milvus-lite';

/** A running Milvus server the snippets and the admin agent talk to. */
export interface MilvusServer {
  readonly backend: BackendName;
  /** gRPC endpoint, `http://host:port`. */
  readonly uri: string;
  /** Token, if any; never printed. */
  readonly token: string | undefined;
  /** Whether the server also answers the REST v2 API (milvus-lite does not). */
  readonly hasRest: boolean;
  /** Milvus, or milvus-lite (the embedded server, or a stand-in image for milvusdb/milvus). */
  readonly engine: ServerEngine;
  /** A short description for reports (backend, version, pid). */
  readonly description: string;
  /** An admin agent the backend already opened for this server (its readiness check), if any; stop() closes it. */
  readonly admin?: AdminClient;
  /** False once the server process has died. */
  alive(): boolean;
  /** Why it died (exit code, signal, last stderr lines), once it has. */
  deathReason(): string | undefined;
  /** Stops the server and removes what it left behind. */
  stop(): Promise<void>;
}

/** Pinned versions of the embedded server and the pymilvus it imports. */
export const MILVUS_LITE_VERSION = '3.2.2';
export const SERVER_PYMILVUS_VERSION = '2.6.17';

/** The endpoint of a running server. */
export function endpointOf(server: MilvusServer): Endpoint {
  return { uri: server.uri, address: server.uri.replace(/^https?:\/\//, ''), token: server.token };
}
