// Finds an HTML comment, <script> or <style> left open: a renderer hides everything after it, so the rest of the
// page (its tabs included) would silently go untested.
import { HarnessError } from '../errors.ts';
import { lineAt } from './formats/milvus-rendered/html-balance.ts';

const OPENERS = [
  { open: /<!--/g, close: '-->', name: 'an HTML comment (<!--)' },
  { open: /<script\b[^>]*>/gi, close: '</script', name: 'a <script> element' },
  { open: /<style\b[^>]*>/gi, close: '</style', name: 'a <style> element' },
] as const;

/** The text with fenced code blocks and inline code spans blanked (same length and lines): code may hold `<!--`. */
function withoutCode(text: string): string {
  let fence: string | undefined;
  return text
    .split('\n')
    .map((line) => {
      const marker = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return ' '.repeat(line.length);
      }
      if (marker) {
        fence = marker;
        return ' '.repeat(line.length);
      }
      return line.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
    })
    .join('\n');
}

/** Throws PAGE_MALFORMED at the line of the first comment, <script> or <style> that is never closed. */
export function assertClosedRawBlocks(text: string, file: string): void {
  const prose = withoutCode(text);
  const lower = prose.toLowerCase();
  for (const { open, close, name } of OPENERS) {
    let from = 0;
    for (;;) {
      open.lastIndex = from;
      const opened = open.exec(prose);
      if (!opened) break;
      const closed = lower.indexOf(close, opened.index + opened[0].length);
      if (closed < 0) {
        throw new HarnessError(
          'PAGE_MALFORMED',
          `${name} is opened here and never closed, so a renderer hides the rest of the page (its tabs would go untested). Close it.`,
          { page: { file: file, line: lineAt(text, opened.index) } },
        );
      }
      from = closed + close.length;
    }
  }
}
