// Java: the `client` the harness supplies to a page's JShell, only for a page that makes none of its own.
import { describe, expect, it } from 'vitest';
import { javaCodeOnly, javaSupplied } from '../../harness/languages/java/supplied.ts';

describe('Java: the client the harness supplies', () => {
  it('a page that declares or assigns a client of its own gets none', () => {
    expect(javaSupplied(['MilvusClientV2 client = new MilvusClientV2(config);']).supply).toBe(false);
    // Assigned without a declaration: the page means its own client, and JShell refuses it as it refuses a reader's.
    expect(javaSupplied(['ConnectConfig config = ConnectConfig.builder().build();\nclient = new MilvusClientV2(config);']).supply).toBe(false);
    expect(javaSupplied(['io.milvus.v2.client.MilvusClientV2 milvusClient = new io.milvus.v2.client.MilvusClientV2(c);']).supply).toBe(false);
    expect(javaSupplied(['MilvusClientV2 mc;', 'mc = new MilvusClientV2(c);']).supply).toBe(false);
  });

  it('a page that makes none gets it, with a warning at its first use in page order', () => {
    const { supply, notes } = javaSupplied(['// client comes from the Connect page\nString s = "client";', 'int n = 1;\nclient.loadCollection(req);']);
    expect(supply).toBe(true);
    expect(notes).toEqual([
      { snippet: 1, line: 2, message: expect.stringMatching(/^`client` is never made on this page: .* gets `cannot find symbol: variable client`/) },
    ]);
    expect(javaSupplied(['req.client(x); int a = b == c ? 1 : 2;']).notes).toEqual([]);
  });

  it('reads code only: comments, strings, text blocks and chars are blanked, lines kept', () => {
    const code = 'a = "client = x"; // client = y\nb = """\nclient = z\n""";\nc = \'"\';';
    const stripped = javaCodeOnly(code);
    expect(stripped).toHaveLength(code.length);
    expect(stripped.split('\n')).toEqual([`a = "${' '.repeat(10)}"; ${' '.repeat(13)}`, 'b = """', ' '.repeat(10), '""";', "c = ' ';"]);
  });
});
