// The page format registry: every format folder once, and the pick of a page's format from its content (never its name).
import type { PageFormat } from '../../types.ts';
import { HarnessError } from '../../errors.ts';
import type { PageFormatReader } from './format.ts';
import { renderedFormat } from './milvus-rendered/format.ts';
import { markdownFormat } from './milvus-markdown/format.ts';
import { docusaurusFormat } from './docusaurus/format.ts';
import { mkdocsFormat } from './mkdocs/format.ts';

/** Every page format, in the order that breaks a tie. */
export const PAGE_FORMATS: readonly PageFormatReader[] = [docusaurusFormat, mkdocsFormat, renderedFormat, markdownFormat];

/** The format named `name`. */
export function formatNamed(name: PageFormat): PageFormatReader {
  const format = PAGE_FORMATS.find((f) => f.name === name);
  if (!format) throw new Error(`no page format named ${name}`);
  return format;
}

/** The format whose content test claims the body most strongly; a page no format claims is an input error. */
export function pickFormat(body: string, file: string, hasFrontMatter: boolean): PageFormatReader {
  let best: { format: PageFormatReader; score: number } | undefined;
  for (const format of PAGE_FORMATS) {
    const score = format.claims(body);
    if (score > 0 && (!best || score > best.score)) best = { format, score };
  }
  if (best) return best.format;
  const looksLikePage = hasFrontMatter || /<h[1-6][\s>]/i.test(body) || /^#{1,6}\s+\S/m.test(body);
  if (looksLikePage) {
    throw new HarnessError('PAGE_NO_CODE', `the page has no code tabs (no <pre><code> blocks and no \`\`\` fences), so there is nothing to test.`, {
      page: { file: file },
    });
  }
  throw new HarnessError(
    'PAGE_FORMAT_UNKNOWN',
    `cannot tell the page format: no front matter, headings, <pre><code> blocks or \`\`\` fences. Pass a docs page (${PAGE_FORMATS.map((f) => f.name).join(', ')}).`,
    { page: { file: file } },
  );
}
