import { describe, expect, it } from 'vitest';
import { pageRowsFor } from '../../harness/setup/page-rows.ts';
import type { CollectionSpec } from '../../harness/server/collection-spec.ts';
import type { Page } from '../../harness/types.ts';

const spec: CollectionSpec = {
  name: 'my_collection',
  fields: [
    { name: 'id', type: 'INT64', primaryKey: true },
    { name: 'vector', type: 'FLOAT_VECTOR', dim: 3 },
  ],
  dynamicField: true,
  rows: 10,
};

const page = (...codes: string[]): Pick<Page, 'blocks'> => ({
  blocks: codes.map((code, i) => ({ kind: 'code', section: undefined, tab: { code, line: 10 * (i + 1) } })) as unknown as Page['blocks'],
});

describe('the rows a page shows for a collection it assumes', () => {
  it('reads a Python or JavaScript list of entities, with True/None, single quotes and trailing commas', () => {
    const python = "[\n  {'id': 0, 'vector': [0.1, 0.2, 0.3], 'color': 'red', 'ok': True, 'tag': None},\n]";
    expect(pageRowsFor(spec, page(python))).toEqual({ rows: [{ id: 0, vector: [0.1, 0.2, 0.3], color: 'red', ok: true, tag: null }], line: 10 });
    expect(pageRowsFor(spec, page('const data = [{ id: 1, vector: [1, 2, 3] }];'))?.rows).toEqual([{ id: 1, vector: [1, 2, 3] }]);
  });

  it('takes the first block whose rows fit the collection', () => {
    expect(pageRowsFor(spec, page('client.insert(data=[])', '[{"id": 1, "vector": [1, 2]}]', '[{"id": 2, "vector": [1, 2, 3]}]'))?.line).toBe(30);
  });

  it('ignores rows without the primary key, with another dimension, or fields a fixed schema lacks', () => {
    expect(pageRowsFor(spec, page('[{"vector": [1, 2, 3]}]'))).toBeUndefined();
    expect(pageRowsFor(spec, page('[{"id": 1, "vector": [1, 2]}]'))).toBeUndefined();
    expect(pageRowsFor({ ...spec, dynamicField: false }, page('[{"id": 1, "vector": [1, 2, 3], "color": "red"}]'))).toBeUndefined();
    expect(pageRowsFor(spec, page('["a", "b"]', 'print([1, 2])'))).toBeUndefined();
  });
});
