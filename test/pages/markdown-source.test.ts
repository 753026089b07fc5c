import { describe, expect, it } from 'vitest';
import { parsePage, readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';

const strip = (s: ReturnType<typeof pageSnippets>[number]) => ({
  id: s.id,
  lang: s.lang,
  placeholder: s.placeholder,
  code: s.code,
  expected: s.expected.map((e) => e.text),
});

describe('Markdown source form', async () => {
  const rendered = pageSnippets(await readPage('docs/load-and-release.md'));
  const source = await readPage('fixtures/pages/load-and-release.source.md');
  const snippets = pageSnippets(source);

  it('is read as Markdown', () => {
    expect(source.format).toBe('markdown');
    expect(source.title).toBe('Load & Release');
  });

  it('gives the same snippets, code and outputs as the rendered page, whatever the tab order', () => {
    const byId = (list: ReturnType<typeof pageSnippets>) => [...list].sort((a, b) => a.id.localeCompare(b.id)).map(strip);
    expect(byId(snippets)).toEqual(byId(rendered));
    // Tab order differs per group in the fixture, so matching was by language.
    expect(source.groups[1]!.tabs.map((t) => t.lang)).toEqual(['go', 'python', 'curl', 'java', 'node']);
  });

  it('points at the fence lines and the output header lines', () => {
    const python = snippets.find((s) => s.id === 'load-collection/python')!;
    expect(python.line).toBe(23);
    expect(python.codeLines[0]).toBe(24);
    expect(python.expected[0]!.line).toBe(42);
    expect(snippets.find((s) => s.id === 'load-collection/node')!.label).toBe('NodeJS');
  });

  it('does not take a fence holding bare output for code', () => {
    const text = [
      '## View',
      '<div class="multipleCode">',
      '  <a href="#python">Python</a>',
      '</div>',
      '',
      '```python',
      'print(client.list_collections())',
      '```',
      '',
      'The output is:',
      '',
      '```json',
      '["quick_setup"]',
      '```',
      '',
      '```plaintext',
      "{'collection_name': 'quick_setup', 'type': <DataType.INT64: 5>}",
      '```',
    ].join('\n');
    const page = parsePage(text, 'bare.md');
    expect(pageSnippets(page).map((s) => s.id)).toEqual(['view/python']);
    expect(page.blocks.map((b) => b.kind)).toEqual(['output', 'output']);
  });

  it('keeps an unknown fence language in a group as `other`, never dropping it', () => {
    const text = [
      '## A',
      '<div class="multipleCode">',
      '<a href="#plaintext">plaintext</a>',
      '</div>',
      '',
      '```plaintext',
      'curl -X POST "$URL/v2/vectordb/collections/list"',
      '```',
    ].join('\n');
    const [snippet] = pageSnippets(parsePage(text, 'other.md'));
    expect(snippet).toMatchObject({ lang: 'other', fence: 'plaintext', label: 'plaintext', id: 'a/plaintext' });
  });

  it('reads capitalised fence languages and interleaved output blocks', () => {
    const text = [
      '## B',
      '<div class="multipleCode">',
      '<a href="#Python">Python</a>',
      '<a href="#JavaScript">Node.js</a>',
      '</div>',
      '',
      '```JavaScript',
      'const a = await client.hasCollection({ collection_name: "x" });',
      'console.log(a.value);',
      '// Output:',
      '// true',
      'console.log(1);',
      '// Output',
      '// ',
      '// 1',
      '// ',
      '```',
      '',
      '```Python',
      '# highlight-start',
      'print(1)',
      '# highlight-end',
      '```',
    ].join('\n');
    const [node, python] = pageSnippets(parsePage(text, 'caps.md'));
    expect(node!.lang).toBe('node');
    expect(node!.label).toBe('Node.js');
    expect(node!.expected.map((e) => [e.line, e.text, e.afterCodeLine])).toEqual([
      [10, 'true', 2],
      [13, '1', 3],
    ]);
    expect(python!.code).toBe('print(1)');
  });
});
