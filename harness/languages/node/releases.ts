// @zilliz/milvus2-sdk-node on the npm registry (or the one npm is configured with), abbreviated metadata.
import semver from 'semver';
import type { ReleaseIndex } from '../language.ts';
import { baseUrl, httpGet } from '../../support/http-get.ts';
import { env } from '../../config/env.ts';

/** The Node SDK's package name. */
export const NODE_SDK = '@zilliz/milvus2-sdk-node';

/** The Node SDK's releases on the npm registry, or on `$npm_config_registry`. */
export const nodeReleases: ReleaseIndex = {
  package: NODE_SDK,
  registry: 'npm',
  defaultLine: '2.6',
  async fetch() {
    const registry = baseUrl(env.npmRegistry());
    const json = JSON.parse(await httpGet(`${registry}/${NODE_SDK.replace('/', '%2f')}`, 'application/vnd.npm.install-v1+json')) as {
      versions?: Record<string, unknown>;
    };
    return Object.keys(json.versions ?? {});
  },
  toSemver: (version) => semver.valid(version) ?? undefined,
  fromSemver: (version) => version,
};
