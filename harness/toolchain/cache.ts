// Where the tool keeps what it installs (venvs, SDK packages, Maven and Go caches).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package's own root folder (where package.json is). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The cache folder: `$DOCS_HARNESS_CACHE`, else `.harness-cache/` in the package root. */
export function cacheDir(): string {
  return path.resolve(process.env['DOCS_HARNESS_CACHE'] ?? path.join(PACKAGE_ROOT, '.harness-cache'));
}

/** A path inside the cache folder. */
export function cachePath(...parts: string[]): string {
  return path.join(cacheDir(), ...parts);
}
