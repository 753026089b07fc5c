// Splits documented output comments ("# Output", "// Output:", headerless "# {") out of a snippet's code.
import type { ExpectedOutput } from '../types.ts';

/** One line of a code block with its 1-based page line. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
}

/** A code block with its documented outputs taken out. */
export interface SplitCode {
  readonly code: readonly SourceLine[];
  readonly expected: readonly ExpectedOutput[];
}

const COMMENT = /^\s*(#+|\/\/)/;
const HEADER = /^\s*(#+|\/\/)\s*(?:example\s+)?output(?:\s+example)?\s*:?\s*(.*)$/i;

/** The line's comment marker (`#`, `##`, `//`) when it is one of `markers` (the language's own), else undefined. */
function commentPrefix(text: string, markers: readonly string[] = ['#', '//']): string | undefined {
  const prefix = COMMENT.exec(text)?.[1];
  return prefix && markers.includes(prefix.startsWith('#') ? '#' : prefix) ? prefix : undefined;
}

/** The comment's text without its marker and the one space after it. */
function uncomment(text: string, prefix: string): string {
  const rest = text.trimStart().slice(prefix.length);
  return rest.startsWith(' ') ? rest.slice(1) : rest;
}

/** Index after the run of comment lines with `prefix` starting at `from`. */
function commentRunEnd(lines: readonly SourceLine[], from: number, prefix: string): number {
  let end = from;
  while (end < lines.length && commentPrefix(lines[end]!.text) === prefix) end += 1;
  return end;
}

function trimBlankEdges(texts: string[]): string[] {
  let start = 0;
  let end = texts.length;
  while (start < end && texts[start]!.trim() === '') start += 1;
  while (end > start && texts[end - 1]!.trim() === '') end -= 1;
  return texts.slice(start, end).map((text) => text.replace(/\s+$/, ''));
}

function bracketsBalance(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{' || ch === '[') depth += 1;
    if (ch === '}' || ch === ']') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A headerless output run: comment lines that hold one bracketed value such as `# { "code": 0 }`. */
function isHeaderlessOutput(texts: readonly string[]): boolean {
  const body = trimBlankEdges([...texts]);
  const first = body[0]?.trim() ?? '';
  const last = body.at(-1)?.trim() ?? '';
  return /^[{[]/.test(first) && /[}\]],?$/.test(last) && bracketsBalance(body.join('\n'));
}

/** The page lines of `lines[from, end)` as an output block's body (none when the range is empty). */
function bodyLines(lines: readonly SourceLine[], from: number, end: number): { body?: { first: number; last: number } } {
  return end > from ? { body: { first: lines[from]!.line, last: lines[end - 1]!.line } } : {};
}

/** Separates documented output blocks (in the language's comment `markers`) from code; code and outputs may interleave. */
export function splitOutputs(lines: readonly SourceLine[], markers: readonly string[] = ['#', '//']): SplitCode {
  const code: SourceLine[] = [];
  const expected: ExpectedOutput[] = [];
  let index = 0;
  while (index < lines.length) {
    const current = lines[index]!;
    const prefix = commentPrefix(current.text, markers);
    if (prefix === undefined) {
      code.push(current);
      index += 1;
      continue;
    }
    const header = HEADER.exec(current.text);
    if (header) {
      let bodyStart = index + 1;
      let end = commentRunEnd(lines, bodyStart, prefix);
      if (end === bodyStart) {
        // "# Output" then a blank line, then the commented output.
        while (bodyStart < lines.length && lines[bodyStart]!.text.trim() === '') bodyStart += 1;
        end = commentRunEnd(lines, bodyStart, prefix);
      }
      const inline = header[2]!.trim();
      const texts = [...(inline ? [inline] : []), ...lines.slice(bodyStart, end).map((l) => uncomment(l.text, prefix))];
      expected.push({ line: current.line, text: trimBlankEdges(texts).join('\n'), afterCodeLine: code.length, ...bodyLines(lines, bodyStart, end) });
      index = end;
      continue;
    }
    const end = commentRunEnd(lines, index, prefix);
    const texts = lines.slice(index, end).map((l) => uncomment(l.text, prefix));
    if (isHeaderlessOutput(texts)) {
      expected.push({ line: current.line, text: trimBlankEdges(texts).join('\n'), afterCodeLine: code.length, ...bodyLines(lines, index, end) });
    } else {
      code.push(...lines.slice(index, end));
    }
    index = end;
  }
  return { code, expected };
}
