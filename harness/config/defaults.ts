// Every default of the harness's configuration, in one place: flag defaults, where files go, registries, limits.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package's own root folder (where package.json is). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The defaults; a flag's default is shown in `--help` as typed (`"60"`, `"1MB"`). */
export const DEFAULTS = {
  /** `--timeout`: seconds a snippet may run. */
  timeoutSeconds: 60,
  /** The longest `--timeout` taken: a day (timers cannot wait longer than ~24.8 days, and a snippet never should). */
  maxTimeoutSeconds: 86_400,
  /** `--max-output`: most output kept per snippet and stream, as typed. */
  maxOutput: '1MB',
  /** `--max-output` in bytes (what a driver keeps when no run option says otherwise). */
  maxOutputBytes: 1024 * 1024,
  /** The smallest `--max-output` taken. */
  minOutputBytes: 1024,
  /** `--output-dir`: where file reporters write. */
  outputDir: 'reports',
  /** The reporters of `run`: console, plus annotations and a step summary inside GitHub Actions. */
  reporters: ['console'],
  githubReporters: ['console', 'github', 'summary'],
  /** The reporters of `merge-reports`. */
  mergeReporters: ['console', 'json', 'junit', 'summary'],
  /** `--changed` without a ref. */
  changedSince: 'HEAD',
  /** The cache folder, under the package root (`$DOCS_HARNESS_CACHE` replaces it). */
  cacheDir: path.join(PACKAGE_ROOT, '.harness-cache'),
  /** How long a fetched SDK release list is trusted (`$DOCS_HARNESS_RELEASES_TTL`). */
  releasesTtlSeconds: 3600,
  /**
   * The one place the container backend's Milvus image is pinned (`--image` and `$DOCS_HARNESS_MILVUS_IMAGE` choose
   * another): v2.6.24, released 2026-09-16, the newest 2.6 patch with release notes in milvus-io/milvus-docs (#3663).
   */
  milvusImage: 'milvusdb/milvus:v2.6.24',
  /** How long the container backend may pull its image (`$DOCS_HARNESS_PULL_TIMEOUT`). */
  pullTimeoutSeconds: 900,
  /** Most servers (lanes) one run starts (`$DOCS_HARNESS_LANES` is capped at this). */
  maxLanes: 4,
  /** The registries SDK release lists are read from, unless the environment names others. */
  registries: {
    pypi: 'https://pypi.org/simple',
    npm: 'https://registry.npmjs.org',
    maven: 'https://repo.maven.apache.org/maven2',
    goProxy: 'https://proxy.golang.org',
  },
} as const;
