// Did-you-mean for SDK drift: the closest names an installed SDK really has, and one uniform sentence saying so.
import { distance } from 'fastest-levenshtein';

/** The same name whatever its case and word joining (`load_collection`, `loadCollection`, `LoadCollection`). */
function folded(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/**
 * The candidates closest to `missing`, best first (at most `limit`): names equal to it but for case and
 * underscores/camel case first; else names that contain it whole (`CreatePartition` in `NewCreatePartitionOption`),
 * shortest first; else the names within a small edit distance of it (about a third of its length), the nearest and
 * those one edit further (ties: the one spelled most like it first). Private names (`_x`) only for a private name.
 */
export function suggestNames(missing: string, candidates: Iterable<string>, limit = 3): string[] {
  const key = folded(missing);
  const unique = [...new Set(candidates)].filter((c) => c !== missing && c.length > 0 && (missing.startsWith('_') || !c.startsWith('_')));
  const same = unique.filter((c) => folded(c) === key).sort();
  if (same.length > 0) return same.slice(0, limit);
  const containing = key.length >= 5 ? unique.filter((c) => folded(c).includes(key)).sort((a, b) => a.length - b.length || a.localeCompare(b)) : [];
  if (containing.length > 0) return containing.slice(0, limit);
  const within = Math.max(1, Math.floor(key.length / 3));
  const scored = unique
    .map((name) => ({ name, d: distance(key, folded(name)), raw: distance(missing, name) }))
    .filter((s) => s.d <= within)
    .sort((a, b) => a.d - b.d || a.raw - b.raw || a.name.localeCompare(b.name));
  const best = scored[0]?.d ?? 0;
  return scored
    .filter((s) => s.d <= best + 1)
    .slice(0, limit)
    .map((s) => s.name);
}

/** What a snippet asked of an SDK that the SDK (at its installed version) does not have, and what it has instead. */
export interface Drift {
  /** The SDK and its exact version, as the runner describes it (`pymilvus 2.6.17`). */
  readonly sdk: string;
  /** What is missing, as the reader names it: `Owner.name`, or a bare name. */
  readonly missing: string;
  /** Other places (modules, packages) that have exactly the missing name. */
  readonly places?: readonly string[];
  /** Close names the SDK has where the snippet looked. */
  readonly suggestions?: readonly string[];
  /** Types whose method has exactly the missing name (a package-level call of what is a method: `client.X` meant on a value). */
  readonly methodOf?: readonly string[];
}

const quoted = (name: string) => `\`${name}\``;

/** The sentence for a drift: `<sdk> has no \`Owner.name\`; \`name\` is in <place>` or `…; did you mean \`a\` or \`b\`?`. */
export function driftSentence(drift: Drift): string {
  const head = `${drift.sdk} has no ${quoted(drift.missing)}`;
  const name = drift.missing.slice(drift.missing.lastIndexOf('.') + 1);
  if (drift.places && drift.places.length > 0) return `${head}; ${quoted(name)} is in ${drift.places.join(' or ')}`;
  if (drift.methodOf && drift.methodOf.length > 0)
    return `${head}; ${quoted(name)} is a method of ${drift.methodOf.map(quoted).join(' or ')}: call it on a value of that type`;
  if (drift.suggestions && drift.suggestions.length > 0) return `${head}; did you mean ${drift.suggestions.map(quoted).join(' or ')}?`;
  return head;
}
