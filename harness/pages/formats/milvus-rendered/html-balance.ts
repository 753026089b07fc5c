// Finds unclosed <pre>, <code>, <div> and heading tags, which an HTML parser would silently repair.
import { HarnessError } from '../../../errors.ts';

const CHECKED = ['pre', 'code', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Deeper nesting is refused: HTML parsing costs grow with the square of the depth, and no docs page nests past ~20. */
export const MAX_DEPTH = 500;

/** The 1-based line of character `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Throws PAGE_MALFORMED naming the first tag that is opened and never closed (or closed and never opened). */
export function assertBalancedHtml(text: string, path: string): void {
  const tag = new RegExp(`<(/?)(${CHECKED.join('|')})(?=[\\s>/])[^>]*>`, 'gi');
  const stack: { name: string; index: number }[] = [];
  for (const match of text.matchAll(tag)) {
    const name = match[2]!.toLowerCase();
    if (match[0].endsWith('/>')) continue;
    if (match[1] === '') {
      stack.push({ name, index: match.index });
      if (stack.length > MAX_DEPTH) {
        throw new HarnessError('PAGE_MALFORMED', `malformed HTML: elements nest more than ${MAX_DEPTH} deep here (no docs page does); fix the page's HTML.`, {
          page: { file: path, line: lineAt(text, match.index) },
        });
      }
      continue;
    }
    const open = stack.findLastIndex((entry) => entry.name === name);
    if (open < 0) {
      throw new HarnessError('PAGE_MALFORMED', `malformed HTML: </${name}> closes a tag that was never opened. Fix the page's HTML.`, {
        page: { file: path, line: lineAt(text, match.index) },
      });
    }
    const unclosed = stack[open + 1];
    if (unclosed) {
      throw new HarnessError('PAGE_MALFORMED', `malformed HTML: <${unclosed.name}> is never closed (found </${name}> first). Fix the page's HTML.`, {
        page: { file: path, line: lineAt(text, unclosed.index) },
      });
    }
    stack.splice(open);
  }
  const left = stack[0];
  if (left) {
    throw new HarnessError('PAGE_MALFORMED', `malformed HTML: <${left.name}> is never closed. Fix the page's HTML.`, {
      page: { file: path, line: lineAt(text, left.index) },
    });
  }
}
