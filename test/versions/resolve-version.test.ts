import { describe, expect, it } from 'vitest';
import { pythonReleases, pep440ToSemver } from '../../harness/languages/python/releases.ts';
import { goReleases } from '../../harness/languages/go/releases.ts';
import { nodeReleases } from '../../harness/languages/node/releases.ts';
import { nearestText, parseSpec, resolveVersion } from '../../harness/versions/resolve-version.ts';

const PYPI = ['2.5.0', '2.5.9', '2.5.10', '2.5.18', '2.6.0b0', '2.6.0', '2.6.9', '2.6.17', '3.0.0rc1', '3.0.0', '3.0.2', '3.1.0rc2'];
const resolve = (spec: string, versions = PYPI, index = pythonReleases) => resolveVersion(parseSpec(spec, index)!, versions, index);

describe('version resolution: what a --sdk value means', () => {
  it('a line is its newest stable release, compared as versions (2.5.18 > 2.5.9), never a pre-release', () => {
    expect(resolve('2.5')).toEqual({ ok: true, version: '2.5.18' });
    expect(resolve('2.6')).toEqual({ ok: true, version: '2.6.17' });
    expect(resolve('3')).toEqual({ ok: true, version: '3.0.2' });
    expect(resolve('2')).toEqual({ ok: true, version: '2.6.17' });
  });

  it('an exact version is taken as it is, pre-releases included, in the ecosystem spelling', () => {
    expect(resolve('2.5.9')).toEqual({ ok: true, version: '2.5.9' });
    expect(resolve('3.0.0rc1')).toEqual({ ok: true, version: '3.0.0rc1' });
    expect(resolve('2.6.5', ['v2.6.0', 'v2.6.5'], goReleases)).toEqual({ ok: true, version: 'v2.6.5' });
    expect(resolve('v2.6.5', ['v2.6.0', 'v2.6.5'], goReleases)).toEqual({ ok: true, version: 'v2.6.5' });
  });

  it('a version that does not exist gives the nearest real releases below and above, and the newest', () => {
    const missing = resolve('2.9');
    expect(missing).toEqual({ ok: false, nearest: { below: '2.6.17', above: '3.0.0', newest: '3.0.2' } });
    expect(nearestText((missing as Extract<typeof missing, { ok: false }>).nearest)).toBe(
      'the nearest are 2.6.17 (below) and 3.0.0 (above); the newest is 3.0.2',
    );
    expect(resolve('2.6.99')).toMatchObject({ ok: false, nearest: { below: '2.6.17', above: '3.0.0' } });
    expect(resolve('4')).toMatchObject({ ok: false, nearest: { below: '3.0.2', above: undefined, newest: '3.0.2' } });
    // A line made only of pre-releases has no release to mean.
    expect(resolve('3.1')).toMatchObject({ ok: false, nearest: { below: '3.0.2' } });
  });

  it('reads each ecosystem spelling as a semver, and leaves out what is not a release', () => {
    expect(pep440ToSemver('2.6.0b0')).toBe('2.6.0-b.0');
    expect(pep440ToSemver('2.4.0rc19')).toBe('2.4.0-rc.19');
    expect(pep440ToSemver('1.0')).toBe('1.0.0');
    expect(pep440ToSemver('2.0.0.post1')).toBeUndefined();
    expect(pythonReleases.fromSemver('2.4.0-rc.19')).toBe('2.4.0rc19');
    expect(goReleases.toSemver('v2.6.1-0.20250101120000-abcdef123456')).toBeUndefined();
    expect(goReleases.toSemver('v2.6.1')).toBe('2.6.1');
    expect(nodeReleases.toSemver('3.0.6')).toBe('3.0.6');
    expect(parseSpec('latest', pythonReleases)).toBeUndefined();
  });
});
