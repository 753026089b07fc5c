// Where the tool keeps what it installs (venvs, SDK packages, Maven and Go caches): the folder config/env.ts names.
import path from 'node:path';
import { env } from '../config/env.ts';

/** The package's own root folder (where package.json is); defined with the other defaults in config/defaults.ts. */
export { PACKAGE_ROOT } from '../config/defaults.ts';

/** The cache folder: `$DOCS_HARNESS_CACHE`, else `.harness-cache/` in the package root. */
export function cacheDir(): string {
  return env.cacheDir();
}

/** A path inside the cache folder. */
export function cachePath(...parts: string[]): string {
  return path.join(cacheDir(), ...parts);
}
