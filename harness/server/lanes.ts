// The servers a run uses: one, or two on the embedded server when a page has two language runs or more (two languages,
// or a drift matrix's releases), so that they run at the same time (each server is its own namespace; 2 is what two
// cores can feed).
import { availableParallelism } from 'node:os';
import type { Lang } from '../types.ts';
import { ServerSession } from './session.ts';
import { resolveServerOptions, type ServerOptions } from './start.ts';
import { env } from '../config/env.ts';

/**
 * How many servers (lanes) a run gets: `$DOCS_HARNESS_LANES` when set; else, on the embedded server, 2 when there are
 * two cores to feed and two language runs or more per page (a drift matrix, or two languages or more: a page's language
 * runs then go side by side, each on its own server, as isolated as one after the other); else 1.
 */
export function laneCount(
  options: { sdks: Readonly<Partial<Record<Lang, readonly string[]>>> },
  server: ServerOptions,
  languages = 1,
  cores = availableParallelism(),
): number {
  const asked = env.lanes();
  // An existing server (--uri) is one namespace: two lanes on it would see each other's collections; a container is heavy.
  if (resolveServerOptions(server).backend !== 'embedded') return 1;
  if (asked !== undefined) return asked;
  const runs = Math.max(languages, ...Object.values(options.sdks).map((versions) => versions?.length ?? 0));
  return runs > 1 && cores > 1 ? 2 : 1;
}

/**
 * Starts `count` servers at once; if one cannot start, the others are stopped and the error is thrown. `deferred`:
 * an embedded server starts only when a page first needs it (a run whose results all come from the cache starts none).
 */
export async function openLanes(options: ServerOptions, count: number, deferred = false): Promise<ServerSession[]> {
  const open = deferred ? ServerSession.deferred : ServerSession.open;
  const opened = await Promise.allSettled(Array.from({ length: count }, () => open(options)));
  const failed = opened.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const sessions = opened.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (failed) {
    await closeLanes(sessions);
    throw failed.reason;
  }
  return sessions;
}

/** Stops every lane's server. */
export async function closeLanes(sessions: readonly ServerSession[]): Promise<void> {
  await Promise.all(sessions.map((session) => session.close()));
}
