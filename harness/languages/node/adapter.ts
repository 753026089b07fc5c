// Node: @zilliz/milvus2-sdk-node from the cache; snippets are ES modules run in page order sharing top-level names.
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Snippet } from '../../types.ts';
import { scrubbedEnv } from '../../process/exec.ts';
import type { LanguageAdapter, PreparedRunner, RunContext } from '../adapter.ts';
import { withDriftNotes } from '../drift-notes.ts';
import { pageLine, runInProcesses } from '../process-runner.ts';
import { withWorkDir } from '../work-dir.ts';
import { suppliedClient, suppliedClientWarning } from './client.ts';
import { nodeDrift } from './drift.ts';
import { ensureNodeSdk, NODE_SDK, type NodeSdk } from './sdk.ts';
import { toSharedModule, type NodeModule } from './transform.ts';

const DRIVER = fileURLToPath(new URL('./driver.mjs', import.meta.url));

/** The Node language adapter. */
export class NodeAdapter implements LanguageAdapter {
  readonly lang = 'node' as const;

  async prepare(version: string | undefined): Promise<PreparedRunner> {
    if (!version) throw new Error('the Node runner needs an exact SDK release (see harness/versions/)');
    const sdk = await ensureNodeSdk(version);
    const description = `${NODE_SDK} ${sdk.version}`;
    return {
      description,
      run: async (snippets, context) => {
        const runs = await this.run(sdk, snippets, context);
        return withDriftNotes(runs, nodeDrift(sdk, description, snippets.map((s) => s.code).join('\n')));
      },
    };
  }

  private async run(sdk: NodeSdk, snippets: readonly Snippet[], context: RunContext) {
    const modules = new Map<string, NodeModule>();
    const known = new Set<string>();
    for (const snippet of snippets) {
      const module = toSharedModule(snippet.code, known);
      module.declared.forEach((name) => known.add(name));
      module.undeclaredAssignments.forEach((u) => known.add(u.name));
      modules.set(snippet.id, module);
    }
    const supplied = suppliedClient(snippets.map((s) => ({ id: s.id, module: modules.get(s.id)! })));
    const lint = (snippet: Snippet): Finding[] => [
      ...supplied.uses
        .filter((u) => u.id === snippet.id)
        .map((u): Finding => ({ kind: 'lint', severity: 'warning', line: pageLine(snippet, u.line), message: suppliedClientWarning(u.name) })),
      ...modules.get(snippet.id)!.undeclaredAssignments.map(
        (u): Finding => ({
          kind: 'lint',
          severity: 'warning',
          line: pageLine(snippet, u.line),
          message: `\`${u.name}\` is assigned without being declared: it runs as in a pasted script (a global is created), but throws a ReferenceError in a module or strict code. Declare it with let or const.`,
        }),
      ),
    ];
    return withWorkDir('node', (_root, nextDir) =>
      runInProcesses(
        snippets,
        context,
        async (remaining) => {
          const dir = await nextDir();
          await symlink(path.join(sdk.dir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
          const list = [];
          for (const [index, snippet] of remaining.entries()) {
            const module = modules.get(snippet.id)!;
            const file = path.join(dir, `snippet-${index}.mjs`);
            await writeFile(file, module.source);
            list.push({ id: snippet.id, file, syntaxError: module.syntaxError });
          }
          await writeFile(path.join(dir, 'snippets.json'), JSON.stringify(list));
          return {
            command: process.execPath,
            args: [DRIVER, path.join(dir, 'snippets.json')],
            cwd: dir,
            env: scrubbedEnv(dir, {
              NODE_NO_WARNINGS: '1',
              DH_ADDRESS: context.endpoint.address,
              DH_TOKEN: context.endpoint.token ?? '',
              DH_CLIENT: supplied.names.join(','),
            }),
          };
        },
        lint,
      ),
    );
  }
}

/** A new Node adapter (the registry loads this module by URL). */
export function createAdapter(): LanguageAdapter {
  return new NodeAdapter();
}
