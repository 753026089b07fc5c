// Go: milvus client/v2 from a cached module; the page's Go tabs become one program (each snippet nested in the
// previous one's block), built once, run in one process.
import type { Finding, Snippet, SnippetRun } from '../../types.ts';
import { scrubbedEnv } from '../../process/exec.ts';
import type { LanguageAdapter, PreparedRunner, RunContext } from '../adapter.ts';
import { pageLine } from '../process-runner.ts';
import { runCompiled } from '../compiled-run.ts';
import { withDriftNotes } from '../drift-notes.ts';
import { withWorkDir } from '../work-dir.ts';
import { cachedBuildGo } from './compile.ts';
import { goDrift } from './drift.ts';
import { ensureGoSdk, GO_MODULE, type GoSdk } from './sdk.ts';

/** The Go language adapter. */
export class GoAdapter implements LanguageAdapter {
  readonly lang = 'go' as const;

  async prepare(version: string | undefined): Promise<PreparedRunner> {
    if (!version) throw new Error('the Go runner needs an exact SDK release (see harness/versions/)');
    const sdk = await ensureGoSdk(version);
    const description = `${GO_MODULE} ${sdk.version}`;
    return {
      description,
      run: async (snippets, context) => {
        const runs = await this.run(sdk, snippets, context);
        const codes = snippets.map((s) => s.code);
        return withDriftNotes(runs, goDrift(sdk, description, codes));
      },
    };
  }

  private async run(sdk: GoSdk, snippets: readonly Snippet[], context: RunContext): Promise<SnippetRun[]> {
    return withWorkDir('go', async (root) => {
      const units = snippets.map((s) => ({ id: s.id, code: s.code }));
      const build = await cachedBuildGo(units, sdk, root, (i, line) => pageLine(snippets[i]!, line));
      const notes = (index: number): Finding[] =>
        (build.adjusted.get(index) ?? []).map((a) => ({ kind: 'lint', severity: 'warning', line: a.line, message: a.message }));
      return runCompiled(snippets, context, build.failed, build.blocked, notes, () => ({
        command: build.binary,
        args: [],
        cwd: root,
        env: scrubbedEnv(root, { DH_ADDRESS: context.endpoint.address, DH_TOKEN: context.endpoint.token ?? '' }),
      }));
    });
  }
}

/** A new Go adapter (the registry loads this module by URL). */
export function createAdapter(): LanguageAdapter {
  return new GoAdapter();
}
