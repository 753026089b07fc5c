// Turns `run`/`list` arguments (page files, folders, globs) into the page files of a docs tree, in a stable order.
import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { HarnessError } from '../errors.ts';

const PAGE_GLOB = '**/*.{md,mdx}';

/** The page files the arguments name: files as given, folders searched for `.md`/`.mdx`, globs expanded; sorted. */
export async function findPages(args: readonly string[]): Promise<string[]> {
  const pages: string[] = [];
  for (const arg of args) {
    let found: string[];
    if (isDynamicPattern(arg)) {
      found = await glob(arg, { onlyFiles: true, expandDirectories: false });
      if (found.length === 0)
        throw new HarnessError('PAGE_UNREADABLE', `\`${arg}\` matches no file; check the pattern (quote it so the shell does not expand it).`);
    } else if (isDirectory(arg)) {
      found = (await glob(PAGE_GLOB, { cwd: arg, onlyFiles: true, ignore: ['**/node_modules/**'] })).map((file) => path.join(arg, file));
      if (found.length === 0) throw new HarnessError('PAGE_UNREADABLE', `\`${arg}\` holds no .md or .mdx page.`);
    } else {
      found = [arg];
    }
    pages.push(...found.sort());
  }
  return [...new Set(pages)];
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
