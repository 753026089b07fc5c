// Finds a page line by what is written there, for pages that cannot carry markers (the seed page is byte-identical to
// the website's): the line of a code line or of a documented output block of one tab, as the page reader maps them.
import { readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import type { Snippet } from '../../harness/types.ts';

async function snippet(page: string, id: string): Promise<Snippet> {
  const found = pageSnippets(await readPage(page)).find((s) => s.id === id);
  if (!found) throw new Error(`${page} has no tab ${id}`);
  return found;
}

function only(lines: number[], what: string): number {
  if (lines.length !== 1) throw new Error(`${what}: ${lines.length} matches (${lines.join(', ')}), expected exactly one`);
  return lines[0]!;
}

/** The page line of the one code line of tab `id` that contains `text`. */
export async function codeLine(page: string, id: string, text: string): Promise<number> {
  const s = await snippet(page, id);
  const lines = s.code.split('\n').flatMap((line, i) => (line.includes(text) ? [s.codeLines[i]!] : []));
  return only(lines, `${page} ${id}: code line with ${JSON.stringify(text)}`);
}

/** The page line of the one documented output block of tab `id` whose text contains `text`. */
export async function outputLine(page: string, id: string, text: string): Promise<number> {
  const s = await snippet(page, id);
  const lines = s.expected.filter((e) => e.text.includes(text)).map((e) => e.line);
  return only(lines, `${page} ${id}: documented output with ${JSON.stringify(text)}`);
}
