import { describe, expect, it } from 'vitest';
import { readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import { mapEndpoint } from '../../harness/endpoint.ts';
import { assembleJava } from '../../harness/languages/java/assemble.ts';
import { assembleGo, importName, splitImports, statementEnd } from '../../harness/languages/go/assemble.ts';

const endpoint = { uri: 'http://127.0.0.1:19999', address: '127.0.0.1:19999', token: undefined };
const page = await readPage('docs/load-and-release.md');
const unitsOf = (lang: string) => pageSnippets(page).filter((s) => s.lang === lang).map((s) => ({ id: s.id, code: mapEndpoint(s.code, endpoint).code }));

describe('assembled programs for the seed page (review changes to wrapping here)', () => {
  it('Java: one class, imports hoisted, the client the page assumes, one method per snippet', async () => {
    const assembly = assembleJava(unitsOf('java'), { added: new Set(['java.util.Arrays']), dropped: new Set(), stubbed: new Set() });
    await expect(assembly.source).toMatchFileSnapshot('__snapshots__/load-and-release.java');
    // Every body line maps back to its snippet line.
    const line = assembly.source.split('\n').findIndex((l) => l.includes('.loadFields(Arrays.asList'));
    expect(assembly.origins[line]).toEqual({ kind: 'body', snippet: 1, line: 4 });
  });

  it('Java: a snippet that does not compile is left out, the others stay', () => {
    const assembly = assembleJava(unitsOf('java'), { added: new Set(), dropped: new Set(), stubbed: new Set([1]) });
    expect(assembly.source).toContain('static void snippet0()');
    expect(assembly.source).not.toContain('static void snippet1()');
    expect(assembly.source).toContain('static void snippet2()');
  });

  it('Go: package main, imports hoisted, ctx and cli given, top-level defers moved to the end', async () => {
    const assembly = assembleGo(unitsOf('go'), { dropped: new Set(), stubbed: new Set(), blanks: new Map() });
    await expect(assembly.source).toMatchFileSnapshot('__snapshots__/load-and-release.go');
    expect(assembly.source).toContain('dhDefer(func() { cli.Close(ctx) })');
    // The seed imports the 2.4-era package named `client`, so the page's client is `cli` only.
    expect(assembly.source).toContain('func snippet1(ctx dhContext, cli *dhClient, _ *dhClient) {');
  });

  it('Go: the client is also `client` when no import binds that name', () => {
    const units = [{ id: 'a/go', code: 'import "github.com/milvus-io/milvus/client/v2/milvusclient"\nclient, err := milvusclient.New(ctx, nil)' }, { id: 'b/go', code: 'client.Close(ctx)' }];
    expect(assembleGo(units, { dropped: new Set(), stubbed: new Set(), blanks: new Map() }).source).toContain('func snippet1(ctx dhContext, cli *dhClient, client *dhClient) {');
    expect(importName('"github.com/milvus-io/milvus/client/v2"')).toBe('client');
    expect(importName('"github.com/milvus-io/milvus/client/v2/milvusclient"')).toBe('milvusclient');
    expect(importName('mc "github.com/x/y"')).toBe('mc');
  });

  it('Go: imports are split from the body, lines kept', () => {
    const { imports, body } = splitImports('import (\n    "context"\n    milvus "github.com/x/y"\n)\n\nfmt.Println(1)');
    expect(imports).toEqual([
      { spec: '"context"', line: 2 },
      { spec: 'milvus "github.com/x/y"', line: 3 },
    ]);
    expect(body).toEqual(['', '', '', '', '', 'fmt.Println(1)']);
    expect(statementEnd('a, err := f(x.\n    Y("z"))\nif err != nil {', 1)).toBe(2);
  });
});
