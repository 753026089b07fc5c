import { describe, expect, it } from 'vitest';
import { parseSegment, pythonReprToJson, segments, segmentsMatch } from '../../harness/judge/normalise.ts';

describe('normalisers', () => {
  it('python-repr: a Python dict with enum reprs reads as the JSON-like documented text', () => {
    expect(pythonReprToJson("{'state': <LoadState: Loaded>, 'ok': True, 'x': None, 't': (1, 2)}")).toBe(
      '{"state": "<LoadState: Loaded>", "ok": true, "x": null, "t": [1, 2]}',
    );
    expect(segmentsMatch('{\n    "state": "<LoadState: Loaded>"\n}', "{'state': <LoadState: Loaded>}")).toBe(true);
    expect(segmentsMatch('{\n    "state": "<LoadState: NotLoad>"\n}', "{'state': <LoadState: Loaded>}")).toBe(false);
  });

  it('json + key-order: compact vs pretty, keys in any order', () => {
    expect(segmentsMatch('{\n  "b": 2,\n  "a": [1, 2]\n}', '{"a":[1,2],"b":2}')).toBe(true);
    expect(segmentsMatch('{"a": 1}', '{"a": 1, "b": 2}')).toBe(false);
  });

  it('wildcard: <...> matches any value, text or list tail', () => {
    expect(segmentsMatch('{"id": "<...>", "n": 1}', '{"id": 4711, "n": 1}')).toBe(true);
    expect(segmentsMatch('[1, 2, "<...>"]', '[1, 2, 3, 4]')).toBe(true);
    expect(segmentsMatch('Collection <...> created', 'Collection quick_setup created')).toBe(true);
  });

  it('float-tolerance: documented floats may be rounded', () => {
    expect(segmentsMatch('{"distance": 0.0882}', '{"distance": 0.08821295201778412}')).toBe(true);
    expect(segmentsMatch('{"distance": 0.09}', '{"distance": 0.08821295201778412}')).toBe(false);
  });

  it('whitespace: blank lines and padding do not matter for text', () => {
    expect(segmentsMatch('Success', '  Success  ')).toBe(true);
    expect(parseSegment('a   b\n\n c')).toEqual({ kind: 'text', text: 'a b\nc' });
  });

  it('segments: one per printed value, multi-line values kept together', () => {
    expect(segments("Success\n{\n  'a': [1,\n 2]\n}\nLoadStateLoaded\n")).toEqual(['Success', "{\n  'a': [1,\n 2]\n}", 'LoadStateLoaded']);
  });

  it('milvus-lite database names: a documented `default` matches an empty or unprinted one there, and only there', () => {
    const lite = { emptyDatabaseName: true };
    const documented = '{"alias": "bob", "collection_name": "c", "db_name": "default"}';
    expect(segmentsMatch(documented, "{'alias': 'bob', 'collection_name': 'c'}", lite)).toBe(true);
    expect(segmentsMatch(documented, "{'alias': 'bob', 'collection_name': 'c', 'db_name': ''}", lite)).toBe(true);
    expect(segmentsMatch("{ db_name: 'default', alias: 'bob' }", "{ db_name: '', alias: 'bob' }", lite)).toBe(true);
    // Not on a real Milvus, not another database, not another value beside it.
    expect(segmentsMatch(documented, "{'alias': 'bob', 'collection_name': 'c'}")).toBe(false);
    expect(segmentsMatch(documented, "{'alias': 'bob', 'collection_name': 'c', 'db_name': 'other'}", lite)).toBe(false);
    expect(segmentsMatch(documented, "{'alias': 'alice', 'collection_name': 'c'}", lite)).toBe(false);
    expect(segmentsMatch('{"alias": "bob", "db_name": "my_db"}', "{'alias': 'bob'}", lite)).toBe(false);
  });
});

describe('outputs as the docs wrote them', async () => {
  const { valuesMatch } = await import('../../harness/judge/normalise.ts');
  it("an array the docs' generator cut matches the items shown and the stated total, and nothing else", () => {
    const documented = [0, 1, '(2 more items hidden)'];
    expect(valuesMatch(documented, [0, 1, 2, 3])).toBe(true);
    expect(valuesMatch(documented, [0, 1, 2])).toBe(false);
    expect(valuesMatch(documented, [0, 5, 2, 3])).toBe(false);
    expect(valuesMatch([0, '(1 elements are hidden)'], [0, 9])).toBe(true);
  });
  it("milvus-lite's deleted keys match a documented delete count, only where milvus-lite ran", () => {
    expect(valuesMatch({ delete_count: 2 }, [18, 19], { deleteReturnsKeys: true })).toBe(true);
    expect(valuesMatch({ delete_count: 2 }, [18], { deleteReturnsKeys: true })).toBe(false);
    expect(valuesMatch({ delete_count: 2 }, [18, 19])).toBe(false);
  });
  it("a hit's entity may hold more fields on milvus-lite when the search named none; its documented fields still compare", () => {
    const hit = { id: 0, entity: {} };
    expect(valuesMatch(hit, { id: 0, entity: { color: 'red' } }, { extraEntityFields: true })).toBe(true);
    expect(valuesMatch(hit, { id: 0, entity: { color: 'red' } })).toBe(false);
    expect(valuesMatch({ id: 0, entity: { color: 'blue' } }, { id: 0, entity: { color: 'red', n: 1 } }, { extraEntityFields: true })).toBe(false);
  });
});
