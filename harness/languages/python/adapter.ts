// Python: pymilvus in a venv of its own per version; a page's snippets run in one process with shared globals.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import type { Snippet } from '../../types.ts';
import { scrubbedEnv } from '../../exec.ts';
import { ensureVenv, type Venv } from '../../python/venv.ts';
import type { LanguageAdapter, PreparedRunner, RunContext } from '../adapter.ts';
import { withDriftNotes } from '../drift-notes.ts';
import { runInProcesses } from '../process-runner.ts';
import { withWorkDir } from '../work-dir.ts';
import { pythonDrift } from './drift.ts';

const DRIVER = fileURLToPath(new URL('./driver.py', import.meta.url));
/** Default pymilvus line: the newest 2.6.x. */
export const DEFAULT_PYMILVUS = '2.6';

function requirement(version: string): string {
  return /^\d+\.\d+$/.test(version) ? `pymilvus~=${version}.0` : `pymilvus==${version}`;
}

/** The Python language adapter. */
export class PythonAdapter implements LanguageAdapter {
  readonly lang = 'python' as const;

  async prepare(version: string | undefined): Promise<PreparedRunner> {
    const wanted = version ?? DEFAULT_PYMILVUS;
    const venv = await ensureVenv(`pymilvus-${wanted}`, [requirement(wanted)], 'import pymilvus');
    const installed = await execa(venv.python, ['-c', 'import importlib.metadata as m; print(m.version("pymilvus"))']);
    const description = `pymilvus ${installed.stdout.trim()}`;
    return {
      description,
      run: async (snippets, context) => {
        const runs = await this.run(venv, snippets, context);
        return withDriftNotes(runs, pythonDrift(venv, description, snippets.map((s) => s.code).join('\n')));
      },
    };
  }

  private async run(venv: Venv, snippets: readonly Snippet[], context: RunContext) {
    return withWorkDir('python', (_root, nextDir) =>
      runInProcesses(snippets, context, async (remaining) => {
        const dir = await nextDir();
        const file = path.join(dir, 'snippets.json');
        await writeFile(file, JSON.stringify(remaining.map((s) => ({ id: s.id, code: s.code, echo: s.expected.length > 0 && !/\bprint\s*\(/.test(s.code) }))));
        return {
          command: venv.python,
          args: ['-u', DRIVER, file],
          cwd: dir,
          env: scrubbedEnv(dir, {
            PYTHONUNBUFFERED: '1',
            PYTHONDONTWRITEBYTECODE: '1',
            GRPC_VERBOSITY: 'ERROR',
            DH_URI: context.endpoint.uri,
            DH_TOKEN: context.endpoint.token ?? '',
          }),
        };
      }),
    );
  }
}

/** A new Python adapter (the registry loads this module by URL). */
export function createAdapter(): LanguageAdapter {
  return new PythonAdapter();
}
