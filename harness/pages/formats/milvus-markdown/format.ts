// The milvus.io Markdown source format (fences after a multipleCode div) behind the page format interface.
import type { PageFormatReader } from '../format.ts';
import { codeBlockCounts } from '../format.ts';
import { readMarkdownPage } from './read.ts';

/** Markdown source: claimed by any page with fences that is not rendered HTML (the fallback for plain Markdown). */
export const markdownFormat: PageFormatReader = {
  name: 'markdown',
  description: 'milvus.io Markdown source (``` fences after a multipleCode div)',
  editable: true,
  claims: (body) => {
    const { pre, fences } = codeBlockCounts(body);
    return fences > 0 && !(pre > fences / 2) ? 1 : 0;
  },
  read: readMarkdownPage,
};
