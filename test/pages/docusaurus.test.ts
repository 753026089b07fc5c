import { describe, expect, it } from 'vitest';
import { parsePage, readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import { isPlaceholder } from '../../harness/pages/placeholders.ts';
import { mapEndpoint } from '../../harness/run/endpoint.ts';

describe('Docusaurus MDX pages', async () => {
  const page = await readPage('fixtures/pages/formats/docusaurus.md');
  const snippets = pageSnippets(page);

  it('is told from its content and titled without the audience suffix', () => {
    expect(page.format).toBe('docusaurus');
    expect(page.title).toBe('Warm a Table');
    expect(parsePage(bareMdx(), 'page.txt').format).toBe('docusaurus');
  });

  it('reads `\\{#anchor}` and `{#anchor}` headings', () => {
    expect(page.sections.map((s) => [s.anchor, s.title, s.line])).toEqual([
      ['warm-it-up', 'Warm it up', 19],
      ['cool-it-down', 'Cool it down', 90],
      ['Show-the-result', 'Show the result', 117],
    ]);
  });

  it('makes one group per code <Tabs>, with labels from values={[…]}, matched by language', () => {
    expect(page.groups).toHaveLength(2);
    const [warm, cool] = page.groups;
    expect(warm!.line).toBe(21);
    expect(warm!.tabs.map((t) => [t.lang, t.fence, t.label])).toEqual([
      ['python', 'python', 'Python'],
      ['java', 'java', 'Java'],
      ['node', 'javascript', 'NodeJS'],
      ['go', 'go', 'Go'],
      ['curl', 'bash', 'cURL'],
      ['cpp', 'cpp', 'C++'],
    ]);
    expect(cool!.tabs.map((t) => [t.lang, t.label])).toEqual([
      ['curl', 'cURL'],
      ['node', 'JavaScript'],
      ['python', 'Python'],
    ]);
  });

  it('points at page lines, with magic comments taken out', () => {
    const python = page.groups[0]!.tabs[0]!;
    expect([python.line, python.endLine]).toEqual([24, 30]);
    expect(python.codeLines).toEqual([25, 26, 27, 29]);
    expect(python.code).not.toContain('highlight');
  });

  it('flags placeholder tabs, but not a `# restful` tab that holds a curl command', () => {
    expect(page.groups[0]!.tabs.map((t) => t.placeholder)).toEqual([false, true, true, true, false, false]);
    expect(page.groups[1]!.tabs[0]!.placeholder).toBe(true);
    for (const body of ['# REST\n# Not supported yet', '# restful', '# Not available', '// go', '// java', '// js', '// node', '// nodejs', '// cpp']) {
      expect(isPlaceholder(body)).toBe(true);
    }
  });

  it('keeps code right after </Tabs> out of the group, and a non-code groupId is not a language group', () => {
    expect(page.blocks.map((b) => [b.kind, b.tab.lang, b.tab.line])).toEqual([
      ['code', 'python', 79],
      ['code', 'python', 122],
      ['output', 'python', 129],
    ]);
    expect(snippets.map((s) => s.id)).toContain('warm-it-up/cpp');
    expect(snippets.filter((s) => s.section === 'Show-the-result').map((s) => s.id)).toEqual(['show-the-result/python']);
  });

  it('maps the cloud endpoint and token literals like localhost:19530 and root:Milvus', () => {
    const curl = page.groups[0]!.tabs[4]!.code;
    const mapped = mapEndpoint(curl, { uri: 'http://127.0.0.1:1234', address: '127.0.0.1:1234', token: undefined });
    expect(mapped.code).toContain('http://127.0.0.1:1234/v2/vectordb/collections/load');
    expect(mapped.code).toContain('Bearer "');
    expect(mapped.substitutions.map((s) => s.from)).toEqual(['YOUR_CLUSTER_ENDPOINT', '<token>']);
  });

  it('reads a tab set whose tags span lines and a self-labelled <TabItem>', () => {
    const text = [
      '## Multi',
      '<Tabs',
      '  groupId="code"',
      '  values={[{"label":"Python","value":"python"},{"label":"Go","value":"go"}]}>',
      '<TabItem value="python" label="Py">',
      '',
      '```',
      'client.flush("x")',
      '```',
      '',
      '</TabItem>',
      "<TabItem value='go'>",
      '',
      '```go',
      'client.Flush(ctx, milvusclient.NewFlushOption("x"))',
      '```',
      '',
      '</TabItem>',
      '</Tabs>',
    ].join('\n');
    const multi = parsePage(text, 'multi.md');
    expect(multi.groups[0]!.tabs.map((t) => [t.lang, t.fence, t.label])).toEqual([
      ['python', 'python', 'Py'],
      ['go', 'go', 'Go'],
    ]);
  });

  it('says where a <Tabs> is never closed', () => {
    expect(() => parsePage('<Tabs groupId="code">\n<TabItem value="python">\n\n```python\nx = 1\n```\n', 'open.md')).toThrow(/never closed/);
  });
});

/** A Docusaurus body with no front matter, read from text (the format comes from the content, not the file name). */
function bareMdx(): string {
  return "import TabItem from '@theme/TabItem';\n\n## A\n\n```python\nprint(1)\n```\n";
}
