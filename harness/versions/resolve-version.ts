// Picks the release a `--sdk` value means from a list of releases: a line (`2.6`, `3`) is its newest release, an
// exact version is taken as it is; one that does not exist gives the nearest real releases.
import semver from 'semver';
import type { ReleaseIndex } from './release-index.ts';

/** What a `--sdk` value means: a version line (major, or major.minor) or one exact version. */
export type VersionSpec = { readonly kind: 'line'; readonly major: number; readonly minor?: number } | { readonly kind: 'exact'; readonly semver: string };

/** The releases around a version that does not exist (stable ones, in the ecosystem's spelling). */
export interface Nearest {
  readonly below?: string;
  readonly above?: string;
  readonly newest?: string;
}

/** What resolving gives: the release in the ecosystem's spelling, or the nearest releases to name in the error. */
export type Resolution = { readonly ok: true; readonly version: string } | { readonly ok: false; readonly nearest: Nearest };

/** Reads a `--sdk` value (`2.6`, `3`, `v2.6.5`, `2.6.0rc1`); undefined when it is not a version at all. */
export function parseSpec(spec: string, index: Pick<ReleaseIndex, 'toSemver'>): VersionSpec | undefined {
  const line = /^v?(\d+)(?:\.(\d+))?$/.exec(spec);
  if (line) return { kind: 'line', major: Number(line[1]), ...(line[2] === undefined ? {} : { minor: Number(line[2]) }) };
  const exact = index.toSemver(spec) ?? index.toSemver(spec.replace(/^v/, '')) ?? semver.valid(spec.replace(/^v/, ''));
  return exact ? { kind: 'exact', semver: exact } : undefined;
}

/** The releases as semvers, each with its own spelling, oldest first. */
export function sortedReleases(versions: readonly string[], index: Pick<ReleaseIndex, 'toSemver'>): { semver: string; version: string }[] {
  return versions
    .map((version) => ({ version, semver: index.toSemver(version) }))
    .filter((r): r is { version: string; semver: string } => r.semver !== undefined)
    .sort((a, b) => semver.compare(a.semver, b.semver));
}

/** True when a release belongs to the line (stable releases only: a line never means a pre-release). */
export function inLine(release: string, spec: Extract<VersionSpec, { kind: 'line' }>): boolean {
  return semver.prerelease(release) === null && semver.major(release) === spec.major && (spec.minor === undefined || semver.minor(release) === spec.minor);
}

/** The semver a spec stands for, for ordering (a line: its first release). */
function anchor(spec: VersionSpec): string {
  return spec.kind === 'exact' ? spec.semver : `${spec.major}.${spec.minor ?? 0}.0`;
}

/** The releases just below and just above where `spec` would be, and the newest one (stable releases). */
function nearest(spec: VersionSpec, releases: readonly { semver: string; version: string }[]): Nearest {
  const stable = releases.filter((r) => semver.prerelease(r.semver) === null);
  const at = anchor(spec);
  return {
    below: stable.filter((r) => semver.lt(r.semver, at)).at(-1)?.version,
    above: stable.find((r) => semver.gt(r.semver, at))?.version,
    newest: stable.at(-1)?.version,
  };
}

/** The nearest releases as words: `the nearest are 2.6.17 (below) and 3.0.0 (above); the newest is 3.0.2`. */
export function nearestText(nearest: Nearest): string {
  const around = [nearest.below && `${nearest.below} (below)`, nearest.above && `${nearest.above} (above)`].filter(Boolean);
  if (around.length === 0) return 'it has no stable release at all';
  const newest = nearest.newest && nearest.newest !== nearest.above && nearest.newest !== nearest.below ? `; the newest is ${nearest.newest}` : '';
  return `the nearest ${around.length === 1 ? 'is' : 'are'} ${around.join(' and ')}${newest}`;
}

/** The release `spec` means among `versions`. */
export function resolveVersion(spec: VersionSpec, versions: readonly string[], index: Pick<ReleaseIndex, 'toSemver'>): Resolution {
  const releases = sortedReleases(versions, index);
  const found = spec.kind === 'exact' ? releases.find((r) => semver.eq(r.semver, spec.semver)) : releases.filter((r) => inLine(r.semver, spec)).at(-1);
  return found ? { ok: true, version: found.version } : { ok: false, nearest: nearest(spec, releases) };
}

/** How a spec is written back in messages (`2.6`, `3`, `2.6.5`). */
export function specText(spec: VersionSpec): string {
  return spec.kind === 'exact' ? spec.semver : `${spec.major}${spec.minor === undefined ? '' : `.${spec.minor}`}`;
}
