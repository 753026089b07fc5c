// Reads the `---` front matter (id, title, summary) at the top of a docs page.

/** Front matter fields and the number of lines the block takes. */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  readonly lineCount: number;
}

/** Parses simple `key: value` front matter; absent front matter gives no fields and 0 lines. */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return { fields: {}, lineCount: 0 };
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) return { fields: {}, lineCount: 0 };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match) fields[match[1]!] = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return { fields, lineCount: end + 1 };
}

/** The page text with its front matter blanked out, so line numbers stay the same. */
export function blankFrontMatter(text: string, frontMatter: FrontMatter): string {
  if (frontMatter.lineCount === 0) return text;
  const lines = text.split('\n');
  return [...lines.slice(0, frontMatter.lineCount).map(() => ''), ...lines.slice(frontMatter.lineCount)].join('\n');
}
