// For registries whose list can lack releases (the Go module proxy listed v2.6.0 and v2.6.2 while v2.6.3–v2.6.5 were
// served): asks for the releases after the newest known one of the line a spec names, until one is not served.
import semver from 'semver';
import type { ReleaseIndex } from './release-index.ts';
import { inLine, sortedReleases, type VersionSpec } from './resolve-version.ts';

/** How many releases in a row are asked for at most (a safety bound: lines have far fewer patch releases). */
const MAX_PROBES = 60;

/** The releases the registry serves but does not list that `spec` may mean (empty when the index needs no probes). */
export async function probeReleases(spec: VersionSpec, versions: readonly string[], index: ReleaseIndex): Promise<string[]> {
  const probe = index.probe;
  if (!probe) return [];
  const known = new Set(sortedReleases(versions, index).map((r) => r.semver));
  const found: string[] = [];
  const served = async (candidate: string): Promise<boolean> => {
    if (known.has(candidate)) return true;
    const ok = await probe(index.fromSemver(candidate));
    if (ok) found.push(index.fromSemver(candidate));
    return ok;
  };
  if (spec.kind === 'exact') {
    await served(spec.semver);
    return found;
  }
  const patchesOf = (minor: number) => [...known].filter((v) => inLine(v, { kind: 'line', major: spec.major, minor })).map((v) => semver.patch(v));
  const minors = [...known].filter((v) => inLine(v, { kind: 'line', major: spec.major })).map((v) => semver.minor(v));
  let minor = spec.minor ?? (minors.length > 0 ? Math.max(...minors) : 0);
  let probes = 0;
  while (probes < MAX_PROBES) {
    const patches = patchesOf(minor);
    for (let next = patches.length > 0 ? Math.max(...patches) + 1 : 0; probes < MAX_PROBES; next += 1) {
      probes += 1;
      if (!(await served(`${spec.major}.${minor}.${next}`))) break;
      known.add(`${spec.major}.${minor}.${next}`);
    }
    // A major line (`2`) goes on into the next minor line while that one is served.
    if (spec.minor !== undefined) break;
    probes += 1;
    if (!(await served(`${spec.major}.${minor + 1}.0`))) break;
    known.add(`${spec.major}.${minor + 1}.0`);
    minor += 1;
  }
  return found;
}
