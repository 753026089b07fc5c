// Property-based tests of the Docusaurus MDX and MkDocs Material readers, as the milvus.io ones are fuzzed: pages of
// real pieces, whole units and broken halves never crash a reader, and every error names its line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../harness/pages/read-page.ts';
import { FRAGMENTS, readOrHarnessError } from './fuzz-pieces.ts';

/** Docusaurus MDX pieces (tags whole, split over lines and broken), to be put together in any order. */
const DOCUSAURUS = [
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  '## Load \\{#load}',
  '## Load {#load}',
  '<Tabs groupId="code" defaultValue=\'python\' values={[{"label":"Python","value":"python"},{"label":"NodeJS","value":"javascript"},{"label":"C++","value":"c++"}]}>',
  '<Tabs groupId="output" values={[{"label":"Input","value":"in"},{"label":"Output","value":"out"}]}>',
  '<Tabs groupId="code" values={[',
  '{"label":"Rust","value":"rust"}]}>',
  '<Tabs>',
  '</Tabs>',
  "<TabItem value='python'>",
  '<TabItem value="javascript" label="NodeJS">',
  "<TabItem value='c++'>",
  "<TabItem value='out'>",
  '<TabItem value={"go"}>',
  '</TabItem>',
  '<Admonition type="info" icon="📘" title="Notes">',
  '</Admonition>',
  '<details><summary>More</summary>',
  '</details>',
  'Write `<Tabs>` around the tabs.',
  '```cpp',
  '// cpp',
  '# restful',
  '# highlight-next-line',
  '// highlight-start',
];

/** Whole well-formed units of each format, so that pages of pieces still hold tab groups for the readers to read. */
const DOCUSAURUS_UNITS = [
  [
    '<Tabs groupId="code" values={[{"label":"Python","value":"python"},{"label":"C++","value":"c++"}]}>',
    "<TabItem value='python'>",
    '',
    '```python',
    'print(1)',
    '```',
    '',
    '</TabItem>',
    "<TabItem value='c++'>",
    '',
    '```cpp',
    '// cpp',
    '```',
    '',
    '</TabItem>',
    '</Tabs>',
  ].join('\n'),
  [
    '<Tabs groupId="code" values={[{"label":"Java","value":"java"},{"label":"cURL","value":"bash"}]}>',
    "<TabItem value='java'>",
    '',
    '```java',
    'int x = 1;',
    '```',
    '',
    '</TabItem>',
    "<TabItem value='bash'>",
    '',
    '```bash',
    '# restful',
    'curl -X POST "YOUR_CLUSTER_ENDPOINT/v2/vectordb/collections/load"',
    '```',
    '',
    '</TabItem>',
    '</Tabs>',
  ].join('\n'),
];
const MKDOCS_UNITS = [
  ['=== "Python"', '', '    ```python', '    print(1)', '    ```', '', '=== "Rust"', '', '    ```rust', '    client.flush("c");', '    ```'].join('\n'),
  ['=== "Go"', '', '    ```go', '    fmt.Println(1)', '    ```', '', '===+ "Node.js"', '', '    ```js', '    console.log(1)', '    ```'].join('\n'),
];

/** MkDocs Material pieces: tab markers (`===`, `===!`, `===+`), indented and nested content. */
const MKDOCS = [
  '=== "Python"',
  '===! "Java"',
  '===+ "C++"',
  '=== "Rust"',
  '=== "Output"',
  '    === "Sync"',
  '    ```python',
  '        ```python',
  '    ```',
  '        ```',
  '    print(1)',
  '        client.load_collection("c")',
  '    # Output',
  '\t```go',
  '\t```',
  '    ',
];

const formatText = (extra: readonly string[]) =>
  fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...extra, ...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), {
      maxLength: 60,
    })
    .map((lines) => lines.join('\n'));

/** Reads like readOrHarnessError, and counts the pages the format read into tab groups (so the fuzzing reaches its reader). */
function tally(format: string, seen: { grouped: number }) {
  return (text: string) => {
    readOrHarnessError(text);
    try {
      const page = parsePage(text, 'fuzz.md');
      if (page.format === format && page.groups.length > 0) seen.grouped += 1;
    } catch {
      // counted above
    }
  };
}

describe('the Docusaurus and MkDocs readers under fuzzing', () => {
  it('never crash on pages made of Docusaurus MDX pieces, whole and broken', () => {
    const seen = { grouped: 0 };
    fc.assert(fc.property(formatText([...DOCUSAURUS, ...DOCUSAURUS_UNITS]), tally('docusaurus', seen)), { numRuns: 1500 });
    expect(seen.grouped).toBeGreaterThan(0);
  });

  it('never crash on pages made of MkDocs content tabs, nested and broken', () => {
    const seen = { grouped: 0 };
    fc.assert(fc.property(formatText([...MKDOCS, ...MKDOCS_UNITS]), tally('mkdocs', seen)), { numRuns: 1500 });
    expect(seen.grouped).toBeGreaterThan(0);
  });
});
