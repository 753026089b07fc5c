// The page format interface: what every format folder gives the registry (how much a page's content looks like it,
// and how to read it into the one page model).
import type { Page, PageFormat } from '../../types.ts';

/** What the readers share: the page path, its front matter and its text with the front matter blanked. */
export interface ReaderInput {
  readonly path: string;
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

/** One page format, as a language is one language: its name, a content test and a reader. */
export interface PageFormatReader {
  readonly name: PageFormat;
  /** What the format is, for messages and the README. */
  readonly description: string;
  /** True when pages in it are what contributors edit (`--update-outputs` writes them); false for a rendered output. */
  readonly editable: boolean;
  /** How strongly the page body (front matter blanked) looks like this format: 0 = not at all; the highest wins. */
  readonly claims: (body: string) => number;
  /** Reads the page body into the page model (the registry adds `format`). */
  readonly read: (input: ReaderInput) => Omit<Page, 'format'>;
}

/** The number of `<pre><code>` blocks and of ``` / ~~~ fence lines in a body (the milvus.io formats tell each other by them). */
export function codeBlockCounts(body: string): { pre: number; fences: number } {
  return {
    pre: (body.match(/<pre[\s>][\s\S]*?<code/gi) ?? []).length,
    fences: (body.match(/^[ \t]*(```|~~~)/gm) ?? []).length,
  };
}
