// Settles what the language runs gave, before judging: what the server saw of each tab's calls, server gaps (a
// language's own, and those its group's other tabs show), and tabs that depend on a failed one.
import type { Lang, ServerCall, Snippet, SnippetRun } from '../types.ts';
import { languageNames } from '../languages/registry.ts';
import type { LanguageLayer, RawLayer } from '../run/run-types.ts';
import { applyServerGaps, borrowGap } from './server-gaps.ts';
import { markDependents } from './dependents.ts';
import { judgeServerCalls } from './server-calls.ts';
import { followGaps } from './gap-consequences.ts';
import { hinted } from './collection-hint.ts';
import { applyUnindexedLoad } from './unindexed-load.ts';

/** What settling needs to know of the page and its server. */
export interface SettleContext {
  readonly isMilvusLite: boolean;
  /** The server's description, for gaps a real Milvus shows. */
  readonly server: string;
  /** Collections the page assumes that no fixture declares. */
  readonly undeclared: ReadonlySet<string>;
  /** Databases the page assumes that no fixture declares. */
  readonly undeclaredDatabases?: ReadonlySet<string>;
  /** Collections the page creates itself, and whether a fixture prepared the server. */
  readonly created: ReadonlySet<string>;
  readonly hasFixture: boolean;
}

/** The layer of a language run once settled: server gaps (its own, and those its group's other tabs show), dependents. */
export function settleLayer(raw: RawLayer, context: SettleContext & { siblingsOf: (snippet: Snippet) => readonly SnippetRun[] }): LanguageLayer {
  const gapped = markDependents(
    raw.mine,
    raw.results.map((r, i) =>
      borrowGap(
        applyServerGaps(
          applyUnindexedLoad(raw.mine[i]!, judgeServerCalls(raw.mine[i]!, r, context), callsBefore(raw.results, i), context.isMilvusLite),
          context.isMilvusLite,
          context.undeclared,
          context.undeclaredDatabases,
        ),
        context.siblingsOf(raw.mine[i]!),
      ),
    ),
  );
  const settled = followGaps(raw.mine, gapped).map((run) => hinted(run, context));
  const runs = new Map(settled.filter((r) => raw.reported.some((s) => s.id === r.id)).map((r) => [r.id, r]));
  return { lang: raw.lang, sdk: raw.sdk, runs, states: raw.states };
}

/** The calls the server saw from a language's runs before the `index`th, in order. */
function callsBefore(results: readonly SnippetRun[], index: number): ServerCall[] {
  return results.slice(0, index).flatMap((r) => r.calls ?? []);
}

/** Settles the raw layers in run order, each with its group's tabs at the same release as siblings (for borrowed gaps). */
export function settleLayers(
  raw: ReadonlyMap<Lang, readonly RawLayer[]>,
  snippets: readonly Snippet[],
  fixed: ReadonlyMap<string, SnippetRun>,
  context: SettleContext,
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
