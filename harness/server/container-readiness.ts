// The second wait of a Milvus container: `/healthz` answers 200 before Milvus's proxy serves requests ("Milvus Proxy
// is not ready yet"), so a real REST call and a real gRPC call are repeated until both answer, up to a minute.
import { HarnessError } from '../errors.ts';
import { AdminClient } from './admin.ts';
import { adminVenv } from './server-venv.ts';

/** How long Milvus may take to serve requests once `/healthz` answers. */
export const SERVING_TIMEOUT_MS = 60_000;

/** What the wait needs to know about the server. */
export interface ServingProbe {
  readonly uri: string;
  readonly token: string | undefined;
  /** Whether the server must answer REST v2 too (the real image; a stand-in without REST does not). */
  readonly rest: boolean;
  /** Why the container stopped, once it has (the wait then ends at once). */
  readonly stopped: () => Promise<string | undefined>;
  readonly timeoutMs?: number;
}

/** One REST v2 call (`POST /v2/vectordb/collections/list`): undefined when it answered code 0, else what went wrong. */
export async function restAnswers(uri: string, token: string | undefined, timeoutMs = 5000): Promise<string | undefined> {
  try {
    const response = await fetch(`${uri.replace(/\/$/, '')}/v2/vectordb/collections/list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: '{}',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) return `HTTP ${response.status}: ${text.slice(0, 200)}`;
    const body = JSON.parse(text) as { code?: number; message?: string };
    return body.code === 0 ? undefined : `code ${body.code}: ${body.message ?? text.slice(0, 200)}`;
  } catch (error) {
    return (error as Error).message;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server answers a gRPC call (and REST when asked); returns the admin agent that answered. */
export async function waitUntilServing(probe: ServingProbe): Promise<AdminClient> {
  const timeoutMs = probe.timeoutMs ?? SERVING_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const venv = await adminVenv();
  let admin: AdminClient | undefined;
  let grpc: string | undefined = 'not tried yet';
  let rest: string | undefined = probe.rest ? 'not tried yet' : undefined;
  for (;;) {
    if (rest !== undefined) rest = await restAnswers(probe.uri, probe.token);
    if (grpc !== undefined) {
      admin ??= new AdminClient(venv, probe.uri, probe.token);
      try {
        await admin.ping(Math.max(1000, Math.min(10_000, deadline - Date.now())));
        grpc = undefined;
      } catch (error) {
        grpc = (error as Error).message.replace(/^Milvus ping failed: /, '');
        await admin.close();
        admin = undefined;
      }
    }
    if (grpc === undefined && rest === undefined) return admin!;
    const stopped = await probe.stopped();
    const waiting = [grpc !== undefined ? `gRPC: ${grpc}` : '', rest !== undefined ? `REST: ${rest}` : ''].filter(Boolean).join('; ');
    if (stopped || Date.now() > deadline) {
      await admin?.close();
      const why = stopped ? `the container ${stopped}` : `it did not serve requests within ${timeoutMs / 1000} s`;
      throw new HarnessError('SERVER_FAILED', `Milvus answered /healthz, then ${why} (${waiting})`);
    }
    await sleep(1000);
  }
}
