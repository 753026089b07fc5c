// curl: static checks always; runs with bash against the server's REST v2 API, or is skipped where there is none.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import { langsWithout } from '../registry.ts';
import type { Finding, Snippet, SnippetRun, Skip } from '../../types.ts';
import { scrubbedEnv } from '../../process/exec.ts';
import type { LanguageAdapter, PreparedRunner, RunContext } from '../adapter.ts';
import { runInProcesses } from '../process-runner.ts';
import { withWorkDir } from '../work-dir.ts';
import { checkCurlSnippet } from './check.ts';
import { skipText } from '../../skips.ts';

const DRIVER = fileURLToPath(new URL('./driver.sh', import.meta.url));

/** The curl language adapter. */
export class CurlAdapter implements LanguageAdapter {
  readonly lang = 'curl' as const;

  async prepare(): Promise<PreparedRunner> {
    const curl = await execa('curl', ['--version'], { reject: false });
    const bash = await execa('bash', ['--version'], { reject: false });
    if (curl.exitCode !== 0 || bash.exitCode !== 0) {
      throw new HarnessError(
        'TOOLCHAIN_MISSING',
        `curl tabs need bash and curl on PATH: install them (e.g. \`apt-get install curl\`) or leave curl out with \`--lang ${langsWithout('curl')}\`.`,
      );
    }
    return { description: curl.stdout.split('\n')[0]!.split(' ').slice(0, 2).join(' '), run: (snippets, context) => this.run(snippets, context) };
  }

  private async run(snippets: readonly Snippet[], context: RunContext): Promise<SnippetRun[]> {
    const mapped = new Map(snippets.map((s) => [s.id, s.code]));
    const checks = new Map<string, Finding[]>();
    const env = new Map<string, string>(); // a page's curl tabs share one shell: earlier exports are visible later
    for (const snippet of snippets) checks.set(snippet.id, await checkCurlSnippet(snippet, mapped.get(snippet.id)!, env));
    if (!context.hasRest) {
      const skip: Skip = { code: 'no-rest-server' };
      return snippets.map((s) => ({
        id: s.id,
        outcome: 'skipped',
        stdout: '',
        stderr: '',
        durationMs: 0,
        findings: [...checks.get(s.id)!, { kind: 'unsupported', severity: 'warning', line: s.line, message: `not run: ${skipText(skip)}` }],
        skip,
      }));
    }
    return withWorkDir('curl', (_root, nextDir) =>
      runInProcesses(
        snippets,
        context,
        async (remaining) => {
          const dir = await nextDir();
          const list: string[] = [];
          for (const [index, snippet] of remaining.entries()) {
            const file = path.join(dir, `snippet-${index}.sh`);
            await writeFile(file, mapped.get(snippet.id)!);
            list.push(`${snippet.id}\t${file}`);
          }
          await writeFile(path.join(dir, 'snippets.tsv'), `${list.join('\n')}\n`);
          const env = scrubbedEnv(dir, { CLUSTER_ENDPOINT: context.endpoint.uri, TOKEN: context.endpoint.token ?? 'root:Milvus' });
          return { command: 'bash', args: [DRIVER, path.join(dir, 'snippets.tsv')], cwd: dir, env };
        },
        (snippet) => checks.get(snippet.id)!,
      ),
    );
  }
}

/** A new Curl adapter (the registry loads this module by URL). */
export function createAdapter(): LanguageAdapter {
  return new CurlAdapter();
}
