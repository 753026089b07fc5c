// `docs-harness list`: prints a page's snippets as a table or as JSON.
import Table from 'cli-table3';
import type { Page, Snippet } from '../types.ts';
import { readPage } from '../pages/read-page.ts';
import { pageSnippets } from '../pages/snippets.ts';

/** The JSON shape of one listed page (documented in the README). */
export interface PageListing {
  readonly page: string;
  readonly id: string;
  readonly title: string;
  readonly format: Page['format'];
  readonly snippets: readonly {
    id: string;
    section: string;
    sectionTitle: string;
    lang: Snippet['lang'];
    fence: string;
    label: string;
    line: number;
    endLine: number;
    placeholder: boolean;
    code: string;
    expected: { line: number; text: string }[];
  }[];
}

/** The listing of one page: its snippets with code and documented outputs. */
export function listPage(page: Page): PageListing {
  return {
    page: page.path,
    id: page.id,
    title: page.title,
    format: page.format,
    snippets: pageSnippets(page).map((s) => ({
      id: s.id,
      section: s.section,
      sectionTitle: s.sectionTitle,
      lang: s.lang,
      fence: s.fence,
      label: s.label,
      line: s.line,
      endLine: s.endLine,
      placeholder: s.placeholder,
      code: s.code,
      expected: s.expected.map((e) => ({ line: e.line, text: e.text })),
    })),
  };
}

/** A readable table: one row per snippet (section × language), with lines, outputs and placeholders. */
export function formatListing(listing: PageListing): string {
  const table = new Table({ head: ['Section (--section)', 'Language', 'Lines', 'Documented output', 'Placeholder'], style: { head: [], border: [] } });
  for (const s of listing.snippets) {
    const outputs = s.expected.length === 0 ? 'no' : `yes (line ${s.expected.map((e) => e.line).join(', ')})`;
    table.push([
      `${s.sectionTitle || '(top)'}\n${s.id.split('/')[0]}`,
      `${s.lang}${s.label ? ` (${s.label})` : ''}`,
      `${s.line}-${s.endLine}`,
      outputs,
      s.placeholder ? 'yes' : '',
    ]);
  }
  const header = `${listing.page} — ${listing.title} [${listing.format}] — ${listing.snippets.length} snippets`;
  return `${header}\n${table.toString()}`;
}

/** Runs `list` over the given pages and returns the process exit code. */
export async function listCommand(pages: readonly string[], options: { json?: boolean }): Promise<number> {
  const listings: PageListing[] = [];
  for (const file of pages) listings.push(listPage(await readPage(file)));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(listings.length === 1 ? listings[0] : listings, null, 2)}\n`);
  } else {
    process.stdout.write(`${listings.map(formatListing).join('\n\n')}\n`);
  }
  return 0;
}
