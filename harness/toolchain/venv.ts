// Creates (once) and reuses Python venvs in the cache folder; rebuilds one that is broken.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { HarnessError } from '../errors.ts';
import { cachePath } from './cache.ts';
import { progress } from '../support/progress.ts';
import { installOnce, runInstallCommand } from './install.ts';
import { env } from '../config/env.ts';

/** A ready venv: its folder and its python. */
export interface Venv {
  readonly dir: string;
  readonly python: string;
  readonly bin: (name: string) => string;
}

const MARKER = '.docs-harness-ready.json';

async function systemPython(): Promise<string> {
  for (const candidate of [env.python(), 'python3', 'python'].filter(Boolean) as string[]) {
    const result = await execa(candidate, ['-c', 'import sys, venv; print(sys.version_info >= (3, 9))'], { reject: false });
    if (result.exitCode === 0 && result.stdout.trim() === 'True') return candidate;
  }
  throw new HarnessError(
    'TOOLCHAIN_MISSING',
    'Python 3.9+ with the venv module was not found (tried python3, python). Install it (e.g. `apt-get install python3 python3-venv`) or set DOCS_HARNESS_PYTHON.',
  );
}

function venvOf(dir: string): Venv {
  return { dir, python: path.join(dir, 'bin', 'python'), bin: (name) => path.join(dir, 'bin', name) };
}

/**
 * The check a ready venv passes each run: `import x` becomes "x can be found" (importing pymilvus takes a second or
 * two; the full check ran when the venv was built, and its marker says so).
 */
function quickCheck(check: string): string {
  const module = /^import ([\w.]+)$/.exec(check.trim())?.[1];
  return module ? `import importlib.util, sys; sys.exit(importlib.util.find_spec(${JSON.stringify(module)}) is None)` : check;
}

async function isHealthy(venv: Venv, packages: readonly string[], check: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(path.join(venv.dir, MARKER), 'utf8')) as { packages: string[] };
    if (JSON.stringify(marker.packages) !== JSON.stringify(packages)) return false;
    return (await execa(venv.python, ['-c', quickCheck(check)], { reject: false })).exitCode === 0;
  } catch {
    return false;
  }
}

/** A venv named `name` in the cache with exactly `packages` installed; `check` is Python that must run in it. */
export async function ensureVenv(name: string, packages: readonly string[], check: string): Promise<Venv> {
  const venv = venvOf(cachePath('venvs', name));
  if (await isHealthy(venv, packages, check)) return venv;
  const python = await systemPython();
  await installOnce({
    dir: venv.dir,
    label: `installing ${packages.join(' ')} into ${venv.dir} (first use only)`,
    isReady: () => isHealthy(venv, packages, check),
    build: () => buildVenv(python, venv, name, packages, check),
  });
  return venv;
}

/** Creates the venv in place (a venv cannot be moved: its scripts name their folder) and installs `packages`. */
async function buildVenv(python: string, venv: Venv, name: string, packages: readonly string[], check: string): Promise<void> {
  await runInstallCommand(python, ['-m', 'venv', venv.dir], {}, `\`${python} -m venv\` could not create ${venv.dir}`);
  const pip = execa(venv.python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--progress-bar', 'off', ...packages], { reject: false, all: true });
  pip.all?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      const match = /^(Collecting|Downloading|Installing collected packages:|Successfully installed) ?(.*)$/.exec(line.trim());
      if (match) progress(`  pip: ${match[1]} ${match[2]!.slice(0, 100)}`);
    }
  });
  const result = await pip;
  if (result.exitCode !== 0) {
    const tail = (result.all ?? '').trim().split('\n').slice(-3).join(' | ');
    throw new HarnessError('INSTALL_FAILED', `pip could not install ${packages.join(' ')}: ${tail}. Check network access to PyPI and the version asked for.`, {
      cause: result,
    });
  }
  const verify = await execa(venv.python, ['-c', check], { reject: false });
  if (verify.exitCode !== 0) {
    throw new HarnessError('INSTALL_FAILED', `venv ${name} was installed but \`${check}\` fails in it: ${verify.stderr.trim().split('\n').at(-1)}`, {
      cause: verify,
    });
  }
  await writeFile(path.join(venv.dir, MARKER), JSON.stringify({ packages }));
}
