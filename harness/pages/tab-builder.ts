// Turns a raw code block (text plus page lines) into a clean Tab: decorations, directives and outputs removed.
import type { Tab } from '../types.ts';
import { canonicalLang } from './language-names.ts';
import { factsOf } from '../languages/registry.ts';
import { isPlaceholder } from './placeholders.ts';
import { splitOutputs, type SourceLine } from './outputs.ts';

/** A code block as found in the page, before cleaning. */
export interface RawBlock {
  readonly fence: string;
  readonly label: string;
  /** Text of the block, entities already decoded. */
  readonly text: string;
  /** Page line of the first line of `text`. */
  readonly firstTextLine: number;
  readonly line: number;
  readonly endLine: number;
}

const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const DIRECTIVE = /^\s*(#|\/\/)\s*highlight-(next-line|start|end|next)\b.*$/;

/** The block's lines with page numbers, without invisible characters, directives or trailing blank lines. */
export function cleanLines(text: string, firstTextLine: number): SourceLine[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => ({ text: raw.replace(INVISIBLE, '').replace(/\s+$/, ''), line: firstTextLine + index }))
    .filter((line) => !DIRECTIVE.test(line.text));
  while (lines.length > 0 && lines.at(-1)!.text.trim() === '') lines.pop();
  while (lines.length > 0 && lines[0]!.text.trim() === '') lines.shift();
  return lines;
}

/** Builds the page model's Tab from a raw block. */
export function buildTab(raw: RawBlock): Tab {
  const lines = cleanLines(raw.text, raw.firstTextLine);
  const placeholder = isPlaceholder(lines.map((l) => l.text).join('\n'));
  const markers = factsOf(canonicalLang(raw.fence))?.commentMarkers;
  const split = placeholder ? { code: lines, expected: [] } : splitOutputs(lines, markers);
  const code = [...split.code];
  while (code.length > 0 && code.at(-1)!.text.trim() === '') code.pop();
  const text = code.map((l) => l.text).join('\n');
  return Object.freeze({
    lang: canonicalLang(raw.fence, placeholder ? undefined : text),
    fence: raw.fence,
    label: raw.label,
    code: code.map((l) => l.text).join('\n'),
    codeLines: Object.freeze(code.map((l) => l.line)),
    line: raw.line,
    endLine: raw.endLine,
    expected: Object.freeze(split.expected.map((e) => Object.freeze({ ...e, afterCodeLine: Math.min(e.afterCodeLine, code.length) }))),
    placeholder,
  });
}

/** True when a block outside any tab group holds bare output or data rather than a program. */
export function looksLikeBareOutput(tab: Tab): boolean {
  const text = tab.code.trim();
  if (text === '') return tab.expected.length > 0;
  if (/^[{[(]/.test(text)) {
    try {
      JSON.parse(text);
      return true;
    } catch {
      // Python reprs and pretty-printed dicts are output too when no line assigns or calls.
      return !text.split('\n').some((line) => /^\s*[\w.]+\s*=[^=]|^\s*(import|from|def|class|print)\b/.test(line));
    }
  }
  return false;
}
