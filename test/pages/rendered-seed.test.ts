import { describe, expect, it } from 'vitest';
import { readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';

const SEED = 'docs/load-and-release.md';

describe('rendered seed page', async () => {
  const page = await readPage(SEED);
  const snippets = pageSnippets(page);

  it('is read as the rendered format with its front matter', () => {
    expect(page.format).toBe('rendered');
    expect(page.id).toBe('load-and-release.md');
    expect(page.title).toBe('Load & Release');
    expect(page.sections.map((s) => [s.anchor, s.line])).toEqual([
      ['Load-Collection', 21],
      ['Load-Specific-Fields', 191],
      ['Release-Collection', 295],
    ]);
  });

  it('gives exactly 15 tabs, 3 sections × 5 languages, at the <pre><code> lines', () => {
    expect(page.groups).toHaveLength(3);
    expect(snippets.map((s) => `${s.id}@${s.line}-${s.endLine}`)).toEqual([
      'load-collection/python@45-69',
      'load-collection/java@70-104',
      'load-collection/node@105-134',
      'load-collection/go@135-156',
      'load-collection/curl@157-190',
      'load-specific-fields/python@215-234',
      'load-specific-fields/java@235-251',
      'load-specific-fields/node@252-264',
      'load-specific-fields/go@265-288',
      'load-specific-fields/curl@289-291',
      'release-collection/python@319-336',
      'release-collection/java@337-356',
      'release-collection/node@357-380',
      'release-collection/go@381-392',
      'release-collection/curl@393-426',
    ]);
    expect(page.groups.map((g) => g.line)).toEqual([38, 208, 312]);
  });

  it('keeps the labels as written', () => {
    expect(page.groups[0]!.tabs.map((t) => t.label)).toEqual(['Python', 'Java', 'Node.js', 'Go', 'cURL']);
  });

  it('marks only the curl tab of Load Specific Fields as a placeholder', () => {
    expect(snippets.filter((s) => s.placeholder).map((s) => s.id)).toEqual(['load-specific-fields/curl']);
  });

  it('decodes entities and removes spans, copy buttons and display directives', () => {
    const python = snippets.find((s) => s.id === 'load-specific-fields/python')!;
    expect(python.code).toContain('load_fields=["my_id", "my_vector"] # Load only the specified fields');
    expect(python.code).not.toMatch(/highlight-next-line|<span|&quot;|copy-code-btn/);
    // The directive's line (217) is gone from the line map too.
    expect(python.codeLines.slice(0, 4)).toEqual([215, 216, 218, 219]);
  });

  it('splits documented outputs out of the code with their page lines', () => {
    const byId = Object.fromEntries(snippets.map((s) => [s.id, s]));
    expect(byId['load-collection/python']!.expected).toEqual([
      { line: 63, text: '{\n    "state": "<LoadState: Loaded>"\n}', afterCodeLine: 17, body: { first: 64, last: 67 } },
    ]);
    expect(byId['load-collection/python']!.code).not.toContain('# Output');
    expect(byId['load-collection/java']!.expected.map((e) => [e.line, e.text])).toEqual([[101, 'true']]);
    expect(byId['load-collection/node']!.expected.map((e) => [e.line, e.text])).toEqual([
      [118, 'Success'],
      [129, 'LoadStateLoaded'],
    ]);
    expect(byId['release-collection/curl']!.expected.map((e) => e.line)).toEqual([404, 417]);
    expect(JSON.parse(byId['release-collection/curl']!.expected[1]!.text)).toEqual({
      code: 0,
      data: { loadProgress: 0, loadState: 'LoadStateNotLoaded', message: '' },
    });
    expect(byId['load-collection/go']!.expected).toEqual([]);
  });

  it('maps every code line back to its page line', () => {
    const node = snippets.find((s) => s.id === 'load-collection/node')!;
    const lines = node.code.split('\n');
    expect(lines).toHaveLength(node.codeLines.length);
    expect(lines[lines.indexOf('res = await client.getLoadState({')]).toBeDefined();
    expect(node.codeLines[lines.indexOf('res = await client.getLoadState({')]).toBe(123);
  });
});
