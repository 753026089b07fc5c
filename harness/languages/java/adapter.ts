// Java: milvus-sdk-java from the cache; the page's Java tabs become one program, compiled once, run in one JVM.
import type { Finding, Snippet, SnippetRun } from '../../types.ts';
import { scrubbedEnv } from '../../exec.ts';
import { mapEndpoint } from '../../endpoint.ts';
import type { LanguageAdapter, PreparedSdk, RunContext } from '../adapter.ts';
import { pageLine } from '../process-runner.ts';
import { runCompiled } from '../compiled-run.ts';
import { withWorkDir } from '../work-dir.ts';
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
    const { sdk, index } = this;
    if (!sdk || !index) throw new Error('JavaAdapter.run before prepare');
    return withWorkDir('java', async (root) => {
      const units = snippets.map((s) => ({ id: s.id, code: mapEndpoint(s.code, context.endpoint).code }));
      const build = await compileJava(units, sdk.classpath, index, root, (i, line) => pageLine(snippets[i]!, line), `milvus-sdk-java ${sdk.version}`);
      const severity = context.strict ? 'error' : 'warning';
      const notes = (index: number): Finding[] =>
        (build.added.get(index) ?? []).map((a) => ({ kind: 'lint', severity, line: a.line, message: `the harness added \`import ${a.name};\`, which the snippet uses but does not import` }));
      return runCompiled(snippets, context, build.failed, notes, (indexes) => ({
        command: 'java',
        args: ['-cp', `${build.classesDir}:${sdk.classpath}`, 'DocsHarnessProgram', ...indexes.map(String)],
        cwd: root,
        env: scrubbedEnv(root, { DH_URI: context.endpoint.uri, DH_TOKEN: context.endpoint.token ?? '' }),
      }));
    });
  }
}
