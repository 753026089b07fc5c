import { describe, expect, it } from 'vitest';
import { pythonSupplied } from '../../harness/languages/python/supplied.ts';

describe('the Python client the harness supplies', () => {
  it('is supplied, with a warning at its first use, only when no snippet of the page makes a client', () => {
    const supplied = pythonSupplied(['from pymilvus import MilvusClient', 'x = 1\nres = client.list_collections()']);
    expect(supplied.supply).toBe(true);
    expect(supplied.notes).toEqual([{ snippet: 1, line: 2, message: expect.stringContaining("NameError: name 'client' is not defined") }]);
  });

  it('is not supplied when the page makes one, under any name, even after its first use', () => {
    expect(pythonSupplied(['client.list_collections()', 'client = MilvusClient(uri="http://localhost:19530")']).supply).toBe(false);
    expect(pythonSupplied(['milvus_client = MilvusClient(uri=URI)', 'milvus_client.list_collections()']).supply).toBe(false);
    expect(pythonSupplied(["mc = pymilvus.MilvusClient('http://localhost:19530')", "client.has_collection('a')"])).toEqual({
      supply: false,
      maker: 0,
      notes: [],
    });
  });

  it('does not read keyword arguments, attributes, comments or strings as uses or assignments', () => {
    expect(pythonSupplied(['f(client="a")', 'x.client.y()', '# client = MilvusClient()', 'print("client = 1")'])).toEqual({ supply: true, notes: [] });
  });
});
