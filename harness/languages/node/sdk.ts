// Installs @zilliz/milvus2-sdk-node (a version line or an exact version) into the cache, never the project.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import { cachePath } from '../../cache.ts';
import { step } from '../../progress.ts';

export const NODE_SDK = '@zilliz/milvus2-sdk-node';
/** Default: the newest 2.6.x. */
export const DEFAULT_NODE_SDK = '2.6';

/** An installed Node SDK: the folder whose node_modules holds it, and its exact version. */
export interface NodeSdk {
  readonly dir: string;
  readonly version: string;
}

function spec(version: string): string {
  return /^\d+\.\d+$/.test(version) ? `~${version}.0` : version;
}

async function installedVersion(dir: string): Promise<string | undefined> {
  try {
    return (JSON.parse(await readFile(path.join(dir, 'node_modules', NODE_SDK, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** The SDK for `version` (default newest 2.6.x), installed on first use. */
export async function ensureNodeSdk(version: string = DEFAULT_NODE_SDK): Promise<NodeSdk> {
  const dir = cachePath('node-sdk', version);
  const ready = path.join(dir, '.docs-harness-ready');
  const found = existsSync(ready) ? await installedVersion(dir) : undefined;
  if (found) return { dir, version: found };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'docs-harness-node-sdk', private: true, type: 'module' }));
  await step(`installing ${NODE_SDK}@${spec(version)} into ${dir} (first use only)`, async () => {
    const result = await execa('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `${NODE_SDK}@${spec(version)}`], {
      cwd: dir,
      reject: false,
      all: true,
    });
    if (result.exitCode !== 0) {
      await rm(dir, { recursive: true, force: true });
      throw new HarnessError(
        'INSTALL_FAILED',
        `npm could not install ${NODE_SDK}@${spec(version)}: ${String(result.all).trim().split('\n').slice(-3).join(' | ')}`,
      );
    }
  });
  await writeFile(ready, '');
  return { dir, version: (await installedVersion(dir))! };
}
