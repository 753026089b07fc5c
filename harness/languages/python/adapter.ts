// Python: pymilvus in a venv of its own per version; a page's snippets run in one process with shared globals.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Snippet } from '../../types.ts';
import { scrubbedEnv } from '../../process/exec.ts';
import { ensureVenv, type Venv } from '../../toolchain/venv.ts';
import type { LanguageAdapter, PreparedRunner, RunContext } from '../adapter.ts';
import { withDriftNotes } from '../drift-notes.ts';
import { supplyFindings } from '../supply-notes.ts';
import { prewarm, runInProcesses } from '../process-runner.ts';
import type { WarmSpec } from '../../process/warm-pool.ts';
import { RUN_TAG } from '../../process/sweep.ts';
import { env } from '../../config/env.ts';
import { withWorkDir } from '../work-dir.ts';
import { pythonDrift } from './drift.ts';
import { pythonSupplied } from './supplied.ts';

const DRIVER = fileURLToPath(new URL('./driver.py', import.meta.url));
const SERVE = fileURLToPath(new URL('./serve.py', import.meta.url));

/** The Python language adapter. */
export class PythonAdapter implements LanguageAdapter {
  readonly lang = 'python' as const;

  async prepare(version: string | undefined): Promise<PreparedRunner> {
    if (!version) throw new Error('the Python runner needs an exact pymilvus release (see harness/versions/)');
    const venv = await ensureVenv(`pymilvus-${version}`, [`pymilvus==${version}`], 'import pymilvus');
    // The venv holds exactly `pymilvus==version` (its folder is named after it).
    const description = `pymilvus ${version}`;
    return {
      description,
      run: async (snippets, context) => {
        const runs = await this.run(venv, snippets, context);
        return withDriftNotes(runs, pythonDrift(venv, description, snippets.map((s) => s.code).join('\n')));
      },
      prewarm: (sandbox) => prewarm(warmStart(venv), sandbox),
    };
  }

  private async run(venv: Venv, snippets: readonly Snippet[], context: RunContext) {
    // `client` only for a page that makes none of its own; the warning says where the page relies on it.
    const supplied = pythonSupplied(snippets.map((s) => s.code));
    const notes = (snippet: Snippet) => supplyFindings(supplied.notes, snippets, snippet);
    // A program resumed after a hang or crash lost the client the page made before: it gets one back.
    const supply = (remaining: readonly Snippet[]) =>
      supplied.supply || snippets.indexOf(remaining[0]!) > (supplied.maker ?? Number.POSITIVE_INFINITY) ? '1' : '0';
    // What a page's run gets on top of the driver's environment: its folder, the server, whether `client` is supplied.
    const pageEnv = (dir: string, remaining: readonly Snippet[]) => ({
      HOME: dir,
      TMPDIR: dir,
      DH_URI: context.endpoint.uri,
      DH_TOKEN: context.endpoint.token ?? '',
      DH_SUPPLY_CLIENT: supply(remaining),
    });
    const writeSnippets = async (dir: string, remaining: readonly Snippet[]) => {
      const file = path.join(dir, 'snippets.json');
      await writeFile(file, JSON.stringify(remaining.map(snippetRequest)));
      return file;
    };
    if (env.warmRuntimes()) {
      const warm = (remaining: readonly Snippet[]): WarmSpec => ({
        ...warmStart(venv),
        request: async (dir, tag) => {
          const file = await writeSnippets(dir, remaining);
          return JSON.stringify({ file, dir, env: { ...pageEnv(dir, remaining), [RUN_TAG]: tag } });
        },
      });
      return runInProcesses(snippets, context, async (remaining) => ({ warm: warm(remaining) }), notes);
    }
    return withWorkDir('python', (_root, nextDir) =>
      runInProcesses(
        snippets,
        context,
        async (remaining) => {
          const dir = await nextDir();
          const file = await writeSnippets(dir, remaining);
          return { command: venv.python, args: ['-u', DRIVER, file], cwd: dir, env: { ...pythonEnv(dir), ...pageEnv(dir, remaining) } };
        },
        notes,
      ),
    );
  }
}

/** The environment the driver runs in (the server's address comes with each page). */
function pythonEnv(home: string): Record<string, string> {
  return scrubbedEnv(home, { PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1', GRPC_VERBOSITY: 'ERROR' });
}

/** A warm Python runtime for `venv`: the driver in serve mode, pymilvus imported once. */
function warmStart(venv: Venv): Pick<WarmSpec, 'key' | 'start'> {
  return {
    key: `python ${venv.python} ${SERVE}`,
    start: (home) => ({ command: venv.python, args: ['-u', SERVE], cwd: home, env: pythonEnv(home) }),
  };
}

/** What the driver reads of a snippet: its code, and whether to show bare expressions' values (documented output). */
function snippetRequest(s: Snippet) {
  return {
    id: s.id,
    code: s.code,
    echo: s.expected.length > 0 && !/\bprint\s*\(/.test(s.code),
    outputsAfter: s.expected.map((block) => block.afterCodeLine),
  };
}

/** A new Python adapter (the registry loads this module by URL). */
export function createAdapter(): LanguageAdapter {
  return new PythonAdapter();
}
