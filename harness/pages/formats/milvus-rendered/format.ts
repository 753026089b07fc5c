// The milvus.io rendered format (HTML inside .md) behind the page format interface.
import type { PageFormatReader } from '../format.ts';
import { codeBlockCounts } from '../format.ts';
import { readRenderedPage } from './read.ts';

/** Rendered HTML: claimed when `<pre><code>` blocks outnumber half the fence lines. */
export const renderedFormat: PageFormatReader = {
  name: 'rendered',
  description: 'milvus.io rendered HTML in .md (<pre><code> blocks after a multipleCode div)',
  editable: false,
  claims: (body) => {
    const { pre, fences } = codeBlockCounts(body);
    return pre > 0 && pre > fences / 2 ? 1 : 0;
  },
  read: readRenderedPage,
};
