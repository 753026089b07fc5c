// Judges a page run with one or several SDK releases per language: release k of each language is judged with
// release k of the others (their last one when they have fewer), so each tab gets one verdict per release.
import type { Finding, Lang, Page, Snippet, SnippetRun, TabResult } from '../types.ts';
import type { LanguageLayer } from '../run/run-types.ts';
import type { StateSnapshot } from '../types.ts';
import { judgePage, summarise, type Judgement } from './judge-page.ts';

/** The verdicts of every tab at every release its language ran with, findings (with the release) and the summary. */
export function judgeVersions(
  page: Page,
  snippets: readonly Snippet[],
  fixed: ReadonlyMap<string, SnippetRun>,
  layers: ReadonlyMap<Lang, readonly LanguageLayer[]>,
  options: { strict: boolean; filtered: boolean; pageFindings?: readonly Finding[]; milvusLite?: boolean },
): Judgement {
  const depth = Math.max(1, ...[...layers.values()].map((list) => list.length));
  const perRelease: TabResult[][] = [];
  let pageFindings: Judgement['findings'] = [];
  for (let k = 0; k < depth; k += 1) {
    const runs = new Map(fixed);
    const states = new Map<string, StateSnapshot>();
    for (const list of layers.values()) {
      const layer = list[Math.min(k, list.length - 1)]!;
      for (const [id, run] of layer.runs) runs.set(id, run);
      for (const [id, state] of layer.states) states.set(id, state);
    }
    const judged = judgePage(page, snippets, runs, states, options);
    if (k === 0) pageFindings = judged.findings.filter((f) => f.id === undefined);
    // A language with fewer releases than k was judged at k only as the others' counterpart: its verdicts come from earlier.
    perRelease.push(
      judged.results.flatMap((result) => {
        const list = layers.get(result.lang);
        if (!list) return k === 0 ? [result] : [];
        if (k >= list.length) return [];
        const sdk = list[k]!.sdk;
        return [sdk ? { ...result, sdk } : result];
      }),
    );
  }
  // Page order, each tab's releases together (oldest first).
  const order = new Map(snippets.map((s, i) => [s.id, i]));
  const results = perRelease.flat().sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return summarise(results, pageFindings, options.strict);
}
