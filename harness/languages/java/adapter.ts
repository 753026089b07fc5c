// Java: milvus-sdk-java from the cache; the page's Java tabs become one program, compiled once, run in one JVM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding, Snippet, SnippetRun } from '../../types.ts';
import { scrubbedEnv } from '../../exec.ts';
import { mapEndpoint } from '../../endpoint.ts';
import type { LanguageAdapter, PreparedSdk, RunContext } from '../adapter.ts';
import { pageLine, runInProcesses } from '../process-runner.ts';
import { classIndex } from './class-index.ts';
import { compileJava } from './compile.ts';
import { ensureJavaSdk, type JavaSdk } from './sdk.ts';

/** The Java language adapter. */
export class JavaAdapter implements LanguageAdapter {
  readonly lang = 'java' as const;
  private sdk: JavaSdk | undefined;
  private index: Map<string, string> | undefined;

  async prepare(version: string | undefined): Promise<PreparedSdk> {
    this.sdk = await ensureJavaSdk(version);
    this.index = await classIndex(this.sdk.jar);
    return { description: `milvus-sdk-java ${this.sdk.version}` };
  }

  async run(snippets: readonly Snippet[], context: RunContext): Promise<SnippetRun[]> {
    const sdk = this.sdk;
    if (!sdk || !this.index) throw new Error('JavaAdapter.run before prepare');
    const root = await mkdtemp(path.join(tmpdir(), 'docs-harness-java-'));
    try {
      const units = snippets.map((s) => ({ id: s.id, code: mapEndpoint(s.code, context.endpoint).code }));
      const build = await compileJava(units, sdk.classpath, this.index, root, (i, line) => pageLine(snippets[i]!, line), `milvus-sdk-java ${sdk.version}`);
      const severity = context.strict ? 'error' : 'warning';
      const addedFindings = (index: number): Finding[] =>
        (build.added.get(index) ?? []).map((a) => ({ kind: 'lint', severity, line: a.line, message: `the harness added \`import ${a.name};\`, which the snippet uses but does not import` }));
      const runnable = snippets.filter((_, i) => !build.failed.has(i));
      const runs = await runInProcesses(
        runnable,
        context,
        async (remaining) => ({
          command: 'java',
          args: ['-cp', `${build.classesDir}:${sdk.classpath}`, 'DocsHarnessProgram', ...remaining.map((s) => String(snippets.indexOf(s)))],
          cwd: root,
          env: scrubbedEnv(root, { DH_URI: context.endpoint.uri, DH_TOKEN: context.endpoint.token ?? '' }),
        }),
        (snippet) => addedFindings(snippets.indexOf(snippet)),
      );
      return snippets.map((snippet, i) => {
        const failed = build.failed.get(i);
        if (failed) return { id: snippet.id, outcome: 'error', stdout: '', stderr: failed.map((f) => f.message).join('\n'), durationMs: 0, findings: [...addedFindings(i), ...failed] };
        return runs[runnable.indexOf(snippet)]!;
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
}
