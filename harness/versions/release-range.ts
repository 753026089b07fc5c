// The published releases of a language's SDK from one version to another (both resolved as `--sdk` values are),
// oldest first: the steps `bisect` may test.
import semver from 'semver';
import { HarnessError } from '../errors.ts';
import type { Lang } from '../types.ts';
import { probeReleases } from './probe-releases.ts';
import { rememberProbed, releaseList } from './release-list.ts';
import { nearestText, parseSpec, resolveVersion, sortedReleases } from './resolve-version.ts';
import { releaseIndexOf } from './resolve-sdks.ts';
import type { SdkCatalogue } from './release-index.ts';

/** The releases from `from` to `to` (inclusive, oldest first; pre-releases only as the ends), and notes for stderr. */
export interface ReleaseRange {
  readonly releases: readonly string[];
  readonly notes: readonly string[];
}

/** The releases of `lang`'s SDK between two `--sdk`-style versions. */
export async function releaseRange(catalogue: SdkCatalogue, lang: Lang, from: string, to: string): Promise<ReleaseRange> {
  const index = releaseIndexOf(catalogue, lang);
  const notes: string[] = [];
  const list = await releaseList(lang, index).catch((error: Error) => {
    throw new HarnessError('INSTALL_FAILED', `${error.message}: bisect needs the list of releases; connect to ${index.registry} and try again.`);
  });
  if (list.offline) notes.push(list.offline);
  let known = list.versions;
  const ends = [from, to].map((text) => {
    const spec = parseSpec(text, index);
    if (!spec) throw new HarnessError('USAGE', `\`${text}\` is not a version of ${index.package} (e.g. ${index.defaultLine}.0).`);
    return { text, spec };
  });
  // A registry that leaves releases out of its list (a Go proxy): every minor line between the two is probed.
  if (!list.offline && index.probe) {
    const lines = new Set<string>();
    const bounds = ends.map(({ spec }) => (spec.kind === 'exact' ? spec.semver : `${spec.major}.${spec.minor ?? 0}.0`));
    for (let major = semver.major(bounds[0]!); major <= semver.major(bounds[1]!); major += 1) {
      for (const r of sortedReleases(known, index).filter((v) => semver.major(v.semver) === major)) lines.add(`${major}.${semver.minor(r.semver)}`);
    }
    for (const bound of bounds) lines.add(`${semver.major(bound)}.${semver.minor(bound)}`);
    for (const line of lines) {
      const found = await probeReleases(parseSpec(line, index)!, known, index).catch(() => []);
      known = [...known, ...found];
      await rememberProbed(lang, found);
    }
  }
  const [low, high] = ends.map(({ text, spec }) => {
    const resolution = resolveVersion(spec, known, index);
    if (!resolution.ok) throw new HarnessError('USAGE', `${index.package} has no release ${text} on ${index.registry}: ${nearestText(resolution.nearest)}.`);
    return { text, version: resolution.version, semver: index.toSemver(resolution.version)! };
  });
  if (!semver.lt(low!.semver, high!.semver)) {
    throw new HarnessError('USAGE', `\`--from ${low!.text}\` (${low!.version}) must be an older release than \`--to ${high!.text}\` (${high!.version}).`);
  }
  const releases = sortedReleases(known, index)
    .filter((r) => semver.gte(r.semver, low!.semver) && semver.lte(r.semver, high!.semver))
    .filter((r) => semver.prerelease(r.semver) === null || r.version === low!.version || r.version === high!.version)
    .map((r) => r.version);
  return { releases: [...new Set(releases)], notes };
}
