// Reads a ``` / ~~~ fence from a run of page lines (the line-based Docusaurus and MkDocs readers share it).
import { HarnessError } from '../../errors.ts';
import type { Section } from '../../types.ts';
import type { FenceNode } from './tab-tree.ts';

/** A page line: its text and its 1-based line number in the page. */
export interface PageLine {
  readonly text: string;
  readonly line: number;
}

const OPENER = /^([ \t]*)(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;

/** The fence opening at `lines[index]` and the index after its closing line, or undefined when none opens there. */
export function readFence(
  lines: readonly PageLine[],
  index: number,
  section: Section | undefined,
  file: string,
): { node: FenceNode; next: number } | undefined {
  const open = OPENER.exec(lines[index]!.text);
  if (!open) return undefined;
  const [, indent, marker, info] = open as unknown as [string, string, string, string];
  const closing = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  let end = index + 1;
  while (end < lines.length && !closing.test(lines[end]!.text)) end++;
  if (end >= lines.length) {
    throw new HarnessError('PAGE_MALFORMED', `unclosed code fence: ${marker}${info} is never closed. Add the closing ${marker}.`, {
      page: { file, line: lines[index]!.line },
    });
  }
  const strip = new RegExp(`^[ \\t]{0,${indent.length}}`);
  const body = lines.slice(index + 1, end).map((l) => l.text.replace(strip, ''));
  return {
    node: {
      kind: 'fence',
      fence: info.replace(/^\{?\.?/, '').replace(/\}$/, ''),
      text: body.join('\n'),
      firstTextLine: lines[index]!.line + 1,
      line: lines[index]!.line,
      endLine: lines[end]!.line,
      section,
    },
    next: end + 1,
  };
}

/** The page lines of a body, numbered from 1. */
export function pageLines(body: string): PageLine[] {
  return body.split('\n').map((text, index) => ({ text, line: index + 1 }));
}
