// Flattens a page into snippets with stable ids (`load-collection/python`), in page order.
import type { Page, Snippet, Tab, Section } from '../types.ts';
import { slug } from './anchors.ts';

/** Every tab of every group, then-in-place lone code blocks, each with a stable, unique id. */
export function pageSnippets(page: Page): Snippet[] {
  const entries: { tab: Tab; section: Section | undefined; group: number }[] = [];
  page.groups.forEach((group, index) => group.tabs.forEach((tab) => entries.push({ tab, section: group.section, group: index })));
  page.blocks
    .filter((block) => block.kind === 'code')
    .forEach((block, index) => entries.push({ tab: block.tab, section: block.section, group: page.groups.length + index }));
  entries.sort((a, b) => a.tab.line - b.tab.line);

  const used = new Map<string, number>();
  return entries.map(({ tab, section, group }) => {
    const sectionSlug = section ? slug(section.anchor) : slug(page.id.replace(/\.md$/, ''));
    const base = `${sectionSlug}/${tab.lang === 'other' ? tab.fence.toLowerCase() || 'other' : tab.lang}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return Object.freeze({ ...tab, id: count === 1 ? base : `${base}-${count}`, section: section?.anchor ?? '', sectionTitle: section?.title ?? '', group });
  });
}
