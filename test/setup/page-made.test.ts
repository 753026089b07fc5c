import { describe, expect, it } from 'vitest';
import { withoutWhatThePageMakes } from '../../harness/setup/page-made.ts';
import type { CollectionSpec } from '../../harness/server/collection-spec.ts';
import type { Snippet } from '../../harness/types.ts';

const spec: CollectionSpec = {
  name: 'quick_setup',
  fields: [{ name: 'id', type: 'INT64', primaryKey: true }],
  partitions: ['partitionA', 'partitionB'],
  aliases: ['bob'],
};
const page = (...codes: string[]) => codes.map((code) => ({ code }) as Snippet);

describe('a library collection the page assumes, without what the page makes itself', () => {
  it('leaves out the partitions and aliases the page creates, in any language', () => {
    expect(withoutWhatThePageMakes(spec, page('client.create_partition(collection_name="quick_setup", partition_name="partitionA")'))).toMatchObject({
      partitions: ['partitionB'],
      aliases: ['bob'],
    });
    expect(withoutWhatThePageMakes(spec, page('await client.createAlias({ collection_name: "quick_setup", alias: "bob" });')).aliases).toEqual([]);
    expect(
      withoutWhatThePageMakes(spec, page('cli.CreatePartition(ctx, milvusclient.NewCreatePartitionOption("quick_setup", "partitionB"))')).partitions,
    ).toEqual(['partitionA']);
  });

  it('reads only the create call itself: a Java builder chain, and not the statements after it', () => {
    const java =
      'client.createPartition(CreatePartitionReq.builder()\n    .collectionName("quick_setup")\n    .partitionName("partitionB")\n    .build());\nclient.loadPartitions(LoadPartitionsReq.builder().partitionNames(List.of("partitionA")).build());';
    expect(withoutWhatThePageMakes(spec, page(java)).partitions).toEqual(['partitionA']);
    const python =
      'client.create_partition(collection_name="quick_setup", partition_name="partitionB")\nclient.load_partitions(collection_name="quick_setup", partition_names=["partitionA"])';
    expect(withoutWhatThePageMakes(spec, page(python)).partitions).toEqual(['partitionA']);
  });

  it('keeps everything when the page only uses them', () => {
    expect(withoutWhatThePageMakes(spec, page('client.load_partitions(collection_name="quick_setup", partition_names=["partitionA"])'))).toBe(spec);
  });
});
