// `run --update-outputs`: writes what each tab really printed into its documented output block, for tabs whose only
// errors are output mismatches. Source pages (milvus.io Markdown, Docusaurus MDX, MkDocs: formats that are
// `editable`) are rewritten (code never touched, the block's own comment style and indentation kept) and the diff
// printed; for rendered pages the patch is printed and nothing changes.
import { readFile, writeFile } from 'node:fs/promises';
import { createTwoFilesPatch } from 'diff';
import { readPage } from '../pages/read-page.ts';
import { pageSnippets } from '../pages/snippets.ts';
import type { PageReport, Snippet, TabResult } from '../types.ts';
import { isError } from '../judge/verdict.ts';
import { formatNamed } from '../pages/formats/registry.ts';

const COMMENT = /^(\s*)(#+|\/\/)/;

/** True when the tab failed only because its printed output differs from the page's. */
function onlyOutputMismatch(result: TabResult, strict: boolean): boolean {
  const errors = result.findings.filter((f) => isError(f, strict));
  return result.status === 'fail' && errors.length > 0 && errors.every((f) => f.kind === 'output-mismatch');
}

/** The page text with the tab's one documented output block replaced by `actual`, or why it cannot be. */
function replaceBlock(lines: string[], snippet: Snippet, actual: string): string | undefined {
  if (snippet.expected.length !== 1) return `it documents ${snippet.expected.length} output blocks; update them by hand`;
  const body = snippet.expected[0]!.body; // the block's comment lines, as the page reader found them
  const style = body && COMMENT.exec(lines[body.first - 1] ?? '');
  if (!body || !style) return 'its output is on its header line, not in comment lines below it; update it by hand';
  const [, indent, marker] = style;
  // Empty comment lines (`#`) that open the block are the page's style: kept.
  let start = body.first - 1;
  while (start < body.last - 1 && lines[start]!.trim() === marker) start += 1;
  const printed = actual.replace(/\s+$/, '').split('\n');
  lines.splice(start, body.last - start, ...printed.map((text) => `${indent}${marker}${text ? ` ${text}` : ''}`));
  return undefined;
}

/** Updates the output blocks of each page's mismatching tabs; returns how many tabs were updated. */
export async function updateOutputs(reports: readonly PageReport[], strict: boolean, print: (text: string) => void): Promise<number> {
  let updated = 0;
  for (const report of reports) {
    const eligible = report.results.filter((r) => onlyOutputMismatch(r, strict));
    if (eligible.length === 0) continue;
    const page = await readPage(report.page);
    const snippets = new Map(pageSnippets(page).map((s) => [s.id, s]));
    const before = await readFile(report.page, 'utf8');
    const lines = before.split('\n');
    // From the bottom up, so earlier blocks keep their line numbers while later ones change size.
    const ordered = [...eligible].sort((a, b) => b.line - a.line);
    let changed = 0;
    for (const result of ordered) {
      const why = replaceBlock(lines, snippets.get(result.id)!, result.stdout);
      if (why) print(`${report.page}:${result.line}: ${result.id} not updated: ${why}\n`);
      else changed += 1;
    }
    if (changed === 0) continue;
    const after = lines.join('\n');
    print(createTwoFilesPatch(report.page, report.page, before, after, 'documented', 'as run', { context: 2 }));
    if (formatNamed(page.format).editable) {
      await writeFile(report.page, after);
      print(`updated ${changed} output block(s) in ${report.page}\n`);
      updated += changed;
    } else {
      print(`${report.page} is a rendered page: not changed; apply the patch above to its Markdown source\n`);
    }
  }
  return updated;
}
