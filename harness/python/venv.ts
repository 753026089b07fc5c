// Creates (once) and reuses Python venvs in the cache folder; rebuilds one that is broken.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { HarnessError } from '../errors.ts';
import { cachePath } from '../cache.ts';
import { progress, step } from '../progress.ts';

/** A ready venv: its folder and its python. */
export interface Venv {
  readonly dir: string;
  readonly python: string;
  readonly bin: (name: string) => string;
}

const MARKER = '.docs-harness-ready.json';

async function systemPython(): Promise<string> {
  for (const candidate of [process.env['DOCS_HARNESS_PYTHON'], 'python3', 'python'].filter(Boolean) as string[]) {
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

async function isHealthy(venv: Venv, packages: readonly string[], check: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(path.join(venv.dir, MARKER), 'utf8')) as { packages: string[] };
    if (JSON.stringify(marker.packages) !== JSON.stringify(packages)) return false;
    return (await execa(venv.python, ['-c', check], { reject: false })).exitCode === 0;
  } catch {
    return false;
  }
}

/** A venv named `name` in the cache with exactly `packages` installed; `check` is Python that must run in it. */
export async function ensureVenv(name: string, packages: readonly string[], check: string): Promise<Venv> {
  const venv = venvOf(cachePath('venvs', name));
  if (await isHealthy(venv, packages, check)) return venv;
  if (existsSync(venv.dir)) progress(`venv ${name} is incomplete or broken: rebuilding it`);
  await rm(venv.dir, { recursive: true, force: true });
  await mkdir(path.dirname(venv.dir), { recursive: true });
  const python = await systemPython();
  await step(`installing ${packages.join(' ')} into ${venv.dir} (first use only)`, async () => {
    await execa(python, ['-m', 'venv', venv.dir]);
    const pip = execa(venv.python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--progress-bar', 'off', ...packages], { reject: false, all: true });
    pip.all?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        const match = /^(Collecting|Downloading|Installing collected packages:|Successfully installed) ?(.*)$/.exec(line.trim());
        if (match) progress(`  pip: ${match[1]} ${match[2]!.slice(0, 100)}`);
      }
    });
    const result = await pip;
    if (result.exitCode !== 0) {
      await rm(venv.dir, { recursive: true, force: true });
      const tail = (result.all ?? '').trim().split('\n').slice(-3).join(' | ');
      throw new HarnessError('INSTALL_FAILED', `pip could not install ${packages.join(' ')}: ${tail}. Check network access to PyPI and the version asked for.`);
    }
  });
  const verify = await execa(venv.python, ['-c', check], { reject: false });
  if (verify.exitCode !== 0) {
    throw new HarnessError('INSTALL_FAILED', `venv ${name} was installed but \`${check}\` fails in it: ${verify.stderr.trim().split('\n').at(-1)}`);
  }
  await writeFile(path.join(venv.dir, MARKER), JSON.stringify({ packages }));
  return venv;
}
