// The contributor loop: --update-outputs (round trip: the updated page passes) and running from any directory.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tab } from './run-cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'dh-loop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('run --update-outputs', () => {
  it('rewrites only the output blocks of tabs whose only errors are mismatches, in their own style; the page then passes', async () => {
    const page = path.join(dir, 'outputs.md');
    copyFileSync('fixtures/pages/outputs-to-update.md', page);
    const before = readFileSync(page, 'utf8');
    const first = await execa('node', ['bin/docs-harness.mjs', 'run', page, '--update-outputs', '--quiet'], { reject: false });
    expect(first.exitCode).toBe(1);
    expect(first.stderr).toContain("+# {'count': 3}");
    expect(first.stderr).toContain(`updated 2 output block(s) in ${page}`);
    const after = readFileSync(page, 'utf8');
    // Exactly the two documented values changed; the blank comment line after `# Output`, the code and the tab that
    // fails for another reason are untouched.
    expect(after).toBe(before.replace("# {'count': 2}", "# {'count': 3}").replace('// {"count":2}', '// {"count":3}'));
    const { report } = await runCli([page]);
    expect(tab(report, 'count/python').status).toBe('pass');
    expect(tab(report, 'count/node').status).toBe('pass');
    expect(tab(report, 'broken/python').status).toBe('fail');
  }, 300_000);

  it('rewrites Docusaurus MDX and MkDocs pages too, each block in its own indentation; the pages then pass', async () => {
    const python = ['rows = [1, 2, 3]', 'print({"count": len(rows)})', '', '# Output', '#', "# {'count': 2}"];
    const node = ['const rows = [1, 2, 3];', 'console.log(JSON.stringify({ count: rows.length }));', '// Output', '// {"count":2}'];
    const fence = (lang: string, lines: string[], indent = '') => [`\`\`\`${lang}`, ...lines, '```'].map((l) => (l ? indent + l : l));
    const pages = {
      'count.mdx': [
        "import TabItem from '@theme/TabItem';",
        '',
        '## Count\\{#count}',
        '',
        '<Tabs groupId="code" values={[{"label":"Python","value":"python"},{"label":"NodeJS","value":"javascript"}]}>',
        "<TabItem value='python'>",
        '',
        ...fence('python', python),
        '',
        '</TabItem>',
        "<TabItem value='javascript'>",
        '',
        ...fence('javascript', node),
        '',
        '</TabItem>',
        '</Tabs>',
        '',
      ],
      'count-mkdocs.md': [
        '# Outputs',
        '',
        '## Count',
        '',
        '=== "Python"',
        '',
        ...fence('python', python, '    '),
        '',
        '=== "Node.js"',
        '',
        ...fence('javascript', node, '    '),
        '',
      ],
    };
    for (const [name, lines] of Object.entries(pages)) {
      const page = path.join(dir, name);
      const before = lines.join('\n');
      writeFileSync(page, before);
      const run = await execa('node', ['bin/docs-harness.mjs', 'run', page, '--update-outputs', '--quiet'], { reject: false });
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toContain(`updated 2 output block(s) in ${page}`);
      const indent = name.endsWith('.mdx') ? '' : '    ';
      const expected = before.replace(`${indent}# {'count': 2}`, `${indent}# {'count': 3}`).replace(`${indent}// {"count":2}`, `${indent}// {"count":3}`);
      expect(readFileSync(page, 'utf8')).toBe(expected);
      const { report } = await runCli([page]);
      expect(report.results.map((r) => [r.id, r.status])).toEqual([
        ['count/python', 'pass'],
        ['count/node', 'pass'],
      ]);
    }
  }, 300_000);

  it('prints the patch for a rendered page and changes nothing', async () => {
    const page = path.join(dir, 'rendered.md');
    const text = `---\nid: rendered.md\ntitle: Rendered\n---\n<h1 id="Rendered">Rendered</h1>\n<h2 id="Count">Count</h2>\n<pre><code translate="no" class="language-python">rows = [1, 2, 3]\nprint(len(rows))\n\n# Output\n# 2\n</code></pre>\n`;
    writeFileSync(page, text);
    const run = await execa('node', ['bin/docs-harness.mjs', 'run', page, '--update-outputs', '--quiet'], { reject: false });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('+# 3');
    expect(run.stderr).toContain('is a rendered page: not changed; apply the patch above to its Markdown source');
    expect(readFileSync(page, 'utf8')).toBe(text);
  }, 300_000);
});

describe('running from another directory', () => {
  it('finds the page’s fixtures from the page, not from the working directory: the same verdicts', async () => {
    const root = path.resolve('.');
    const here = await runCli(['docs/load-and-release.md', '--lang', 'python']);
    const elsewhere = await execa(
      'node',
      [path.join(root, 'bin/docs-harness.mjs'), 'run', path.join(root, 'docs/load-and-release.md'), '--lang', 'python', '--json', '--quiet'],
      {
        cwd: tmpdir(),
        reject: false,
      },
    );
    const report = JSON.parse(elsewhere.stdout);
    expect(report.results.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual(here.report.results.map((r) => [r.id, r.status]));
    expect(report.fixtures.map((f: { name: string }) => f.name).sort()).toEqual(here.report.fixtures.map((f) => f.name).sort());
  }, 300_000);
});
