import { describe, expect, it } from 'vitest';
import { readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import { mapEndpoint } from '../../harness/run/endpoint.ts';
import { assembleGo, importName, splitImports, statementEnd } from '../../harness/languages/go/assemble.ts';

const endpoint = { uri: 'http://127.0.0.1:19999', address: '127.0.0.1:19999', token: undefined };
const page = await readPage('docs/load-and-release.md');
const unitsOf = (lang: string) =>
  pageSnippets(page)
    .filter((s) => s.lang === lang)
    .map((s) => ({ id: s.id, code: mapEndpoint(s.code, endpoint).code }));

describe('assembled programs for the seed page (review changes to wrapping here)', () => {
  it('Go: package main, imports hoisted, ctx and the client given, each snippet nested in the previous one', async () => {
    const assembly = assembleGo(unitsOf('go'), { dropped: new Set(), added: new Set(), stubbed: new Set(), blanks: new Map() });
    await expect(assembly.source).toMatchFileSnapshot('__snapshots__/load-and-release.go');
    // A top-level defer stays a defer: it runs when the program (the reader's main) ends.
    expect(assembly.source).toContain('defer cli.Close(ctx)');
    // The seed imports the 2.4-era package named `client`; the harness's `client` variable is kept apart from it.
    expect(assembly.source).toContain('dh0_client "github.com/milvus-io/milvus/client/v2"');
    expect(assembly.source).toContain('func dhProgram(ctx dhContext, cli *dhClient, client *dhClient) {');
  });

  it('Go: import names', () => {
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
