// Maps the page's literal server address and token to the real server, by configuration, and records what changed.
import type { Endpoint } from '../types.ts';
import { endpointOf } from '../server/server.ts';

/** The real server's endpoint (re-exported for the run stage). */
export { endpointOf };

/** The addresses and tokens documentation pages use for "your server". */
export const PAGE_ENDPOINT = {
  uris: ['http://localhost:19530', 'http://127.0.0.1:19530', 'localhost:19530', '127.0.0.1:19530', 'YOUR_CLUSTER_ENDPOINT'],
  // `<token>` is the Zilliz Cloud docs' `Authorization: Bearer <token>`.
  tokens: ['root:Milvus', 'YOUR_CLUSTER_TOKEN', 'YOUR_TOKEN', 'your_token_here', '<token>'],
} as const;

/** One replacement made in a snippet. */
export interface Substitution {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/** Replaces the page's address and token literals in `code` with the real endpoint's. */
export function mapEndpoint(code: string, endpoint: Endpoint): { code: string; substitutions: Substitution[] } {
  const substitutions: Substitution[] = [];
  let out = code;
  const replace = (from: string, to: string) => {
    if (from === to) return;
    const parts = out.split(from);
    if (parts.length > 1) {
      substitutions.push({ from, to, count: parts.length - 1 });
      out = parts.join(to);
    }
  };
  for (const uri of PAGE_ENDPOINT.uris) replace(uri, uri.startsWith('http') || uri.startsWith('YOUR_') ? endpoint.uri : endpoint.address);
  // A placeholder token is the reader's own: the real server's token, or none on a server without auth.
  for (const token of PAGE_ENDPOINT.tokens) replace(token, endpoint.token ?? (token === 'root:Milvus' ? token : ''));
  return { code: out, substitutions };
}
