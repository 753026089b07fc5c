// Reads the tab links of a `<div class="multipleCode">` and finds the label for a code block.
import * as cheerio from 'cheerio';
import { canonicalLang } from '../language-names.ts';

/** Tab links in page order: the href word as written and the label shown. */
export interface TabLink {
  readonly href: string;
  readonly label: string;
}

/** The tab links inside a multipleCode div's HTML. */
export function readTabLinks(html: string): TabLink[] {
  const $ = cheerio.load(html);
  return $('a[href^="#"]')
    .toArray()
    .map((a) => ({ href: ($(a).attr('href') ?? '').slice(1), label: $(a).text().trim() }));
}

/** The label of the tab whose href names the same language as `fence` (matched by language, never position). */
export function labelFor(links: readonly TabLink[], fence: string): string {
  const exact = links.find((link) => link.href.toLowerCase() === fence.toLowerCase());
  if (exact) return exact.label;
  const lang = canonicalLang(fence);
  if (lang === 'other') return '';
  return links.find((link) => canonicalLang(link.href) === lang)?.label ?? '';
}

/** True when an HTML fragment opens a multipleCode tab group. */
export function isTabGroupHtml(html: string): boolean {
  return /<div[^>]*class\s*=\s*["'][^"']*\bmultipleCode\b/i.test(html);
}
