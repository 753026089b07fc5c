import { describe, expect, it } from 'vitest';
import { splitOutputs } from '../../harness/pages/outputs.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: 10 + i }));

describe('documented outputs split out of the code', () => {
  it('a headerless curl output written `## {…}` is an output, not code', () => {
    const split = splitOutputs(lines('curl --url "$U" -d \'{}\'\n\n## {\n##     "code": 0,\n##     "data": {"has": true}\n## }'));
    expect(split.code.map((l) => l.text).filter(Boolean)).toEqual(['curl --url "$U" -d \'{}\'']);
    expect(split.expected).toEqual([{ line: 12, text: '{\n    "code": 0,\n    "data": {"has": true}\n}', afterCodeLine: 2, body: { first: 12, last: 15 } }]);
  });

  it('`# Output` blocks and headerless `# {` blocks, with where they stand in the code', () => {
    const split = splitOutputs(lines('print(1)\n\n# Output\n#\n# 1\nprint(2)\n# {"a": 2}'));
    expect(split.expected.map((e) => [e.line, e.text, e.afterCodeLine])).toEqual([
      [12, '1', 2],
      [16, '{"a": 2}', 3],
    ]);
  });
});

describe('lone blocks the prose introduces as output', () => {
  it('a block after "Expected output:" is output, whatever its fence says; one after other prose is code', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { readPage } = await import('../../harness/pages/read-page.ts');
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'dh-out-')), 'p.md');
    const fence = '```';
    await writeFile(
      file,
      `---\nid: p.md\ntitle: T\n---\n\n## A\n\nRun this:\n\n${fence}python\nprint("hello")\n${fence}\n\nExpected output:\n\n${fence}python\nhello world ['a', 'b']\n${fence}\n`,
    );
    const page = await readPage(file);
    expect(page.blocks.map((b) => [b.kind, b.tab.line])).toEqual([
      ['code', 10],
      ['output', 16],
    ]);
  });
});

describe('prose that introduces output', () => {
  it('is an output label, not any sentence about results that ends in a colon', async () => {
    const { readPage } = await import('../../harness/pages/read-page.ts');
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'dh-out-')), 'q.md');
    const fence = '```';
    const block = (prose: string) => `${prose}\n\n${fence}python\nprint(1)\n${fence}\n`;
    await writeFile(
      file,
      `---\nid: q.md\ntitle: T\n---\n\n## A\n\n${[block('Now compare the results with and without decay ranking:'), block('The output is as follows:'), block('Example result:')].join('\n')}`,
    );
    expect((await readPage(file)).blocks.map((b) => b.kind)).toEqual(['code', 'output', 'output']);
  });
});

describe('each language documents outputs in its own comments', () => {
  it('a `#` output block in a JavaScript tab is not an output (it is invalid JavaScript, left in the code)', () => {
    const js = splitOutputs(lines('console.log(1)\n# Output\n# 1'), ['//']);
    expect(js.expected).toEqual([]);
    expect(js.code.map((l) => l.text)).toEqual(['console.log(1)', '# Output', '# 1']);
    const node = splitOutputs(lines('console.log(1)\n// Output\n// 1'), ['//']);
    expect(node.expected.map((e) => e.text)).toEqual(['1']);
  });
});
