// A tap for one language run: started in front of the run's server, its endpoint given to the snippets, its calls
// handed to each snippet as it ends.
import type { Endpoint, ServerCall, SnippetRun } from '../../types.ts';
import { milvusApiDefinitions } from '../../languages/api-definitions.ts';
import { CallTap } from './tap.ts';

/** A started tap and the calls it gave each snippet so far. */
export interface RunTap {
  /** The endpoint the snippets use: the tap's, relaying to the server. */
  readonly endpoint: Endpoint;
  /** Gives the calls recorded since the last snippet ended to `id` (the snippet that just ended), once they have ended. */
  snippetEnded(id: string): Promise<void>;
  /** The runs with the calls each snippet made; throws (a harness fault naming the tap) if the tap failed. */
  withCalls(runs: readonly SnippetRun[]): SnippetRun[];
  stop(): Promise<void>;
}

/** Starts a tap in front of `server`; undefined when its calls cannot be read (TLS: `https://`), which the run then says. */
export async function tapFor(server: Endpoint): Promise<RunTap | undefined> {
  const url = new URL(server.uri.includes('://') ? server.uri : `http://${server.uri}`);
  if (url.protocol !== 'http:') return undefined;
  const tap = await CallTap.start({ host: url.hostname, port: Number(url.port || 19530) }, await milvusApiDefinitions());
  const address = `${tap.address.host}:${tap.address.port}`;
  const calls = new Map<string, ServerCall[]>();
  return {
    endpoint: { uri: `http://${address}`, address, token: server.token },
    async snippetEnded(id) {
      await tap.settle();
      calls.set(id, [...(calls.get(id) ?? []), ...tap.take()]);
    },
    withCalls(runs) {
      tap.check();
      return runs.map((run) => (calls.has(run.id) ? { ...run, calls: calls.get(run.id)! } : run));
    },
    stop: () => tap.stop(),
  };
}
