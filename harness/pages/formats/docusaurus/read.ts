// Reads a Docusaurus MDX page (the Zilliz Cloud docs): headings, `<Tabs>`/`<TabItem>` sets holding fences, lone fences.
import type { Page, Section } from '../../../types.ts';
import { HarnessError } from '../../../errors.ts';
import { GroupCollector } from '../../group-collector.ts';
import type { ReaderInput } from '../format.ts';
import { pageLines, readFence, type PageLine } from '../fences.ts';
import { readHeading } from '../line-headings.ts';
import { emitNodes, type TabItemNode, type TabNode, type TabSetNode } from '../tab-tree.ts';
import { DOCUSAURUS_LABELS } from './labels.ts';
import { attribute, tabTags, tabValues, type TabTagKind } from './tags.ts';

const TAG_START = /<\/?(Tabs|TabItem)\b/g;
const HAS_TAG = /<\/?(Tabs|TabItem)\b/;

/** A title without the site's audience suffix ("Load & Release | PRIVATE" → "Load & Release"). */
export function plainTitle(title: string): string {
  return title.replace(/\s+\|\s+[^|]*$/, '').trim();
}

/** The text of the tag line at `index`, joined with the next lines while a tag is still open (multi-line `<Tabs …>`). */
function tagText(lines: readonly PageLine[], index: number): { text: string; next: number } {
  let text = lines[index]!.text;
  let next = index + 1;
  while ((text.replace(/`[^`\n]*`/g, '').match(TAG_START) ?? []).length > tabTags(text).length && next < lines.length && next - index < 30) {
    text += `\n${lines[next]!.text}`;
    next++;
  }
  return { text, next };
}

/** What MDX would refuse to compile about a tab tag where it stands (the line of the tag at fault when not this one). */
function misplaced(kind: TabTagKind, top: { item: TabItemNode | undefined } | undefined): { message: string; line?: number } | undefined {
  if (!top && kind !== 'tabs')
    return {
      message: `a ${kind === '/tabs' ? '</Tabs>' : kind === 'item' ? '<TabItem>' : '</TabItem>'} outside any <Tabs>. Remove it or open the <Tabs> it belongs to.`,
    };
  if (top?.item && (kind === 'item' || kind === '/tabs' || kind === 'tabs')) {
    return { message: `a <TabItem> is opened here and never closed (no </TabItem> before the next tab tag). Close it.`, line: top.item.line };
  }
  if (top && !top.item && kind === '/item') return { message: 'a </TabItem> without its <TabItem>. Remove it or open the tab it closes.' };
  return undefined;
}

/** Reads the page into the tab tree, then into groups (code tab sets) and lone blocks. */
export function readDocusaurusPage(input: ReaderInput): Omit<Page, 'format'> {
  const lines = pageLines(input.body);
  const root: TabNode[] = [];
  const open: { set: TabSetNode; values: Map<string, string>; item: TabItemNode | undefined }[] = [];
  const sections: Section[] = [];
  let section: Section | undefined;
  let title = plainTitle(input.title);
  const target = (): TabNode[] => {
    const top = open.at(-1);
    return top ? (top.item?.children ?? []) : root;
  };

  for (let index = 0; index < lines.length; ) {
    const fence = readFence(lines, index, section, input.path);
    if (fence) {
      target().push(fence.node);
      index = fence.next;
      continue;
    }
    const line = lines[index]!;
    const heading = open.length === 0 ? readHeading(line) : undefined;
    if (heading) {
      if (heading.level === 1) title ||= plainTitle(heading.title);
      if (heading.section) sections.push((section = heading.section));
      index++;
      continue;
    }
    if (!HAS_TAG.test(line.text)) {
      index++;
      continue;
    }
    const { text, next } = tagText(lines, index);
    for (const { kind, tag } of tabTags(text)) {
      const top = open.at(-1);
      const fault = misplaced(kind, top);
      if (fault) throw new HarnessError('PAGE_MALFORMED', fault.message, { page: { file: input.path, line: fault.line ?? line.line } });
      if (kind === 'tabs') {
        const set: TabSetNode = { kind: 'tabs', line: line.line, section, groupId: attribute(tag, 'groupId'), items: [] };
        open.push({ set, values: tabValues(tag), item: undefined });
      } else if (kind === 'item' && top) {
        const value = attribute(tag, 'value') ?? '';
        top.item = { value, label: attribute(tag, 'label') ?? top.values.get(value) ?? '', line: line.line, children: [] };
        top.set.items.push(top.item);
      } else if (kind === '/item' && top) {
        top.item = undefined;
      } else if (kind === '/tabs' && top) {
        open.pop();
        target().push(top.set);
      }
    }
    index = next;
  }
  if (open.length > 0) {
    throw new HarnessError('PAGE_MALFORMED', `a <Tabs> element is opened here and never closed (no </Tabs>). Close it.`, {
      page: { file: input.path, line: open[0]!.set.line },
    });
  }
  const collector = new GroupCollector();
  emitNodes(root, collector, DOCUSAURUS_LABELS);
  return { path: input.path, id: input.id, title, sections, groups: collector.groups, blocks: collector.blocks };
}
