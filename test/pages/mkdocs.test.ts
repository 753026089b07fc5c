import { describe, expect, it } from 'vitest';
import { parsePage, readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';

describe('MkDocs Material pages', async () => {
  const page = await readPage('fixtures/pages/formats/mkdocs.md');

  it('is told from its content, with headings as sections', () => {
    expect(page.format).toBe('mkdocs');
    expect(page.title).toBe('Pour a Table');
    expect(page.sections.map((s) => [s.anchor, s.line])).toEqual([
      ['Pour-it', 5],
      ['Stir-it', 37],
    ]);
  });

  it('makes a group of `=== "X"` tabs, `===+` included, with labels as written', () => {
    const pour = page.groups[0]!;
    expect(pour.line).toBe(7);
    expect(pour.tabs.map((t) => [t.lang, t.fence, t.label, t.placeholder])).toEqual([
      ['python', 'python', 'Python', false],
      ['java', 'java', 'Java', false],
      ['cpp', 'c++', 'C++', true],
    ]);
  });

  it('joins the fences of one tab into one program, each line at its page line', () => {
    const python = page.groups[0]!.tabs[0]!;
    expect(python.code).toBe(
      'from pymilvus import MilvusClient\n\nclient = MilvusClient(uri="http://localhost:19530", token="root:Milvus")\nclient.load_collection(collection_name="pour_table")',
    );
    expect(python.codeLines).toEqual([10, 11, 12, 18]);
    expect([python.line, python.endLine]).toEqual([9, 19]);
  });

  it('reads nested tabs: a Sync/Async set is no language group, the languages inside it are', () => {
    expect(page.groups).toHaveLength(2);
    expect(page.groups[1]!.tabs.map((t) => [t.lang, t.label, t.line])).toEqual([
      ['python', 'Python', 43],
      ['node', 'Node.js', 49],
    ]);
    expect(page.blocks.map((b) => [b.kind, b.tab.lang, b.tab.line])).toEqual([
      ['code', 'python', 55],
      ['code', 'python', 59],
    ]);
    expect(pageSnippets(page).map((s) => s.id)).toEqual([
      'pour-it/python',
      'pour-it/java',
      'pour-it/cpp',
      'stir-it/python',
      'stir-it/node',
      'stir-it/python-2',
      'stir-it/python-3',
    ]);
  });

  it('starts a new set at `===!`, and keeps another kind of fence in a tab as output', () => {
    const text = [
      '=== "Python"',
      '',
      '    ```python',
      '    print(client.has_collection("x"))',
      '    ```',
      '',
      '    ```plaintext',
      '    True',
      '    ```',
      '',
      '=== "Go"',
      '',
      '    ```go',
      '    client.HasCollection(ctx, milvusclient.NewHasCollectionOption("x"))',
      '    ```',
      '',
      '===! "Python"',
      '',
      '    ```python',
      '    client.drop_collection("x")',
      '    ```',
      '',
      '=== "Java"',
      '',
      '    ```java',
      '    client.dropCollection(DropCollectionReq.builder().collectionName("x").build());',
      '    ```',
    ].join('\n');
    const split = parsePage(text, 'split.md');
    expect(split.groups.map((g) => g.tabs.map((t) => t.lang))).toEqual([
      ['python', 'go'],
      ['python', 'java'],
    ]);
    expect(split.blocks.map((b) => [b.kind, b.tab.line])).toEqual([['output', 7]]);
  });
});
