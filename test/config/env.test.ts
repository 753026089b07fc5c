// The environment is read in harness/config/env.ts only, at call time, and README.md's table lists exactly what it reads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { afterEach, describe, expect, it } from 'vitest';
import { ENV_NAMES, env } from '../../harness/config/env.ts';
import { DEFAULTS, PACKAGE_ROOT } from '../../harness/config/defaults.ts';

/** The names in the first column of README.md's "Environment variables" table (patterns such as `*TOKEN*` left out). */
function readmeNames(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Environment variables'), readme.indexOf('## Exit codes'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
    .filter((name) => !name.includes('*'));
}

describe('environment variables', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ENV_NAMES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('README.md lists every variable the harness reads, and no other', () => {
    expect(readmeNames().sort()).toEqual([...ENV_NAMES].sort());
  });

  it('env.ts reads only the variables it lists', () => {
    const source = readFileSync('harness/config/env.ts', 'utf8');
    const read = [...source.matchAll(/read\('(\w+)'/g)].map((m) => m[1]);
    for (const name of read) expect(ENV_NAMES, name).toContain(name);
  });

  it('no harness module outside harness/config reads process.env (passing it whole to a child is allowed)', () => {
    const files = globSync('harness/**/*.ts', { ignore: ['harness/config/**'] });
    expect(files.length).toBeGreaterThan(50);
    const readers = files.filter((file) => /process\.env(?!\s*[,}])/.test(readFileSync(file, 'utf8').replace(/\.\.\.process\.env/g, '')));
    expect(readers).toEqual([]);
  });

  it('reads at call time, so a value set later is seen', () => {
    delete process.env['DOCS_HARNESS_CACHE'];
    expect(env.cacheDir()).toBe(path.join(PACKAGE_ROOT, '.harness-cache'));
    process.env['DOCS_HARNESS_CACHE'] = '/tmp/dh-cache-test';
    expect(env.cacheDir()).toBe('/tmp/dh-cache-test');
    process.env['DOCS_HARNESS_NO_CACHE'] = '1';
    expect(env.noCache()).toBe(true);
    process.env['DOCS_HARNESS_NO_CACHE'] = '0';
    expect(env.noCache()).toBe(false);
  });

  it('gives each default when a variable is unset, empty or not usable', () => {
    expect(env.releasesTtlMs({})).toBe(DEFAULTS.releasesTtlSeconds * 1000);
    expect(env.releasesTtlMs({ DOCS_HARNESS_RELEASES_TTL: '0' })).toBe(0);
    expect(env.releasesTtlMs({ DOCS_HARNESS_RELEASES_TTL: 'soon' })).toBe(3_600_000);
    expect(env.lanes({})).toBeUndefined();
    expect(env.lanes({ DOCS_HARNESS_LANES: '9' })).toBe(DEFAULTS.maxLanes);
    expect(env.lanes({ DOCS_HARNESS_LANES: '1.5' })).toBeUndefined();
    expect(env.python({ DOCS_HARNESS_PYTHON: '' })).toBeUndefined();
    expect(env.liveLinesAllowed({ TERM: 'xterm' })).toBe(true);
    expect(env.liveLinesAllowed({ TERM: 'dumb' })).toBe(false);
    expect(env.liveLinesAllowed({ CI: 'true' })).toBe(false);
    expect(env.githubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(env.passedToSnippets({ PATH: '/bin', HOME: '/root', SECRET_TOKEN: 'x' })).toEqual({ PATH: '/bin' });
    delete process.env['GOPROXY'];
    expect(env.goProxy()).toBe(DEFAULTS.registries.goProxy);
    process.env['GOPROXY'] = 'direct,https://goproxy.example/,off';
    expect(env.goProxy()).toBe('https://goproxy.example/');
  });
});
