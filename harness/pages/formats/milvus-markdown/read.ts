// Reads the Markdown source form (what contributors edit) into the page model with markdown-it.
import MarkdownIt from 'markdown-it';
import type { Page, Section } from '../../../types.ts';
import { HarnessError } from '../../../errors.ts';
import { GroupCollector } from '../../group-collector.ts';
import { buildTab } from '../../tab-builder.ts';
import { isTabGroupHtml, labelFor, readTabLinks, type TabLink } from '../multiple-code.ts';
import { explicitAnchor, headingAnchor } from '../../anchors.ts';
import type { ReaderInput } from '../format.ts';

const CLOSING_FENCE = /^\s*(`{3,}|~{3,})\s*$/;

/** Tokens that may stand between two fences of one tab group without ending it. */
const TRANSPARENT = new Set([
  'list_item_open',
  'list_item_close',
  'bullet_list_open',
  'bullet_list_close',
  'ordered_list_open',
  'ordered_list_close',
  'paragraph_close',
]);

/** Prose that introduces the next block as output, not code ("Expected output:", "The result is as follows:"). */
const INTRODUCES_OUTPUT =
  /(\boutput\b|\b(expected|example|sample)\s+(result|response)s?\b|^\s*(the\s+)?(result|response)s?\s+(is|are|looks?\s+like)\b)[^.:]*:\s*$/i;

/** Reads a Markdown source page: headings, multipleCode divs followed by a run of fences, lone fences. */
export function readMarkdownPage(input: ReaderInput): Omit<Page, 'format'> {
  const lines = input.body.split('\n');
  const tokens = new MarkdownIt({ html: true }).parse(input.body, {});
  const sections: Section[] = [];
  const collector = new GroupCollector();
  let section: Section | undefined;
  let links: TabLink[] = [];
  let title = input.title;
  let prose = ''; // the last paragraph's text: "Expected output:" introduces an output block

  tokens.forEach((token, index) => {
    const map = token.map ?? [0, 0];
    if (token.type === 'heading_open') {
      collector.closeGroup();
      const level = Number(token.tag.slice(1));
      const heading = explicitAnchor(tokens[index + 1]?.content ?? '');
      if (level === 1) {
        title ||= heading.title;
      } else if (level <= 4) {
        section = { anchor: heading.anchor ?? headingAnchor(heading.title), title: heading.title, line: map[0] + 1, level };
        sections.push(Object.freeze(section));
      }
      return;
    }
    if (token.type === 'html_block' && isTabGroupHtml(token.content)) {
      links = readTabLinks(token.content);
      collector.startGroup(map[0] + 1, section);
      return;
    }
    if (token.type === 'fence' || token.type === 'code_block') {
      const closing = lines[map[1] - 1] ?? '';
      if (token.type === 'fence' && (map[1] - map[0] < 2 || !CLOSING_FENCE.test(closing))) {
        throw new HarnessError('PAGE_MALFORMED', `unclosed code fence: ${token.markup}${token.info} is never closed. Add the closing ${token.markup}.`, {
          page: { file: input.path, line: map[0] + 1 },
        });
      }
      if (token.type === 'code_block') return;
      const fence = token.info.trim().split(/\s+/)[0] ?? '';
      collector.add(
        buildTab({
          fence,
          label: collector.inGroup ? labelFor(links, fence) : '',
          text: token.content,
          firstTextLine: map[0] + 2,
          line: map[0] + 1,
          endLine: map[1],
        }),
        section,
        INTRODUCES_OUTPUT.test(prose),
      );
      prose = '';
      return;
    }
    if (token.type === 'inline') prose = token.content;
    if (!TRANSPARENT.has(token.type) && !(token.type === 'html_block' && token.content.trim() === '')) {
      collector.closeGroup();
    }
  });
  collector.closeGroup();
  return { path: input.path, id: input.id, title, sections, groups: collector.groups, blocks: collector.blocks };
}
