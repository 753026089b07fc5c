// Deals a page's language runs over the lanes (one server each, each run starting from a reset): the runs are dealt
// round-robin in run order, and the lanes run at the same time.
import type { Lang, Snippet } from '../types.ts';
import { isHarnessError } from '../errors.ts';
import { runLanguage, type PageRunState } from './run-language.ts';
import type { RawLayer } from './run-types.ts';

/** One language run to do: its reported snippets at one SDK release (the k-th of its list). */
export interface LanguageJob {
  readonly lang: Lang;
  readonly version: string | undefined;
  readonly k: number;
  readonly reported: readonly Snippet[];
}

/** Runs the jobs over the lanes; a server that stops answering stops its lane's later jobs and every other lane's. */
export async function runLanes(lanes: readonly PageRunState[], jobs: readonly LanguageJob[]): Promise<{ raw: Map<Lang, RawLayer[]>; aborted?: string }> {
  const raw = new Map<Lang, RawLayer[]>();
  let aborted: string | undefined;
  await Promise.all(
    lanes.map(async (lane, index) => {
      for (const job of jobs.filter((_, i) => i % lanes.length === index)) {
        if (aborted) return;
        try {
          const layer = await runLanguage(lane, job.lang, job.version, job.reported);
          const list = raw.get(job.lang) ?? [];
          list[job.k] = layer;
          raw.set(job.lang, list);
        } catch (error) {
          // The server stopped answering the harness (an existing server that went away): keep what ran, stop here.
          // A server that could not start at all is the run's fault to report (exit 2), not a partial run.
          if (!isHarnessError(error, 'SERVER_FAILED') || !lane.session.started) throw error;
          aborted ??= `${error.message} (server ${lane.session.server.uri})`;
          return;
        }
      }
    }),
  );
  // A lane that stopped leaves holes: only the releases before the first hole are kept (their order is the matrix's).
  for (const [lang, list] of raw) {
    const end = Array.from({ length: list.length }, (_, k) => k).find((k) => list[k] === undefined) ?? list.length;
    raw.set(lang, list.slice(0, end));
  }
  return { raw, aborted };
}
