import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../harness/pages/read-page.ts';
import { isHarnessError } from '../../harness/errors.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'dh-bad-'));
async function file(name: string, content: string | Buffer): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, content);
  return target;
}

const cases: [string, () => Promise<string>, string, RegExp][] = [
  ['missing file', async () => path.join(dir, 'nope.md'), 'PAGE_UNREADABLE', /no such file/],
  ['directory', async () => dir, 'PAGE_UNREADABLE', /is a directory/],
  ['binary content', () => file('bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), 'PAGE_BINARY', /binary/],
  ['empty file', () => file('empty.md', '\n  \n'), 'PAGE_EMPTY', /empty/],
  [
    'malformed HTML',
    () =>
      file(
        'bad.md',
        '<h2 id="A">A</h2>\n<div class="multipleCode"><a href="#python">Python</a></div>\n<pre><code class="language-python">print(1)\n<h2 id="B">B</h2>',
      ),
    'PAGE_MALFORMED',
    /:3: malformed HTML: <pre>/,
  ],
  ['unclosed fence', () => file('fence.md', '# T\n\n```python\nprint(1)\n'), 'PAGE_MALFORMED', /:3: unclosed code fence/],
  ['unknown format', () => file('plain.txt', 'just some words\nand more words\n'), 'PAGE_FORMAT_UNKNOWN', /cannot tell the page format/],
  ['page without code', () => file('prose.md', '---\nid: x.md\n---\n# Title\n\nOnly prose.\n'), 'PAGE_NO_CODE', /no code tabs/],
  ['page with only output blocks', () => file('out.md', '# T\n\n```json\n{"a": 1}\n```\n'), 'PAGE_NO_CODE', /no code tabs/],
  // Left open, each hides the rest of the page from a reader (and from a renderer): the later tabs would go untested.
  [
    'HTML comment left open',
    () => file('comment.md', '# T\n\n```python\nprint(1)\n```\n\n<!-- todo\n\n## B\n\n```python\nprint(2)\n```\n'),
    'PAGE_MALFORMED',
    /:7: an HTML comment \(<!--\) is opened here and never closed/,
  ],
  [
    '<script> left open',
    () => file('script.md', '# T\n\n```python\nprint(1)\n```\n<script type="x">\n## B\n```python\nprint(2)\n```\n'),
    'PAGE_MALFORMED',
    /:6: a <script> element/,
  ],
  [
    '<style> left open',
    () => file('style.md', '<h1>T</h1>\n<style>\n<pre><code class="language-python">print(1)</code></pre>\n'),
    'PAGE_MALFORMED',
    /:2: a <style> element/,
  ],
  [
    'front matter not valid YAML',
    () => file('yaml.md', '---\nid: x.md\ntitle: [unclosed\n---\n# T\n```python\nprint(1)\n```\n'),
    'PAGE_MALFORMED',
    /:3: the front matter is not valid YAML/,
  ],
  // HTML parsing costs grow with the square of the depth (100k nested divs took a minute): refused at once, at its line.
  [
    'elements nested 100,000 deep',
    () => file('deep.md', `<h1>T</h1>\n${'<div>'.repeat(100_000)}\n<pre><code class="language-python">print(1)\n</code></pre>\n${'</div>'.repeat(100_000)}\n`),
    'PAGE_MALFORMED',
    /:2: malformed HTML: elements nest more than 500 deep/,
  ],
  // Docusaurus MDX and MkDocs tab blocks left open: the renderer refuses the page or shows the code outside its tabs.
  [
    'Docusaurus <Tabs> never closed',
    () => file('tabs.mdx', '# T\n\n<Tabs groupId="code">\n<TabItem value="python">\n\n```python\nprint(1)\n```\n\n</TabItem>\n'),
    'PAGE_MALFORMED',
    /tabs\.mdx:3: a <Tabs> element is opened here and never closed/,
  ],
  [
    'Docusaurus <TabItem> never closed',
    () =>
      file(
        'item.mdx',
        '# T\n\n<Tabs groupId="code">\n<TabItem value="python">\n\n```python\nprint(1)\n```\n\n<TabItem value="java">\n\n```java\nint x = 1;\n```\n\n</TabItem>\n</Tabs>\n',
      ),
    'PAGE_MALFORMED',
    /item\.mdx:4: a <TabItem> is opened here and never closed/,
  ],
  [
    'Docusaurus </Tabs> without <Tabs>',
    () => file('stray.mdx', '# T\n\n<TabItem value="python">\n\n```python\nprint(1)\n```\n\n</TabItem>\n'),
    'PAGE_MALFORMED',
    /stray\.mdx:3: a <TabItem> outside any <Tabs>/,
  ],
  [
    'MkDocs === tab with nothing indented under it',
    () => file('tab.md', '# T\n\n=== "Python"\n\n    ```python\n    print(1)\n    ```\n\n=== "Java"\n\n```java\nint x = 1;\n```\n'),
    'PAGE_MALFORMED',
    /tab\.md:9: the content tab === "Java" has nothing indented under it/,
  ],
  [
    'MkDocs === tab whose fence is never closed',
    () => file('tabfence.md', '# T\n\n=== "Python"\n\n    ```python\n    print(1)\n\n=== "Java"\n\n    ```java\n    int x = 1;\n    ```\n'),
    'PAGE_MALFORMED',
    /tabfence\.md:5: unclosed code fence/,
  ],
  [
    'front matter never closed',
    () => file('open-fm.md', '---\nid: x.md\n# T\n```python\nprint(1)\n```\n'),
    'PAGE_MALFORMED',
    /:1: the front matter opened here/,
  ],
];

describe('comments and code that are not left open', () => {
  it('reads a page whose code (fenced or inline) shows `<!--`, and closed comments, scripts and styles', async () => {
    const text =
      '---\nid: ok.md\ntitle: "A: title with a colon"\n---\n# T\n\nWrite `<!--` to start a comment. <!-- closed -->\n<script>x()</script>\n\n```python\nprint("<!-- not a comment")\n```\n';
    const page = await readPage(await file('ok.md', text));
    expect(page.title).toBe('A: title with a colon');
    expect(page.blocks.filter((b) => b.kind === 'code')).toHaveLength(1);
  });
});

describe('bad input', () => {
  it.each(cases)('%s gives a clear HarnessError', async (_name, make, code, message) => {
    const target = await make();
    const error = await readPage(target).catch((e: unknown) => e);
    expect(isHarnessError(error)).toBe(true);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
  });

  it('exits 2 with one line and no stack trace from the CLI', async () => {
    for (const [, make] of cases) {
      const result = await execa('node', ['bin/docs-harness.mjs', 'list', await make()], { reject: false });
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^docs-harness: /);
      expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  }, 60_000);
});
