// Milvus's gRPC API definitions as the Node SDK ships them (protobufjs JSON): the call tap reads calls with them.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import semver from 'semver';
import { cachePath } from '../../toolchain/cache.ts';
import { releaseList } from '../../versions/release-list.ts';
import { parseSpec, resolveVersion } from '../../versions/resolve-version.ts';
import { nodeReleases } from './releases.ts';
import { ensureNodeSdk, NODE_SDK } from './sdk.ts';

const DEFINITIONS = ['dist', 'milvus', 'proto-json', 'milvus.js'];

/** The newest Node SDK already in the cache, if any. */
function newestInstalled(): string | undefined {
  const root = cachePath('node-sdk');
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .filter((version) => semver.valid(version) && existsSync(path.join(root, version, '.docs-harness-ready')))
    .filter((version) => existsSync(path.join(root, version, 'node_modules', NODE_SDK, ...DEFINITIONS)))
    .sort(semver.rcompare)[0];
}

/** The definitions (a protobufjs JSON tree) from the newest installed Node SDK, or its default line's newest release, installed now. */
export async function loadApiDefinitions(): Promise<unknown> {
  let version = newestInstalled();
  if (!version) {
    const spec = parseSpec(nodeReleases.defaultLine, nodeReleases)!;
    const resolved = resolveVersion(spec, (await releaseList('node', nodeReleases)).versions, nodeReleases);
    version = resolved.ok ? resolved.version : nodeReleases.defaultLine;
  }
  const sdk = await ensureNodeSdk(version);
  const require = createRequire(path.join(sdk.dir, 'package.json'));
  return (require(path.join(sdk.dir, 'node_modules', NODE_SDK, ...DEFINITIONS)) as { default: unknown }).default;
}
