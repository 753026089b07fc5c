// Go: milvus client/v2 from a cached module; the page's Go tabs become one program, built once, run in one process.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding, Snippet, SnippetRun } from '../../types.ts';
import { scrubbedEnv } from '../../exec.ts';
import { mapEndpoint } from '../../endpoint.ts';
import type { LanguageAdapter, PreparedSdk, RunContext } from '../adapter.ts';
import { pageLine, runInProcesses } from '../process-runner.ts';
import { buildGo } from './compile.ts';
import { ensureGoSdk, GO_MODULE, type GoSdk } from './sdk.ts';

/** The Go language adapter. */
export class GoAdapter implements LanguageAdapter {
  readonly lang = 'go' as const;
  private sdk: GoSdk | undefined;

  async prepare(version: string | undefined): Promise<PreparedSdk> {
    this.sdk = await ensureGoSdk(version);
    return { description: `${GO_MODULE} ${this.sdk.version}` };
  }

  async run(snippets: readonly Snippet[], context: RunContext): Promise<SnippetRun[]> {
    const sdk = this.sdk;
    if (!sdk) throw new Error('GoAdapter.run before prepare');
    const root = await mkdtemp(path.join(tmpdir(), 'docs-harness-go-'));
    try {
      const units = snippets.map((s) => ({ id: s.id, code: mapEndpoint(s.code, context.endpoint).code }));
      const build = await buildGo(units, sdk, root, (i, line) => pageLine(snippets[i]!, line));
      const severity = context.strict ? 'error' : 'warning';
      const adjustments = (index: number): Finding[] => (build.adjusted.get(index) ?? []).map((a) => ({ kind: 'lint', severity, line: a.line, message: a.message }));
      const runnable = snippets.filter((_, i) => !build.failed.has(i));
      const runs = await runInProcesses(
        runnable,
        context,
        async (remaining) => ({
          command: build.binary,
          args: remaining.map((s) => String(snippets.indexOf(s))),
          cwd: root,
          env: scrubbedEnv(root, { DH_ADDRESS: context.endpoint.address, DH_TOKEN: context.endpoint.token ?? '' }),
        }),
        (snippet) => adjustments(snippets.indexOf(snippet)),
      );
      return snippets.map((snippet, i) => {
        const failed = build.failed.get(i);
        if (failed) return { id: snippet.id, outcome: 'error', stdout: '', stderr: failed.map((f) => f.message).join('\n'), durationMs: 0, findings: [...adjustments(i), ...failed] };
        return runs[runnable.indexOf(snippet)]!;
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
}
