// Reads the rendered form (HTML inside .md, as the Milvus site renders it) into the page model with cheerio.
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { Page, Section } from '../../../types.ts';
import { GroupCollector } from '../../group-collector.ts';
import { buildTab } from '../../tab-builder.ts';
import { labelFor, readTabLinks, type TabLink } from '../multiple-code.ts';
import { headingAnchor } from '../../anchors.ts';
import { assertBalancedHtml } from './html-balance.ts';
import type { ReaderInput } from '../format.ts';

interface Located {
  sourceCodeLocation?: { startLine: number; endLine: number; startTag?: { endLine: number } } | null;
}

function location(el: Element): NonNullable<Located['sourceCodeLocation']> {
  const loc = (el as unknown as Located).sourceCodeLocation;
  if (!loc) throw new Error('cheerio returned an element without a source location');
  return loc;
}

function languageClass(className: string | undefined): string {
  return /(?:^|\s)(?:language|lang)-([^\s]+)/.exec(className ?? '')?.[1] ?? '';
}

/** Reads a rendered page: h2–h4 sections, multipleCode groups and the `<pre><code>` blocks after them. */
export function readRenderedPage(input: ReaderInput): Omit<Page, 'format'> {
  assertBalancedHtml(input.body, input.path);
  const $ = cheerio.load(input.body, { sourceCodeLocationInfo: true });
  const sections: Section[] = [];
  const collector = new GroupCollector();
  let section: Section | undefined;
  let links: TabLink[] = [];
  let title = input.title;

  for (const el of $('h1, h2, h3, h4, div, pre').toArray()) {
    const node = $(el);
    if (el.tagName === 'h1') {
      title ||= node.text().trim();
      continue;
    }
    if (/^h[2-4]$/.test(el.tagName)) {
      collector.closeGroup();
      const text = node.text().trim();
      section = { anchor: node.attr('id') ?? headingAnchor(text), title: text, line: location(el).startLine, level: Number(el.tagName[1]) };
      sections.push(Object.freeze(section));
      continue;
    }
    if (el.tagName === 'div') {
      if (node.hasClass('multipleCode')) {
        links = readTabLinks(node.html() ?? '');
        collector.startGroup(location(el).startLine, section);
      }
      continue;
    }
    // <pre>: a tab when it follows the group's div or another tab directly.
    const previous = node.prev()[0];
    const followsGroup = previous !== undefined && (previous.tagName === 'pre' || (previous.tagName === 'div' && node.prev().is('.multipleCode')));
    if (!followsGroup) collector.closeGroup();
    const code = node.children('code').first();
    const codeEl = (code[0] ?? el) as Element;
    code.find('button').remove();
    node.children('button').remove();
    const fence = languageClass(code.attr('class') ?? node.attr('class'));
    const codeLoc = location(codeEl);
    collector.add(
      buildTab({
        fence,
        label: collector.inGroup ? labelFor(links, fence) : '',
        text: (code[0] ? code : node).text(),
        firstTextLine: codeLoc.startTag?.endLine ?? codeLoc.startLine,
        line: codeLoc.startLine,
        endLine: location(el).endLine,
      }),
      section,
    );
  }
  collector.closeGroup();
  return { path: input.path, id: input.id, title, sections, groups: collector.groups, blocks: collector.blocks };
}
