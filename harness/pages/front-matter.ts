// Reads the `---` YAML front matter (id, title, summary) at the top of a docs page; invalid YAML is an error at its line.
import { parseDocument } from 'yaml';
import { HarnessError } from '../errors.ts';

/** Front matter fields and the number of lines the block takes. */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  readonly lineCount: number;
}

/** Parses the front matter; absent front matter gives no fields and 0 lines; broken YAML throws PAGE_MALFORMED. */
export function readFrontMatter(text: string, file = 'page'): FrontMatter {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return { fields: {}, lineCount: 0 };
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) {
    throw new HarnessError('PAGE_MALFORMED', `the front matter opened here (---) is never closed with a --- line. Close it.`, {
      page: { file: file, line: 1 },
    });
  }
  const document = parseDocument(lines.slice(1, end).join('\n'), { prettyErrors: true, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = 1 + (error.linePos?.[0]?.line ?? 1);
    throw new HarnessError('PAGE_MALFORMED', `the front matter is not valid YAML: ${error.message.split('\n')[0]}. Fix it.`, {
      page: { file: file, line: line },
    });
  }
  const data: unknown = document.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new HarnessError('PAGE_MALFORMED', `the front matter is not a YAML mapping of fields (id: …, title: …). Fix it.`, { page: { file: file, line: 2 } });
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    if (value !== null && value !== undefined && typeof value !== 'object') fields[key] = String(value);
  }
  return { fields, lineCount: end + 1 };
}

/** The page text with its front matter blanked out, so line numbers stay the same. */
export function blankFrontMatter(text: string, frontMatter: FrontMatter): string {
  if (frontMatter.lineCount === 0) return text;
  const lines = text.split('\n');
  return [...lines.slice(0, frontMatter.lineCount).map(() => ''), ...lines.slice(frontMatter.lineCount)].join('\n');
}
