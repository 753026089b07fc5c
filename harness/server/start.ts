// Picks and starts the backend a run asked for, and checks it answers.
import { HarnessError } from '../errors.ts';
import { EmbeddedServer } from './embedded.ts';
import type { BackendName, MilvusServer } from './server.ts';
import { UriServer } from './uri.ts';
import { env, type EnvSource } from '../config/env.ts';

/** What the user asked for: a backend, or an existing server's URI and token. */
export interface ServerOptions {
  readonly backend?: BackendName | string;
  readonly uri?: string;
  readonly token?: string;
  /** The image the container backend starts (`--image`). */
  readonly image?: string;
}

const BACKENDS: Readonly<Record<BackendName, (options: ServerOptions) => Promise<MilvusServer>>> = {
  embedded: () => EmbeddedServer.start(),
  // testcontainers is loaded only when the container backend is asked for (every other start stays light).
  container: async (options) => (await import('./container.ts')).ContainerServer.start({ image: options.image }),
  uri: async (options) => new UriServer(options.uri!, options.token),
};

/** Resolves flags and MILVUS_URI/MILVUS_TOKEN into a backend choice. */
export function resolveServerOptions(options: ServerOptions, source?: EnvSource): Required<Pick<ServerOptions, 'backend'>> & ServerOptions {
  const uri = options.uri ?? env.milvusUri(source);
  const token = options.token ?? env.milvusToken(source);
  const backend = options.backend ?? (uri ? 'uri' : 'embedded');
  if (!(backend in BACKENDS)) {
    throw new HarnessError('USAGE', `Unknown backend \`${backend}\`; expected one of ${Object.keys(BACKENDS).join(', ')}.`);
  }
  if (backend === 'uri' && !uri) throw new HarnessError('USAGE', 'the uri backend needs `--uri <uri>` (or MILVUS_URI).');
  if (uri && backend !== 'uri') throw new HarnessError('USAGE', `\`--uri\` names an existing server; it cannot be combined with \`--backend ${backend}\`.`);
  if (options.image !== undefined && backend !== 'container') {
    throw new HarnessError(
      'USAGE',
      `\`--image\` names the image the container backend starts; add \`--backend container\` (the ${backend} backend starts no image).`,
    );
  }
  return { backend, uri, token, image: options.image };
}

/** Starts (or connects to) the server the options name. */
export async function startServer(options: ServerOptions): Promise<MilvusServer> {
  const resolved = resolveServerOptions(options);
  return BACKENDS[resolved.backend as BackendName](resolved);
}
