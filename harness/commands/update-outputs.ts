// `run --update-outputs`: writes what each tab really printed into its documented output block, for tabs whose only
// errors are output mismatches. Markdown source pages are rewritten (code never touched, the block's own comment
// style kept) and the diff printed; for rendered pages the patch is printed and nothing changes.
import { readFile, writeFile } from 'node:fs/promises';
import { createTwoFilesPatch } from 'diff';
import { readPage } from '../pages/read-page.ts';
import { pageSnippets } from '../pages/snippets.ts';
import type { PageReport, Snippet, TabResult } from '../types.ts';
import { isError } from '../judge/verdict.ts';

const COMMENT = /^(\s*)(#+|\/\/)\s?(.*)$/;
const HEADER = /^\s*(#+|\/\/)\s*(?:example\s+)?output(?:\s+example)?\s*:?\s*$/i;

/** True when the tab failed only because its printed output differs from the page's. */
function onlyOutputMismatch(result: TabResult, strict: boolean): boolean {
  const errors = result.findings.filter((f) => isError(f, strict));
  return result.status === 'fail' && errors.length > 0 && errors.every((f) => f.kind === 'output-mismatch');
}

/** The page lines (0-based, end exclusive) of the output block's body starting at 1-based `line`, and its comment style. */
function blockBody(lines: readonly string[], line: number): { start: number; end: number; indent: string; marker: string } | undefined {
  let start = line - 1;
  const first = COMMENT.exec(lines[start] ?? '');
  if (!first) return undefined;
  if (HEADER.test(lines[start]!)) {
    start += 1;
    // Blank lines and empty comment lines (`#`) between the header and the output are the page's style: kept.
    while (start < lines.length && (lines[start]!.trim() === '' || lines[start]!.trim() === first[2])) start += 1;
  }
  let end = start;
  while (end < lines.length && COMMENT.exec(lines[end]!)?.[2] === first[2]) end += 1;
  return { start, end, indent: first[1]!, marker: first[2]! };
}

/** The page text with the tab's one documented output block replaced by `actual`, or why it cannot be. */
function replaceBlock(lines: string[], snippet: Snippet, actual: string): string | undefined {
  if (snippet.expected.length !== 1) return `it documents ${snippet.expected.length} output blocks; update them by hand`;
  const body = blockBody(lines, snippet.expected[0]!.line);
  if (!body) return 'its output block is not a comment block';
  const printed = actual.replace(/\s+$/, '').split('\n');
  lines.splice(body.start, body.end - body.start, ...printed.map((text) => `${body.indent}${body.marker}${text ? ` ${text}` : ''}`));
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
    if (page.format === 'markdown') {
      await writeFile(report.page, after);
      print(`updated ${changed} output block(s) in ${report.page}\n`);
      updated += changed;
    } else {
      print(`${report.page} is a rendered page: not changed; apply the patch above to its Markdown source\n`);
    }
  }
  return updated;
}
