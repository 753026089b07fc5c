// Marks a Go snippet's error handlers (`if err != nil {`) so an error that reaches one is known to the harness: an
// SDK call that failed is a failure of the tab even when the handler only prints it or is empty. Lines are kept.
import { codeOnly } from './scan.ts';

const HANDLER = /^(\s*)if\s+(\w*[eE]rr\w*)\s*!=\s*nil\s*\{/;
const ASSIGNS = (name: string) => new RegExp(`(^|[\\s,(])${name}\\s*:?=[^=]`);

/**
 * The snippet with `dhErr(err, line)` at the start of each `if err != nil {` body; `line` is the call's line. Comments
 * and strings are not code: a commented-out `// err = …` is not the call.
 */
export function markErrorHandlers(code: string): string {
  const lines = code.split('\n');
  const stripped = codeOnly(code).split('\n');
  return lines
    .map((text, i) => {
      const match = HANDLER.exec(stripped[i]!);
      if (!match) return text;
      const name = match[2]!;
      let call = i; // the statement that set the error: the nearest earlier line assigning it
      for (let j = i - 1; j >= 0; j -= 1) {
        if (ASSIGNS(name).test(stripped[j]!)) {
          call = j;
          break;
        }
      }
      return `${match[0]} dhErr(${name}, ${call + 1});${text.slice(match[0].length)}`;
    })
    .join('\n');
}
