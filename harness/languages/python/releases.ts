// pymilvus on PyPI (or the index pip is pointed at): the simple JSON API (PEP 691/700), yanked releases left out.
import type { ReleaseIndex } from '../language.ts';
import { baseUrl, httpGet } from '../../support/http-get.ts';
import { env } from '../../config/env.ts';

interface SimpleJson {
  readonly versions?: readonly string[];
  readonly files?: readonly { filename: string; yanked?: boolean | string }[];
}

/** A PEP 440 release as a semver: `2.6.0rc1` → `2.6.0-rc1`, `2.6` → `2.6.0`; undefined for post/dev/local releases. */
export function pep440ToSemver(version: string): string | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(a|b|rc)(\d+))?$/.exec(version);
  if (!match) return undefined;
  const [, major, minor, patch = '0', pre, preNumber] = match;
  return `${major}.${minor}.${patch}${pre ? `-${pre}.${preNumber}` : ''}`;
}

/** The release a distribution file belongs to (`pymilvus-2.6.1-py3-none-any.whl` → `2.6.1`). */
function fileVersion(filename: string): string | undefined {
  return /^pymilvus-([^-]+?)(?:-py|-cp|\.tar\.gz$|\.zip$)/i.exec(filename)?.[1];
}

/** Releases of which every file is yanked (pip skips them unless asked for exactly). */
function yanked(json: SimpleJson): Set<string> {
  const live = new Set<string>();
  const dead = new Set<string>();
  for (const file of json.files ?? []) {
    const version = fileVersion(file.filename);
    if (version) (file.yanked ? dead : live).add(version);
  }
  return new Set([...dead].filter((v) => !live.has(v)));
}

/** pymilvus's releases on PyPI, or on `$PIP_INDEX_URL`. */
export const pythonReleases: ReleaseIndex = {
  package: 'pymilvus',
  registry: 'PyPI',
  defaultLine: '2.6',
  async fetch() {
    const index = baseUrl(env.pipIndexUrl());
    const json = JSON.parse(await httpGet(`${index}/pymilvus/`, 'application/vnd.pypi.simple.v1+json')) as SimpleJson;
    const gone = yanked(json);
    return (json.versions ?? []).filter((v) => !gone.has(v));
  },
  toSemver: pep440ToSemver,
  fromSemver: (version) => version.replace(/-(a|b|rc)\.(\d+)$/, '$1$2'),
};
