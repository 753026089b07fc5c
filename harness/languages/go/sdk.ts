// Prepares a Go module in the cache that requires milvus client/v2, with its module and build caches kept there.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import { langsWithout } from '../registry.ts';
import { cachePath } from '../../cache.ts';
import { installOnce, runInstallCommand } from '../../install.ts';

export const GO_MODULE = 'github.com/milvus-io/milvus/client/v2';
/** Default: the newest v2.6.x. */
export const DEFAULT_GO_SDK = '2.6';
const RUNTIME = fileURLToPath(new URL('./harness.go.txt', import.meta.url));

/** A prepared Go SDK module. */
export interface GoSdk {
  readonly moduleDir: string;
  readonly version: string;
  readonly env: Readonly<Record<string, string>>;
}

/** The Go environment: module and build caches in the tool's cache (kept writable, so the cache folder can be deleted), the machine's own toolchain. */
export function goEnv(): Record<string, string> {
  return {
    GOMODCACHE: cachePath('go', 'mod'),
    GOCACHE: cachePath('go', 'build'),
    GOPATH: cachePath('go', 'path'),
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    CGO_ENABLED: '0',
  };
}

async function go(args: string[], cwd: string, extra: Record<string, string> = {}) {
  return execa('go', args, { cwd, reject: false, all: true, env: { ...goEnv(), ...extra } });
}

async function resolveVersion(version: string): Promise<string> {
  if (!/^v?\d+\.\d+$/.test(version)) return version.startsWith('v') ? version : `v${version}`;
  const saved = cachePath('go', `resolved-${version}.txt`);
  // Resolved once: later runs reuse the version (and need no network) while its module is ready.
  if (existsSync(saved)) {
    const known = (await readFile(saved, 'utf8')).trim();
    if (existsSync(cachePath('go', `sdk-${known}`, '.docs-harness-ready'))) return known;
  }
  const listing = await go(['list', '-m', '-versions', GO_MODULE], cachePath('go'), { GOFLAGS: '-mod=mod -modcacherw' });
  const line = version.replace(/^v/, '');
  const patches = String(listing.stdout)
    .split(/\s+/)
    .filter((v) => v.startsWith(`v${line}.`) && !v.includes('-'))
    .map((v) => Number(v.split('.')[2]));
  // The proxy's version list can be incomplete (it listed v2.6.0 and v2.6.2 while v2.6.3–v2.6.5 were served):
  // ask for the next patch releases by exact version until one is not served.
  let newest = patches.length > 0 ? Math.max(...patches) : -1;
  for (let next = newest + 1; next <= newest + 20; next += 1) {
    const probe = await go(['list', '-m', '-json', `${GO_MODULE}@v${line}.${next}`], cachePath('go'), { GOFLAGS: '-mod=mod -modcacherw' });
    if (probe.exitCode !== 0) break;
    newest = next;
  }
  if (newest >= 0) {
    await writeFile(saved, `v${line}.${newest}`);
    return `v${line}.${newest}`;
  }
  if (existsSync(saved)) return (await readFile(saved, 'utf8')).trim();
  throw new HarnessError('INSTALL_FAILED', `no ${GO_MODULE} release v${line}.x found: ${String(listing.all).trim().split('\n').at(-1)}`);
}

/** The SDK module for `version` (default newest v2.6.x), downloaded and pre-built on first use. */
export async function ensureGoSdk(version: string = DEFAULT_GO_SDK): Promise<GoSdk> {
  const probe = await execa('go', ['version'], { reject: false });
  if (probe.exitCode !== 0) {
    throw new HarnessError(
      'TOOLCHAIN_MISSING',
      `Go tabs need the \`go\` command (Go 1.24+) on PATH: install Go or leave Go out with \`--lang ${langsWithout('go')}\`.`,
    );
  }
  await mkdir(cachePath('go'), { recursive: true });
  const resolved = await resolveVersion(version);
  const moduleDir = cachePath('go', `sdk-${resolved}`);
  const sdk = { moduleDir, version: resolved, env: goEnv() };
  await installOnce({
    dir: moduleDir,
    label: `downloading ${GO_MODULE}@${resolved} and building it once into ${cachePath('go')} (first use only; ~2 min)`,
    build: async (folder) => {
      await writeFile(path.join(folder, 'go.mod'), 'module docsharness\n\ngo 1.24\n');
      await copyFile(RUNTIME, path.join(folder, 'harness.go'));
      await writeFile(
        path.join(folder, 'main.go'),
        'package main\n\nfunc dhProgram(ctx dhContext, cli *dhClient, client *dhClient) {}\n\nvar dhSnippets = []dhSnippet{}\n',
      );
      const env = { ...goEnv(), GOFLAGS: '-mod=mod -modcacherw' };
      for (const args of [
        ['get', `${GO_MODULE}@${resolved}`],
        ['mod', 'tidy'],
        ['build', '-o', 'prog', '.'],
      ]) {
        await runInstallCommand('go', args, { cwd: folder, env }, `\`go ${args.join(' ')}\` failed for ${GO_MODULE}@${resolved}`);
      }
      await rm(path.join(folder, 'prog'), { force: true });
    },
  });
  return sdk;
}
