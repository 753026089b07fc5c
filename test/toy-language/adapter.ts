// The toy language's adapter: runs a page's toy snippets with driver.mjs through the shared process runner.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageAdapter } from '../../harness/languages/adapter.ts';
import { runInProcesses } from '../../harness/languages/process-runner.ts';
import { withWorkDir } from '../../harness/languages/work-dir.ts';
import { scrubbedEnv } from '../../harness/process/exec.ts';

const DRIVER = fileURLToPath(new URL('./driver.mjs', import.meta.url));

/** A new toy adapter (the registry loads this module by URL). */
export function createAdapter(): LanguageAdapter {
  return {
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
  };
}
