// What the page reader fuzz tests share: the pieces real milvus.io pages are made of, and the property every reader keeps.
import { expect } from 'vitest';
import { isHarnessError } from '../../harness/errors.ts';
import { parsePage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';

/** Pieces real pages are made of, plus their broken halves, to be put together in any order. */
export const FRAGMENTS = [
  '---',
  'id: fuzz.md',
  'title: "Fuzz: page"',
  'summary: [unclosed',
  '# Title',
  '## Section',
  '### Sub',
  '<h2 id="a">A</h2>',
  '<div class="multipleCode">',
  '<a href="#python">Python</a>',
  '<a href="#javascript">NodeJS</a>',
  '</div>',
  '```python',
  '```javascript',
  '```java',
  '```go',
  '```bash',
  '```shell',
  '```',
  '~~~',
  '<pre><code translate="no" class="language-python">',
  '<pre><code class="language-java">',
  '</code></pre>',
  '<pre>',
  '</pre>',
  'print(client.list_collections())',
  '# Output',
  '# {"state": "<LoadState: Loaded>"}',
  '// Output',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  'curl --request POST \\',
  '--url "${CLUSTER_ENDPOINT}/v2/vectordb/collections/load" \\',
  '-d \'{"collectionName": "c"}\'',
  '&lt;div&gt; &amp; &#x27;',
  '<table><tr><td>',
  '</td></tr></table>',
  '',
];

/** Reads a page: a page model whose snippets stand at its lines, or a HarnessError naming the line; never a crash. */
export function readOrHarnessError(text: string): void {
  try {
    const page = parsePage(text, 'fuzz.md');
    const lines = text.split('\n').length;
    for (const snippet of pageSnippets(page)) {
      expect(snippet.line).toBeGreaterThan(0);
      expect(snippet.line).toBeLessThanOrEqual(lines);
      expect(snippet.endLine).toBeGreaterThanOrEqual(snippet.line);
      expect(snippet.endLine).toBeLessThanOrEqual(lines);
      for (const line of snippet.codeLines) expect(line).toBeGreaterThanOrEqual(snippet.line);
    }
  } catch (error) {
    if (!isHarnessError(error)) throw error; // a crash of the reader
    expect(error.message.startsWith('fuzz.md')).toBe(true);
    // Errors about a place in the page (malformed HTML, fences, front matter, comments) say which line.
    if (error.code === 'PAGE_MALFORMED') expect(error.message).toMatch(/^fuzz\.md:\d+: /);
  }
}
