// github.com/milvus-io/milvus/client/v2 on the Go module proxy (`$GOPROXY`'s first address): `@v/list`, and
// `@v/<version>.info` for releases a proxy serves but leaves out of its list.
import semver from 'semver';
import type { ReleaseIndex } from '../language.ts';
import { baseUrl, httpExists, httpGet } from '../../support/http-get.ts';
import { env } from '../../config/env.ts';

/** The Go client's module path. */
export const GO_MODULE = 'github.com/milvus-io/milvus/client/v2';

/** The module proxy to ask: the first http(s) entry of `$GOPROXY`, else proxy.golang.org. */
function proxy(): string {
  return `${baseUrl(env.goProxy())}/${GO_MODULE.toLowerCase()}/@v`;
}

/** The Go client's releases on the module proxy. */
export const goReleases: ReleaseIndex = {
  package: GO_MODULE,
  registry: 'the Go module proxy',
  defaultLine: '2.6',
  async fetch() {
    return (await httpGet(`${proxy()}/list`)).split(/\s+/).filter((v) => v.startsWith('v'));
  },
  probe: (version) => httpExists(`${proxy()}/${version}.info`),
  // Pseudo-versions (v2.6.1-0.20250101120000-abcdef123456) are builds of a commit, not releases.
  toSemver: (version) => (/\d{14}-[0-9a-f]{12}$/.test(version) ? undefined : (semver.valid(version.replace(/^v/, '')) ?? undefined)),
  fromSemver: (version) => `v${version}`,
};
