// The drift table of a page run with several SDK releases: per language, tabs × releases, each cell the verdict and
// first error, cells that changed from the release before marked; the reporters show it.
import type { DriftCell, DriftTable, Lang, TabResult } from '../types.ts';

/** True when some language ran with more than one SDK release. */
export function versionsRan(layers: ReadonlyMap<Lang, readonly unknown[]>): boolean {
  return [...layers.values()].some((list) => list.length > 1);
}

/** The first error finding of a result, as `kind: first line`. */
function firstError(result: TabResult): string | undefined {
  const error = result.findings.find((f) => f.severity === 'error') ?? (result.status === 'fail' ? result.findings[0] : undefined);
  return error ? `${error.kind}: ${error.message.split('\n')[0]}` : undefined;
}

/** The release part of an SDK description (`pymilvus 2.6.17` → `2.6.17`). */
export function releaseOf(sdk: string): string {
  return sdk.split(' ').at(-1) ?? sdk;
}

/** True when a tab's verdict says nothing about the SDK: skipped at every release, or failing only on syntax. */
function untested(results: readonly TabResult[]): boolean {
  return results.every(
    (r) => r.status === 'skip' || (r.status === 'fail' && r.findings.filter((f) => f.severity === 'error').every((f) => f.kind === 'syntax')),
  );
}

/** The drift tables of the languages whose results carry several SDK releases. */
export function driftTables(results: readonly TabResult[]): DriftTable[] {
  const langs = [...new Set(results.map((r) => r.lang))];
  return langs.flatMap((lang) => {
    const mine = results.filter((r) => r.lang === lang && r.sdk);
    const versions = [...new Set(mine.map((r) => r.sdk!))];
    if (versions.length < 2) return [];
    const ids = [...new Set(mine.map((r) => r.id))];
    const rows = ids.map((id) => {
      const tab = mine.filter((r) => r.id === id);
      let before: string | undefined;
      const cells = versions.map((sdk): DriftCell => {
        const result = tab.find((r) => r.sdk === sdk);
        const cell = { sdk, status: result?.status ?? ('none' as const), finding: result ? firstError(result) : undefined };
        // A message that names the release it ran with (`not in …/client/v2 v2.6.5`) has not changed for that.
        const verdict = `${cell.status} ${cell.finding?.split(releaseOf(sdk)).join('<release>') ?? ''}`;
        const changed = before !== undefined && before !== verdict;
        before = verdict;
        return { ...cell, changed };
      });
      return { id, line: tab[0]!.line, untested: untested(tab), cells };
    });
    return [{ lang, versions, rows }];
  });
}
