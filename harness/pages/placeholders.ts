// Tells a placeholder body ("# REST 缺失", "// go", "Not support yet") from real code.
import { languageFacts } from '../languages/registry.ts';

const COMMENT_PREFIX = /^(#+|\/\/+|--|\/\*+|\*+\/?|<!--)\s*/;
const COMMENT_SUFFIX = /\s*(\*\/|-->)$/;

/** Words that alone make a placeholder line: the languages' names, aliases and own placeholder words (from the registry). */
function languageWords(): string[] {
  return languageFacts().flatMap((facts) => [facts.name, facts.label, ...facts.aliases, ...(facts.placeholderWords ?? [])]);
}

const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lines that make a placeholder: a language's name alone, or a "missing / not available" note. */
function placeholderLine(): RegExp {
  return new RegExp(
    [
      `^(${[...new Set(languageWords().map((w) => w.toLowerCase()))].map(escapeRegex).join('|')})$`,
      '缺失',
      '^not (yet )?(support(ed)?|available)( yet)?\\.?$',
      '^(coming soon|to ?do|tbd|n/?a)\\.?$',
    ].join('|'),
    'i',
  );
}

/** The text of a line without comment markers (`#`, `//`, `/* *\/`). */
export function stripComment(line: string): string {
  return line.trim().replace(COMMENT_PREFIX, '').replace(COMMENT_SUFFIX, '').trim();
}

/** True when a code body holds no program: only a note that the tab is missing, or only comments. */
export function isPlaceholder(code: string): boolean {
  const written = code.split('\n').filter((line) => line.trim().length > 0);
  if (written.length > 0 && written.every((line) => COMMENT_PREFIX.test(line.trim()) && /^(#|\/\/|\/\*|\*|<!--)/.test(line.trim()))) return true;
  const lines = code
    .split('\n')
    .map(stripComment)
    .filter((line) => line.length > 0);
  const pattern = placeholderLine();
  return lines.every((line) => pattern.test(line.replace(/\s+/g, ' ')));
}
