// A toy language kept outside harness/languages/, added through the registry alone (registerLanguage).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageEntry } from '../../harness/languages/language.ts';
import { runInProcesses } from '../../harness/languages/process-runner.ts';
import { withWorkDir } from '../../harness/languages/work-dir.ts';
import { scrubbedEnv } from '../../harness/exec.ts';

const DRIVER = fileURLToPath(new URL('./driver.mjs', import.meta.url));

/** The toy language: `say` prints, `fail` raises. */
export const toy: LanguageEntry<'toy'> = {
  facts: { name: 'toy', label: 'Toy', aliases: ['toy', 'toylang'], loadStates: { loaded: 'loaded!', released: 'released!' }, sdk: 'none' },
  adapter: async () => ({
    lang: 'toy' as never,
    prepare: async () => ({
      description: 'toy 1.0',
      run: (snippets, context) =>
        withWorkDir('toy', (_root, nextDir) =>
          runInProcesses(snippets, context, async (remaining) => {
            const dir = await nextDir();
            await writeFile(path.join(dir, 'snippets.json'), JSON.stringify(remaining.map((s) => ({ id: s.id, code: s.code }))));
            return { command: process.execPath, args: [DRIVER, path.join(dir, 'snippets.json')], cwd: dir, env: scrubbedEnv(dir) };
          }),
        ),
    }),
  }),
};
