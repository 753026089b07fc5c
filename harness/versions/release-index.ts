// Where an SDK's releases are published, as the languages hand it in: harness/versions/ reads these and never the
// language registry.

/** Where a language's SDK releases are published: the registry's own index, read by harness/versions/. */
export interface ReleaseIndex {
  /** The package as its registry names it, for messages (`pymilvus`). */
  readonly package: string;
  /** The registry, for messages (`PyPI`). */
  readonly registry: string;
  /** The version line used when `--sdk` names none (`2.6`: its newest release). */
  readonly defaultLine: string;
  /** Every published release, in the ecosystem's own spelling (`2.6.0rc1`, `v2.6.5`). Throws when the index cannot be read. */
  fetch(): Promise<string[]>;
  /** Only for indexes whose list can lack releases (a Go proxy): whether this exact release is served. */
  probe?(version: string): Promise<boolean>;
  /** The release as a semver (`2.6.0rc1` → `2.6.0-rc1`, `v2.6.5` → `2.6.5`); undefined for what is not a release. */
  toSemver(version: string): string | undefined;
  /** The semver back in the ecosystem's spelling (`2.6.5` → `v2.6.5` for Go). */
  fromSemver(version: string): string;
}

/** The SDKs the languages hand to harness/versions/: the language names, and each one's release index (if it has an SDK). */
export interface SdkCatalogue {
  /** Every language name, in run order (for `--sdk` messages). */
  readonly names: readonly string[];
  /** The release index of a language's SDK; undefined for a language that runs without one (curl). */
  indexOf(lang: string): ReleaseIndex | undefined;
  /** The package a language runs with, for messages (`curl`, `pymilvus`). */
  packageOf(lang: string): string | undefined;
}
