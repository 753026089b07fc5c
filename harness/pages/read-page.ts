// Loads a page file, checks it is a readable text page, has the format registry pick its format and reads it into the model.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '../types.ts';
import { HarnessError } from '../errors.ts';
import { blankFrontMatter, readFrontMatter } from './front-matter.ts';
import type { ReaderInput } from './formats/format.ts';
import { pickFormat } from './formats/registry.ts';
import { assertClosedRawBlocks } from './raw-blocks.ts';

async function loadText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).isDirectory()) {
      throw new HarnessError('PAGE_UNREADABLE', `is a directory, not a page. Name a .md file inside it.`, { page: { file: file } });
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof HarnessError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new HarnessError('PAGE_UNREADABLE', `cannot read the page (${why}). Check the path.`, { cause: error, page: { file: file } });
  }
  if (bytes.includes(0)) {
    throw new HarnessError('PAGE_BINARY', `holds binary content (NUL bytes), not a docs page.`, { page: { file: file } });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new HarnessError('PAGE_BINARY', `is not UTF-8 text, not a docs page.`, { cause: error, page: { file: file } });
  }
  if (text.trim() === '') throw new HarnessError('PAGE_EMPTY', `the page is empty.`, { page: { file: file } });
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Reads a page file into the page model; throws a HarnessError with exit-code-2 meaning on bad input. */
export async function readPage(file: string): Promise<Page> {
  return parsePage(await loadText(file), file);
}

/** Reads page text (already loaded) into the page model; `file` names it in messages. */
export function parsePage(text: string, file: string): Page {
  if (text.trim() === '') throw new HarnessError('PAGE_EMPTY', `the page is empty.`, { page: { file: file } });
  const frontMatter = readFrontMatter(text, file);
  const body = blankFrontMatter(text, frontMatter);
  assertClosedRawBlocks(body, file);
  const format = pickFormat(body, file, frontMatter.lineCount > 0);
  const input: ReaderInput = {
    path: file,
    id: frontMatter.fields['id'] ?? path.basename(file),
    title: frontMatter.fields['title'] ?? '',
    body,
  };
  const page = { ...format.read(input), format: format.name };
  const runnable = page.groups.length + page.blocks.filter((block) => block.kind === 'code').length;
  if (runnable === 0) {
    throw new HarnessError('PAGE_NO_CODE', `the page has no code tabs (only output or data blocks), so there is nothing to test.`, { page: { file: file } });
  }
  return Object.freeze(page);
}
