import { describe, expect, it } from 'vitest';
import { PAGE_FORMATS, pickFormat } from '../../harness/pages/formats/registry.ts';
import { parsePage, readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import { staticRun } from '../../harness/run/selection.ts';

describe('the page format registry', () => {
  it('has one format per folder, each with a content test and a reader', () => {
    expect(PAGE_FORMATS.map((f) => f.name)).toEqual(['docusaurus', 'mkdocs', 'rendered', 'markdown']);
  });

  it('picks the format from the content, whatever the file is called', async () => {
    const pick = (body: string) => pickFormat(body, 'page.md', false).name;
    expect(pick('<Tabs groupId="code">\n<TabItem value="python">\n\n```python\nx\n```\n</TabItem>\n</Tabs>')).toBe('docusaurus');
    expect(pick('=== "Python"\n\n    ```python\n    x\n    ```\n')).toBe('mkdocs');
    expect(pick('<pre><code class="language-python">x</code></pre>')).toBe('rendered');
    expect(pick('<div class="multipleCode"></div>\n\n```python\nx\n```\n')).toBe('markdown');
    // A rendered page named .mdx is still rendered.
    expect(parsePage('## A\n<pre><code class="language-python">print(1)</code></pre>', 'page.mdx').format).toBe('rendered');
    expect((await readPage('docs/load-and-release.md')).format).toBe('rendered');
  });

  it('reads a C++ tab as the registry language `cpp`, skipped because no C++ SDK can be installed from a package registry', () => {
    const text = '=== "C++"\n\n    ```c++\n    client->Flush("x");\n    ```\n\n=== "Python"\n\n    ```python\n    client.flush("x")\n    ```\n';
    const [cpp] = pageSnippets(parsePage(text, 'cpp.md'));
    expect([cpp!.lang, cpp!.fence, cpp!.label, cpp!.id]).toEqual(['cpp', 'c++', 'C++', 'cpp/cpp']);
    const run = staticRun(cpp!);
    expect(run?.skip).toEqual({ code: 'no-sdk-package', lang: 'C++', sdk: 'milvus-sdk-cpp' });
    expect(run?.findings[0]).toMatchObject({ kind: 'unsupported', severity: 'warning', line: 3 });
    expect(run?.findings[0]?.message).toMatch(/^no Milvus C\+\+ SDK can be installed from a package registry \(milvus-sdk-cpp is built from source\)/);
  });
});
