// Property-based tests of both page readers and the curl parser: on any input, never a crash (only a HarnessError),
// never a hang, and every error about a place in the page names its line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHarnessError } from '../../harness/errors.ts';
import { curlCommands, readScript } from '../../harness/languages/curl/check.ts';
import { parsePage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';

/** Pieces real pages are made of, plus their broken halves, to be put together in any order. */
const FRAGMENTS = [
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

const pageText = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), { maxLength: 60 })
  .map((lines) => lines.join('\n'));

function readOrHarnessError(text: string): void {
  try {
    const page = parsePage(text, 'fuzz.md');
    for (const snippet of pageSnippets(page)) {
      expect(snippet.line).toBeGreaterThan(0);
      expect(snippet.line).toBeLessThanOrEqual(text.split('\n').length);
    }
  } catch (error) {
    if (!isHarnessError(error)) throw error; // a crash of the reader
    expect(error.message.startsWith('fuzz.md')).toBe(true);
    // Errors about a place in the page (malformed HTML, fences, front matter, comments) say which line.
    if (error.code === 'PAGE_MALFORMED') expect(error.message).toMatch(/^fuzz\.md:\d+: /);
  }
}

describe('page readers under fuzzing', () => {
  it('never crash on pages made of real and broken pieces (both formats)', () => {
    fc.assert(fc.property(pageText, readOrHarnessError), { numRuns: 2000 });
  });

  it('never crash on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), readOrHarnessError), { numRuns: 300 });
  });
});

describe('curl parser under fuzzing', () => {
  const script = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'curl --request POST \\',
          '--url "${CLUSTER_ENDPOINT}/v2/vectordb/collections/load" \\',
          '--header "Authorization: Bearer ${TOKEN}" \\',
          "-d '{",
          '"collectionName": "c"',
          "}'",
          'export params=\'{"a": 1}\'',
          'export CLUSTER_ENDPOINT="http://localhost:19530"',
          '"quoted \\" escape',
          "'",
          '"',
          '\\',
          '$(echo x)',
          '${VAR',
          '# comment',
        ),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 20 },
    )
    .map((lines) => lines.join('\n'));

  it('never throws, and every command and export it finds is at a line of the script', () => {
    fc.assert(
      fc.property(script, (code) => {
        const lines = code.split('\n').length;
        const { commands, exports } = readScript(code, new Map());
        for (const item of [...commands, ...exports]) {
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.line).toBeLessThanOrEqual(lines);
        }
        for (const command of curlCommands(code)) expect(command.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 500 },
    );
  });
});
