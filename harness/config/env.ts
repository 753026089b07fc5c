// The only place the harness reads its environment: one named accessor per variable, read at call time (so a test
// that sets process.env sees its value), each with its default from defaults.ts. README.md lists them in one table.
import path from 'node:path';
import { DEFAULTS } from './defaults.ts';

/** An environment to read: the process's own unless a caller (a test) passes another. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Every variable the harness reads, as listed in README.md's table (test/config/env.test.ts holds them equal). */
export const ENV_NAMES = [
  'DOCS_HARNESS_CACHE',
  'DOCS_HARNESS_NO_CACHE',
  'DOCS_HARNESS_LANES',
  'DOCS_HARNESS_WARM',
  'DOCS_HARNESS_PYTHON',
  'DOCS_HARNESS_BWRAP',
  'DOCS_HARNESS_RELEASES_TTL',
  'DOCS_HARNESS_MAVEN_REPO',
  'PIP_INDEX_URL',
  'npm_config_registry',
  'GOPROXY',
  'DOCS_HARNESS_MILVUS_IMAGE',
  'DOCS_HARNESS_PULL_TIMEOUT',
  'MILVUS_URI',
  'MILVUS_TOKEN',
  'GITHUB_ACTIONS',
  'GITHUB_STEP_SUMMARY',
  'CI',
  'TERM',
  'PATH',
  'LANG',
  'LC_ALL',
  'TZ',
] as const;

/** A variable's name. */
export type EnvName = (typeof ENV_NAMES)[number];

/** Variables a snippet process gets from the harness's environment (besides HOME and TMPDIR, its own folder). */
const PASSED_TO_SNIPPETS: readonly EnvName[] = ['PATH', 'LANG', 'LC_ALL', 'TZ'];

/** One variable's value. */
function read(name: EnvName, source: EnvSource = process.env): string | undefined {
  return source[name];
}

/** A registry address from the environment, or the default. */
function url(name: EnvName, fallback: string): string {
  return read(name) ?? fallback;
}

/** The accessors, one per variable (or group of variables). */
export const env = {
  /** The tool's cache folder (venvs, SDKs, Maven and Go caches, results): `$DOCS_HARNESS_CACHE`, else `.harness-cache/` in the package. */
  cacheDir: (source?: EnvSource): string => path.resolve(read('DOCS_HARNESS_CACHE', source) ?? DEFAULTS.cacheDir),
  /** True when `DOCS_HARNESS_NO_CACHE=1`: reuse no result (as `--no-cache`; `--watch` keeps the cache). */
  noCache: (source?: EnvSource): boolean => read('DOCS_HARNESS_NO_CACHE', source) === '1',
  /** `$DOCS_HARNESS_LANES`: how many servers a run on milvus-lite starts (1 to 4), or undefined when unset or not a count. */
  lanes: (source?: EnvSource): number | undefined => {
    const asked = Number(read('DOCS_HARNESS_LANES', source));
    return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, DEFAULTS.maxLanes) : undefined;
  },
  /** `$DOCS_HARNESS_WARM=0`: a fresh runtime process for every page instead of one kept warm across pages. */
  warmRuntimes: (source?: EnvSource): boolean => read('DOCS_HARNESS_WARM', source) !== '0',
  /** `$DOCS_HARNESS_PYTHON`: the Python that makes venvs, tried before python3 and python. */
  python: (source?: EnvSource): string | undefined => read('DOCS_HARNESS_PYTHON', source) || undefined,
  /** `$DOCS_HARNESS_BWRAP`: the bubblewrap binary to use, tried before the one on PATH. */
  bwrap: (source?: EnvSource): string | undefined => read('DOCS_HARNESS_BWRAP', source) || undefined,
  /** How long a fetched SDK release list is trusted, in ms: `$DOCS_HARNESS_RELEASES_TTL` seconds, else an hour. */
  releasesTtlMs: (source?: EnvSource): number => {
    const seconds = Number(read('DOCS_HARNESS_RELEASES_TTL', source) ?? DEFAULTS.releasesTtlSeconds);
    return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULTS.releasesTtlSeconds) * 1000;
  },
  /** The Maven repository the Java SDK's releases are listed from: `$DOCS_HARNESS_MAVEN_REPO`, else Maven Central. */
  mavenRepo: (): string => url('DOCS_HARNESS_MAVEN_REPO', DEFAULTS.registries.maven),
  /** The Python package index pymilvus's releases are listed from: `$PIP_INDEX_URL`, else PyPI. */
  pipIndexUrl: (): string => url('PIP_INDEX_URL', DEFAULTS.registries.pypi),
  /** The npm registry the Node SDK's releases are listed from: `$npm_config_registry`, else registry.npmjs.org. */
  npmRegistry: (): string => url('npm_config_registry', DEFAULTS.registries.npm),
  /** The Go module proxy: the first http(s) entry of `$GOPROXY`, else proxy.golang.org. */
  goProxy: (): string => (read('GOPROXY') ?? '').split(/[,|]/).find((entry) => /^https?:\/\//.test(entry)) ?? DEFAULTS.registries.goProxy,
  /** `$DOCS_HARNESS_MILVUS_IMAGE`: the image the container backend starts when no `--image` is given. */
  milvusImage: (source?: EnvSource): string | undefined => read('DOCS_HARNESS_MILVUS_IMAGE', source) || undefined,
  /** How long the container backend may pull its image, in ms: `$DOCS_HARNESS_PULL_TIMEOUT` seconds, else 15 minutes. */
  pullTimeoutMs: (source?: EnvSource): number => {
    const seconds = Number(read('DOCS_HARNESS_PULL_TIMEOUT', source) ?? DEFAULTS.pullTimeoutSeconds);
    return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULTS.pullTimeoutSeconds) * 1000;
  },
  /** `$MILVUS_URI`: an existing server to use when no `--uri` is given. */
  milvusUri: (source?: EnvSource): string | undefined => read('MILVUS_URI', source),
  /** `$MILVUS_TOKEN`: the token for it when no `--token` is given (a secret: redacted everywhere). */
  milvusToken: (source?: EnvSource): string | undefined => read('MILVUS_TOKEN', source),
  /** True inside GitHub Actions (`GITHUB_ACTIONS=true`): the github and summary reporters are added by default. */
  githubActions: (source?: EnvSource): boolean => read('GITHUB_ACTIONS', source) === 'true',
  /** `$GITHUB_STEP_SUMMARY`: the file the summary reporter appends to (when no `--output-dir` is given). */
  githubStepSummary: (source?: EnvSource): string | undefined => read('GITHUB_STEP_SUMMARY', source) || undefined,
  /** False when stderr must not get a live redrawn line: in CI logs (`$CI` set) or on a dumb terminal (`TERM=dumb`). */
  liveLinesAllowed: (source?: EnvSource): boolean => read('TERM', source) !== 'dumb' && !read('CI', source),
  /** The variables a snippet process gets from the harness (PATH and locale), those that are set. */
  passedToSnippets: (source?: EnvSource): Record<string, string> => {
    const passed: Record<string, string> = {};
    for (const name of PASSED_TO_SNIPPETS) {
      const value = read(name, source);
      if (value !== undefined) passed[name] = value;
    }
    return passed;
  },
  /** The whole environment, only to find the secret-looking values to redact (`*TOKEN*`, `*SECRET*` …), never to read one. */
  everything: (): EnvSource => process.env,
};
