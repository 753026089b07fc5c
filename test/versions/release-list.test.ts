import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReleaseIndex } from '../../harness/versions/release-index.ts';
import { releaseList } from '../../harness/versions/release-list.ts';
import { probeReleases } from '../../harness/versions/probe-releases.ts';
import { parseSpec } from '../../harness/versions/resolve-version.ts';
import { goReleases } from '../../harness/languages/go/releases.ts';

/** An index whose registry answers from a list, or is down; counts its requests. */
function registry(versions: string[] | 'down', served: string[] = []) {
  const asked: string[] = [];
  const index: ReleaseIndex = {
    ...goReleases,
    fetch: async () => {
      asked.push('list');
      if (versions === 'down') throw new Error('http://127.0.0.1:9/list could not be reached (ECONNREFUSED)');
      return versions;
    },
    probe: async (version) => {
      asked.push(version);
      return served.includes(version);
    },
  };
  return { index, asked };
}

describe('release lists: the registry, its cache, and offline', () => {
  let cache: string;
  beforeEach(async () => {
    cache = await mkdtemp(path.join(tmpdir(), 'dh-releases-'));
    process.env['DOCS_HARNESS_CACHE'] = cache;
  });
  afterEach(async () => {
    delete process.env['DOCS_HARNESS_CACHE'];
    delete process.env['DOCS_HARNESS_RELEASES_TTL'];
    await rm(cache, { recursive: true, force: true });
  });

  it('asks the registry once, then uses the cached list until it expires', async () => {
    const { index, asked } = registry(['v2.6.0']);
    expect(await releaseList('go', index)).toEqual({ versions: ['v2.6.0'], fresh: true });
    expect(await releaseList('go', index)).toEqual({ versions: ['v2.6.0'] });
    expect(asked).toEqual(['list']);
    process.env['DOCS_HARNESS_RELEASES_TTL'] = '0';
    await releaseList('go', index);
    expect(asked).toEqual(['list', 'list']);
  });

  it('offline, an expired cached list is used and says so; with no cached list it is an error naming the registry', async () => {
    await releaseList('go', registry(['v2.6.0']).index);
    process.env['DOCS_HARNESS_RELEASES_TTL'] = '0';
    const offline = await releaseList('go', registry('down').index);
    expect(offline.versions).toEqual(['v2.6.0']);
    expect(offline.offline).toMatch(/the Go module proxy could not be read \(.*ECONNREFUSED\)\); using the release list of .* cached on \d{4}-\d\d-\d\d/);
    await expect(releaseList('node', registry('down').index)).rejects.toThrow(/could not be read from the Go module proxy/);
  });

  it('finds releases a proxy serves but does not list: the next patches of a line, and the next minor lines of a major', async () => {
    const served = ['v2.6.3', 'v2.6.4', 'v2.5.0', 'v2.5.1'];
    const { index, asked } = registry([], served);
    expect(await probeReleases(parseSpec('2.6', index)!, ['v2.6.0', 'v2.6.2'], index)).toEqual(['v2.6.3', 'v2.6.4']);
    expect(asked).toEqual(['v2.6.3', 'v2.6.4', 'v2.6.5']);
    expect(await probeReleases(parseSpec('2.5', index)!, ['v2.6.0'], index)).toEqual(['v2.5.0', 'v2.5.1']);
    expect(await probeReleases(parseSpec('2', index)!, ['v2.5.0', 'v2.5.1'], index)).toEqual([]);
    expect(await probeReleases(parseSpec('2.6.4', index)!, ['v2.6.0'], index)).toEqual(['v2.6.4']);
  });
});
