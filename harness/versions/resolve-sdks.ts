// Turns what `--sdk` asks for (or each language's default line) into exact published releases, before anything
// runs: a version that does not exist, or `--sdk` for a language without an SDK, is a usage error naming the fix.
import semver from 'semver';
import { HarnessError } from '../errors.ts';
import type { ReleaseIndex, SdkCatalogue } from './release-index.ts';
import type { Lang } from '../types.ts';
import { probeReleases } from './probe-releases.ts';
import { rememberProbed, releaseList, type ReleaseList } from './release-list.ts';
import { nearestText, parseSpec, resolveVersion, specText } from './resolve-version.ts';
import type { SdkRequests } from './sdk-flags.ts';

/** The exact releases each language runs with (oldest first), and notes for stderr (offline lists, unchecked versions). */
export interface SdkPlan {
  readonly versions: Partial<Record<Lang, string[]>>;
  readonly notes: readonly string[];
}

/** The index of `lang`'s SDK, or a usage error for `--sdk` on a language that runs without one. */
export function releaseIndexOf(catalogue: SdkCatalogue, lang: Lang): ReleaseIndex {
  const index = catalogue.indexOf(lang);
  if (!index) {
    throw new HarnessError(
      'USAGE',
      `\`--sdk ${lang}=…\`: ${lang} tabs run without an SDK (${catalogue.packageOf(lang) ?? 'no package'}), so there is no version to choose; leave that flag out.`,
    );
  }
  return index;
}

/** The exact releases for one language's specs; errors name the nearest real releases. */
async function resolveLanguage(
  catalogue: SdkCatalogue,
  lang: Lang,
  specs: readonly string[],
  notes: string[],
): Promise<{ versions: string[]; missing: string[] }> {
  const index = releaseIndexOf(catalogue, lang);
  const parsed = specs.map((text) => ({ text, spec: parseSpec(text, index) }));
  const bad = parsed.find((p) => p.spec === undefined);
  if (bad)
    throw new HarnessError('USAGE', `\`--sdk ${lang}=${bad.text}\` is not a version of ${index.package} (e.g. ${index.defaultLine}, ${index.defaultLine}.0).`);
  let list: ReleaseList;
  try {
    list = await releaseList(lang, index);
  } catch (error) {
    // No list at all (offline, never fetched): an exact version is taken on trust; a line cannot be resolved.
    if (parsed.every((p) => p.spec!.kind === 'exact')) {
      const exact = parsed.map((p) => index.fromSemver((p.spec as { semver: string }).semver));
      notes.push(`${(error as Error).message}; taking ${exact.join(', ')} as given, unchecked`);
      return { versions: exact, missing: [] };
    }
    throw new HarnessError(
      'INSTALL_FAILED',
      `${(error as Error).message}, and none is cached: connect to ${index.registry}, or name exact versions (\`--sdk ${lang}=${index.defaultLine}.0\`) already installed.`,
    );
  }
  if (list.offline) notes.push(list.offline);
  const versions: string[] = [];
  const missing: string[] = [];
  let known = list.versions;
  for (const { text, spec } of parsed) {
    let resolution = resolveVersion(spec!, known, index);
    // Probed when the list was just read (a new release may be served but unlisted) or when it lacks the version.
    const probe = !list.offline && (list.fresh || !resolution.ok);
    const probed = probe ? await probeReleases(spec!, known, index).catch(() => []) : [];
    if (probed.length > 0) {
      known = [...known, ...probed];
      await rememberProbed(lang, probed);
      resolution = resolveVersion(spec!, known, index);
    }
    if (resolution.ok) versions.push(resolution.version);
    else
      missing.push(
        `${index.package} has no release ${text === specText(spec!) ? text : `${text} (${specText(spec!)})`} on ${index.registry}: ${nearestText(resolution.nearest)}`,
      );
  }
  const sorted = [...new Set(versions)].sort((a, b) => semver.compare(index.toSemver(a)!, index.toSemver(b)!));
  return { versions: sorted, missing };
}

/** Resolves the SDK versions of the languages that will run (`--sdk` for a language without an SDK is refused even when it does not run). */
export async function resolveSdks(requests: SdkRequests, langs: readonly Lang[], catalogue: SdkCatalogue): Promise<SdkPlan> {
  const notes: string[] = [];
  for (const lang of Object.keys(requests) as Lang[]) releaseIndexOf(catalogue, lang);
  const wanted = langs.filter((lang) => catalogue.indexOf(lang));
  const resolved = await Promise.all(wanted.map((lang) => resolveLanguage(catalogue, lang, requests[lang] ?? [catalogue.indexOf(lang)!.defaultLine], notes)));
  const missing = resolved.flatMap((r) => r.missing);
  if (missing.length > 0) {
    throw new HarnessError('USAGE', `${missing.join('.\n')}.\nNothing was run: pick a published release (a line such as 2.6 means its newest).`);
  }
  return { versions: Object.fromEntries(wanted.map((lang, i) => [lang, resolved[i]!.versions])), notes };
}
