// What a page makes itself, in any language: a library collection the page assumes is created without those
// partitions and aliases, or the page's own create would fail with "already exists" (a fixture artefact, not a defect).
import type { CollectionSpec } from '../server/collection-spec.ts';
import type { Snippet } from '../types.ts';

/** The calls that create a partition or an alias, in every SDK's and the REST API's words. */
const CREATES = {
  partitions: /create_partition|createPartition|CreatePartitionReq|NewCreatePartitionOption|partitions\/create/g,
  aliases: /create_alias|createAlias|CreateAliasReq|NewCreateAliasOption|aliases\/create/g,
} as const;

/** The quoted names in the few hundred characters after each create call of `kind` in `codes`. */
function namesCreated(codes: readonly string[], kind: keyof typeof CREATES): Set<string> {
  const names = new Set<string>();
  for (const code of codes) {
    for (const call of code.matchAll(CREATES[kind])) {
      const window = code.slice(call.index, call.index + 300);
      for (const quoted of window.matchAll(/["'`]([A-Za-z_]\w*)["'`]/g)) names.add(quoted[1]!);
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
