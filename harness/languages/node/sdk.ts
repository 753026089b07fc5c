// Installs @zilliz/milvus2-sdk-node (a version line or an exact version) into the cache, never the project.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cachePath } from '../../toolchain/cache.ts';
import { installOnce, runInstallCommand } from '../../toolchain/install.ts';

import { NODE_SDK } from './releases.ts';

export { NODE_SDK };

/** An installed Node SDK: the folder whose node_modules holds it, and its exact version. */
export interface NodeSdk {
  readonly dir: string;
  readonly version: string;
}

async function installedVersion(dir: string): Promise<string | undefined> {
  try {
    return (JSON.parse(await readFile(path.join(dir, 'node_modules', NODE_SDK, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** The SDK at the exact release `version`, installed on first use. */
export async function ensureNodeSdk(version: string): Promise<NodeSdk> {
  const dir = cachePath('node-sdk', version);
  await installOnce({
    dir,
    label: `installing ${NODE_SDK}@${version} into ${dir} (first use only)`,
    isReady: async (folder) => existsSync(path.join(folder, '.docs-harness-ready')) && (await installedVersion(folder)) !== undefined,
    build: async (folder) => {
      await writeFile(path.join(folder, 'package.json'), JSON.stringify({ name: 'docs-harness-node-sdk', private: true, type: 'module' }));
      const args = ['install', '--no-audit', '--no-fund', '--loglevel=error', `${NODE_SDK}@${version}`];
      await runInstallCommand('npm', args, { cwd: folder }, `npm could not install ${NODE_SDK}@${version}`);
    },
  });
  return { dir, version: (await installedVersion(dir))! };
}
