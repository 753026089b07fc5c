// Reads an MkDocs Material page: headings, content tabs (`=== "Python"` then 4-space-indented content, nested,
// `===!` starting a new set, `===+` selected) holding fences, and lone fences.
import type { Page, Section } from '../../../types.ts';
import { HarnessError } from '../../../errors.ts';
import { GroupCollector } from '../../group-collector.ts';
import type { ReaderInput } from '../format.ts';
import { pageLines, readFence, type PageLine } from '../fences.ts';
import { readHeading } from '../line-headings.ts';
import { emitNodes, type TabNode, type TabSetNode } from '../tab-tree.ts';
import { MKDOCS_LABELS } from './labels.ts';

const TAB_MARKER = /^===([!+]*)[ \t]+"([^"]*)"[ \t]*$/;
const INDENT = /^( {4}|\t)/;

/** The walk's shared state: the page path, the current section and the sections met. */
interface Walk {
  readonly file: string;
  readonly sections: Section[];
  section: Section | undefined;
  title: string;
}

/** The content of the tab whose marker is at `index`: the indented (or blank) lines after it, dedented, and the next index. */
function tabContent(lines: readonly PageLine[], index: number): { content: PageLine[]; next: number } {
  let end = index + 1;
  while (end < lines.length && (lines[end]!.text.trim() === '' || INDENT.test(lines[end]!.text))) end++;
  while (end > index + 1 && lines[end - 1]!.text.trim() === '') end--;
  return { content: lines.slice(index + 1, end).map((l) => ({ text: l.text.replace(INDENT, ''), line: l.line })), next: end };
}

/** The index of the next non-blank line at or after `index`. */
function skipBlank(lines: readonly PageLine[], index: number): number {
  while (index < lines.length && lines[index]!.text.trim() === '') index++;
  return index;
}

/** Reads a run of lines (the page, or a tab's dedented content) into tab tree nodes. */
function walk(lines: readonly PageLine[], state: Walk, top: boolean): TabNode[] {
  const nodes: TabNode[] = [];
  for (let index = 0; index < lines.length; ) {
    const fence = readFence(lines, index, state.section, state.file);
    if (fence) {
      nodes.push(fence.node);
      index = fence.next;
      continue;
    }
    const heading = top ? readHeading(lines[index]!) : undefined;
    if (heading) {
      if (heading.level === 1) state.title ||= heading.title;
      if (heading.section) state.sections.push((state.section = heading.section));
      index++;
      continue;
    }
    if (!TAB_MARKER.test(lines[index]!.text)) {
      index++;
      continue;
    }
    const set: TabSetNode = { kind: 'tabs', line: lines[index]!.line, section: state.section, groupId: undefined, items: [] };
    for (;;) {
      const marker = TAB_MARKER.exec(lines[index]!.text)!;
      const { content, next } = tabContent(lines, index);
      if (content.length === 0) {
        throw new HarnessError(
          'PAGE_MALFORMED',
          `the content tab ${lines[index]!.text.trim()} has nothing indented under it, so its block is never opened (MkDocs shows an empty tab and the code below outside the tabs). Indent the tab's content by 4 spaces.`,
          { page: { file: state.file, line: lines[index]!.line } },
        );
      }
      set.items.push({ value: marker[2]!, label: marker[2]!, line: lines[index]!.line, children: walk(content, state, false) });
      index = next;
      const after = skipBlank(lines, index);
      const following = after < lines.length ? TAB_MARKER.exec(lines[after]!.text) : null;
      if (!following || following[1]!.includes('!')) break;
      index = after;
    }
    nodes.push(set);
  }
  return nodes;
}

/** Reads the page into the tab tree, then into groups (language tab sets) and lone blocks. */
export function readMkdocsPage(input: ReaderInput): Omit<Page, 'format'> {
  const state: Walk = { file: input.path, sections: [], section: undefined, title: input.title };
  const nodes = walk(pageLines(input.body), state, true);
  const collector = new GroupCollector();
  emitNodes(nodes, collector, MKDOCS_LABELS);
  return { path: input.path, id: input.id, title: state.title, sections: state.sections, groups: collector.groups, blocks: collector.blocks };
}
