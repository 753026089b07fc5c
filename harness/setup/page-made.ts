// What a page makes itself, in any language: a library collection the page assumes is created without those
// partitions and aliases, or the page's own create would fail with "already exists" (a fixture artefact, not a defect).
import type { CollectionSpec } from '../server/collection-spec.ts';
import type { Snippet } from '../types.ts';

/** The calls that create a partition or an alias, in every SDK's and the REST API's words. */
const CREATES = {
  partitions: /create_partition|createPartition|CreatePartitionReq|NewCreatePartitionOption|partitions\/create/g,
  aliases: /create_alias|createAlias|CreateAliasReq|NewCreateAliasOption|aliases\/create/g,
} as const;

/**
 * The call that starts at `from`: up to where its brackets close (and a builder chain `.x(…)` after them ends), at
 * most 600 characters, so that the names of the statements after it are not read as its own.
 */
function callAt(code: string, from: number): string {
  let depth = 0;
  let opened = false;
  const end = Math.min(code.length, from + 600);
  for (let i = from; i < end; i += 1) {
    const c = code[i]!;
    if ('([{'.includes(c)) {
      depth += 1;
      opened = true;
    } else if (')]}'.includes(c)) depth -= 1;
    if (opened && depth <= 0 && !/^\s*\./.test(code.slice(i + 1, i + 40))) return code.slice(from, i + 1);
  }
  return code.slice(from, end);
}

/** The quoted names in each create call of `kind` in `codes`. */
function namesCreated(codes: readonly string[], kind: keyof typeof CREATES): Set<string> {
  const names = new Set<string>();
  for (const code of codes) {
    for (const call of code.matchAll(CREATES[kind])) {
      for (const quoted of callAt(code, call.index).matchAll(/["'`]([A-Za-z_]\w*)["'`]/g)) names.add(quoted[1]!);
    }
  }
  return names;
}

/** `spec` without the partitions and aliases some snippet of the page creates itself. */
export function withoutWhatThePageMakes(spec: CollectionSpec, snippets: readonly Snippet[]): CollectionSpec {
  const codes = snippets.map((s) => s.code);
  const partitions = namesCreated(codes, 'partitions');
  const aliases = namesCreated(codes, 'aliases');
  const keptPartitions = spec.partitions?.filter((name) => !partitions.has(name));
  const keptAliases = spec.aliases?.filter((name) => !aliases.has(name));
  if (keptPartitions?.length === spec.partitions?.length && keptAliases?.length === spec.aliases?.length) return spec;
  return { ...spec, ...(spec.partitions ? { partitions: keptPartitions } : {}), ...(spec.aliases ? { aliases: keptAliases } : {}) };
}
