// Tells a placeholder body ("# REST 缺失", "// go", "Not support yet") from real code.

const COMMENT_PREFIX = /^(#+|\/\/+|--|\/\*+|\*+\/?|<!--)\s*/;
const COMMENT_SUFFIX = /\s*(\*\/|-->)$/;

/** Words that alone make a placeholder line: language names and "missing / not available" notes. */
const PLACEHOLDER_LINE = new RegExp(
  [
    '^(rest(ful)?( api)?|curl|bash|shell|go|golang|java|node(js|\\.js)?|javascript|js|python)$',
    '缺失',
    '^not (yet )?(support(ed)?|available)( yet)?\\.?$',
    '^(coming soon|to ?do|tbd|n/?a)\\.?$',
  ].join('|'),
  'i',
);

/** The text of a line without comment markers (`#`, `//`, `/* *\/`). */
export function stripComment(line: string): string {
  return line.trim().replace(COMMENT_PREFIX, '').replace(COMMENT_SUFFIX, '').trim();
}

/** True when a code body holds no program, only a note that the tab is missing. */
export function isPlaceholder(code: string): boolean {
  const lines = code
    .split('\n')
    .map(stripComment)
    .filter((line) => line.length > 0);
  return lines.every((line) => PLACEHOLDER_LINE.test(line.replace(/\s+/g, ' ')));
}
