// Java: milvus-sdk-java from the cache; the page's Java tabs run in one JShell, in page order, state carried over.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Snippet, SnippetRun } from '../../types.ts';
import { scrubbedEnv } from '../../process/exec.ts';
import type { LanguageAdapter, PreparedRunner, RunContext } from '../adapter.ts';
import { withDriftNotes } from '../drift-notes.ts';
import { supplyFindings } from '../supply-notes.ts';
import { prewarm, runInProcesses } from '../process-runner.ts';
import { withWorkDir } from '../work-dir.ts';
import { env } from '../../config/env.ts';
import type { WarmSpec } from '../../process/warm-pool.ts';
import { classIndex } from './class-index.ts';
import { javaDrift } from './drift.ts';
import { shellDriver } from './shell-driver.ts';
import { ensureJavaSdk, type JavaSdk } from './sdk.ts';
import { javaSupplied } from './supplied.ts';

/** How the JVM runs: a small heap collector and the quick compiler (short programs). */
const JVM = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

/** A warm JVM for `sdk`: the driver in serve mode, the SDK kept off its own class path (each page loads its own copy). */
function warmJvm(sdk: JavaSdk, driver: string): Pick<WarmSpec, 'key' | 'start'> {
  return {
    key: `java ${driver} ${sdk.classpath}`,
    start: (home) => ({
      command: 'java',
      args: [...JVM, '-cp', driver, 'docsharness.DocsHarnessShell'],
      cwd: home,
      env: scrubbedEnv(home, { DH_SDK_CLASSPATH: sdk.classpath }),
    }),
  };
}

/** The Java language adapter. */
export class JavaAdapter implements LanguageAdapter {
  readonly lang = 'java' as const;

  async prepare(version: string | undefined): Promise<PreparedRunner> {
    if (!version) throw new Error('the Java runner needs an exact SDK release (see harness/versions/)');
    const sdk = await ensureJavaSdk(version);
    const index = await classIndex(sdk.jar);
    const driver = await shellDriver(sdk.classpath);
    const description = `milvus-sdk-java ${sdk.version}`;
    return {
      description,
      run: async (snippets, context) => {
        const runs = await this.run({ sdk, index, driver }, snippets, context);
        return withDriftNotes(runs, javaDrift(sdk, description));
      },
      prewarm: (sandbox) => prewarm(warmJvm(sdk, driver), sandbox),
    };
  }

  private async run(
    { sdk, index, driver }: { sdk: JavaSdk; index: Map<string, string>; driver: string },
    snippets: readonly Snippet[],
    context: RunContext,
  ): Promise<SnippetRun[]> {
    // `client` only for a page that makes none of its own; the warning says where the page relies on it.
    const supplied = javaSupplied(snippets.map((s) => s.code));
    const notes = (snippet: Snippet) => supplyFindings(supplied.notes, snippets, snippet);
    const writePage = async (dir: string) => {
      await writeFile(path.join(dir, 'imports.tsv'), [...index].map(([simple, fqn]) => `${simple}\t${fqn}\n`).join(''));
      for (const [i, s] of snippets.entries()) {
        await writeFile(path.join(dir, `${i}.id`), s.id);
        await writeFile(path.join(dir, `${i}.java`), s.code);
      }
    };
    const indices = (remaining: readonly Snippet[]) => remaining.map((s) => String(snippets.indexOf(s)));
    const { uri, token = '' } = context.endpoint;
    if (env.warmRuntimes()) {
      // One JVM for the run; each page in a fresh JShell with its own copy of the SDK (the SDK is not on the JVM's path).
      const warm = (remaining: readonly Snippet[]): WarmSpec => ({
        ...warmJvm(sdk, driver),
        request: async (dir) => {
          await writePage(dir);
          return [dir, supplied.supply ? '1' : '0', uri, token, ...indices(remaining)].join('\t');
        },
      });
      return runInProcesses(snippets, context, async (remaining) => ({ warm: warm(remaining) }), notes);
    }
    return withWorkDir('java', async (root) => {
      await writePage(root);
      const launch = async (remaining: readonly Snippet[]) => ({
        command: 'java',
        args: [...JVM, '-cp', `${driver}:${sdk.classpath}`, 'docsharness.DocsHarnessShell', root, ...indices(remaining)],
        cwd: root,
        env: scrubbedEnv(root, { DH_URI: uri, DH_TOKEN: token, DH_SUPPLY_CLIENT: supplied.supply ? '1' : '0' }),
      });
      return runInProcesses(snippets, context, launch, notes);
    });
  }
}

/** A new Java adapter (the registry loads this module by URL). */
export function createAdapter(): LanguageAdapter {
  return new JavaAdapter();
}
