// Prepares a Go module in the cache that requires milvus client/v2, with its module and build caches kept there.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import { langsWithout } from '../registry.ts';
import { cachePath } from '../../toolchain/cache.ts';
import { installOnce, runInstallCommand } from '../../toolchain/install.ts';

import { GO_MODULE } from './releases.ts';

export { GO_MODULE };
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

/** The SDK module at the exact release `version` (`v2.6.5`), downloaded and pre-built on first use. */
export async function ensureGoSdk(version: string): Promise<GoSdk> {
  const probe = await execa('go', ['version'], { reject: false });
  if (probe.exitCode !== 0) {
    throw new HarnessError(
      'TOOLCHAIN_MISSING',
      `Go tabs need the \`go\` command (Go 1.24+) on PATH: install Go or leave Go out with \`--lang ${langsWithout('go')}\`.`,
    );
  }
  await mkdir(cachePath('go'), { recursive: true });
  const resolved = version.startsWith('v') ? version : `v${version}`;
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
