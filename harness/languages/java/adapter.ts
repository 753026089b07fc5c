// Java: milvus-sdk-java from the cache; the page's Java tabs run in one JShell, in page order, state carried over.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Snippet, SnippetRun } from '../../types.ts';
import { scrubbedEnv } from '../../exec.ts';
import { mapEndpoint } from '../../endpoint.ts';
import type { LanguageAdapter, PreparedSdk, RunContext } from '../adapter.ts';
import { runInProcesses } from '../process-runner.ts';
import { withWorkDir } from '../work-dir.ts';
import { classIndex } from './class-index.ts';
import { shellDriver } from './shell-driver.ts';
import { ensureJavaSdk, type JavaSdk } from './sdk.ts';

/** The Java language adapter. */
export class JavaAdapter implements LanguageAdapter {
  readonly lang = 'java' as const;
  private sdk: JavaSdk | undefined;
  private index: Map<string, string> | undefined;
  private driver: string | undefined;

  async prepare(version: string | undefined): Promise<PreparedSdk> {
    this.sdk = await ensureJavaSdk(version);
    this.index = await classIndex(this.sdk.jar);
    this.driver = await shellDriver(this.sdk.classpath);
    return { description: `milvus-sdk-java ${this.sdk.version}` };
  }

  async run(snippets: readonly Snippet[], context: RunContext): Promise<SnippetRun[]> {
    const { sdk, index, driver } = this;
    if (!sdk || !index || !driver) throw new Error('JavaAdapter.run before prepare');
    return withWorkDir('java', async (root) => {
      await writeFile(path.join(root, 'imports.tsv'), [...index].map(([simple, fqn]) => `${simple}\t${fqn}\n`).join(''));
      for (const [i, s] of snippets.entries()) {
        await writeFile(path.join(root, `${i}.id`), s.id);
        await writeFile(path.join(root, `${i}.java`), mapEndpoint(s.code, context.endpoint).code);
      }
      return runInProcesses(snippets, context, async (remaining) => ({
        command: 'java',
        args: ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', `${driver}:${sdk.classpath}`, 'docsharness.DocsHarnessShell', root, ...remaining.map((s) => String(snippets.indexOf(s)))],
        cwd: root,
        env: scrubbedEnv(root, { DH_URI: context.endpoint.uri, DH_TOKEN: context.endpoint.token ?? '' }),
      }));
    });
  }
}
