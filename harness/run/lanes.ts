// Deals a page's language runs over the lanes (one server each, each run starting from a reset) and settles what
// they gave in run order: the runs are dealt round-robin in run order, and the lanes run at the same time.
import type { Lang, Snippet, SnippetRun } from '../types.ts';
import { isHarnessError } from '../errors.ts';
import { languageNames } from '../languages/registry.ts';
import { runLanguage, settleLayer, type PageRunState, type RawLayer } from './run-language.ts';
import type { LanguageLayer } from './run-types.ts';

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
          if (!isHarnessError(error, 'SERVER_FAILED')) throw error;
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

/** Settles the raw layers in run order, each with its group's tabs at the same release as siblings (for borrowed gaps). */
export function settleLayers(
  raw: ReadonlyMap<Lang, readonly RawLayer[]>,
  snippets: readonly Snippet[],
  fixed: ReadonlyMap<string, SnippetRun>,
  context: { isMilvusLite: boolean; undeclared: ReadonlySet<string> },
): Map<Lang, LanguageLayer[]> {
  const settled = new Map<Lang, LanguageLayer[]>();
  for (const lang of languageNames().filter((name) => raw.has(name))) {
    const list = raw.get(lang)!;
    settled.set(
      lang,
      list.map((layer, k) =>
        settleLayer(layer, {
          ...context,
          siblingsOf: (snippet) =>
            snippets
              .filter((s) => s.group === snippet.group && s.lang !== lang)
              .map((s) => {
                const other = settled.get(s.lang);
                return fixed.get(s.id) ?? other?.[Math.min(k, other.length - 1)]?.runs.get(s.id);
              })
              .filter((r): r is SnippetRun => r !== undefined),
        }),
      ),
    );
  }
  return settled;
}
