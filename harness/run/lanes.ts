// Deals a page's language runs over the lanes (one server each, each run starting from a reset) so that the lanes end
// about together, and runs the lanes at the same time.
import type { Lang, Snippet } from '../types.ts';
import { isHarnessError } from '../errors.ts';
import { factsOf } from '../languages/registry.ts';
import { runLanguage, type PageRunState } from './run-language.ts';
import type { RawLayer } from './run-types.ts';

/** One language run to do: its reported snippets at one SDK release (the k-th of its list). */
export interface LanguageJob {
  readonly lang: Lang;
  readonly version: string | undefined;
  readonly k: number;
  readonly reported: readonly Snippet[];
}

/** About what a job takes (its language's declared cost; a language that declares none counts as one second). */
function jobCost(job: LanguageJob): number {
  const cost = factsOf(job.lang)?.runCost ?? { page: 1, perSnippet: 0 };
  return cost.page + cost.perSnippet * job.reported.length;
}

/**
 * Shares the jobs between `count` lanes so that they end about together: the costliest job first, each to the lane
 * with the least to do so far; a lane runs its jobs in run order. Any sharing is as isolated as any other: every job
 * starts from a reset of its lane's server.
 */
export function dealJobs<J extends LanguageJob>(jobs: readonly J[], count: number): J[][] {
  const lanes = Array.from({ length: count }, () => ({ load: 0, jobs: new Set<J>() }));
  for (const job of [...jobs].sort((a, b) => jobCost(b) - jobCost(a))) {
    const lane = lanes.reduce((least, next) => (next.load < least.load ? next : least));
    lane.load += jobCost(job);
    lane.jobs.add(job);
  }
  return lanes.map((lane) => jobs.filter((job) => lane.jobs.has(job)));
}

/** Runs the jobs over the lanes; a server that stops answering stops its lane's later jobs and every other lane's. */
export async function runLanes(lanes: readonly PageRunState[], jobs: readonly LanguageJob[]): Promise<{ raw: Map<Lang, RawLayer[]>; aborted?: string }> {
  const raw = new Map<Lang, RawLayer[]>();
  let aborted: string | undefined;
  const dealt = dealJobs(jobs, lanes.length);
  await Promise.all(
    lanes.map(async (lane, index) => {
      for (const job of dealt[index]!) {
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
