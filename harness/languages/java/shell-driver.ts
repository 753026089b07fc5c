// Compiles the JShell driver (DocsHarnessShell + DocsHarnessRuntime) once per driver source and SDK into the cache.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import { cachePath } from '../../cache.ts';

const SOURCES = ['DocsHarnessShell.java', 'DocsHarnessRuntime.java'].map((name) => fileURLToPath(new URL(`./${name}`, import.meta.url)));

/** The folder holding the compiled driver classes for `classpath` (compiled on first use). */
export async function shellDriver(classpath: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(await readFile(file));
  hash.update(classpath);
  const dir = cachePath('java', 'driver', hash.digest('hex').slice(0, 16));
  if (existsSync(dir)) return dir;
  const staging = `${dir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const javac = await execa('javac', ['-nowarn', '-encoding', 'UTF-8', '-cp', classpath, '-d', staging, ...SOURCES], { reject: false, all: true });
  if (javac.exitCode !== 0) {
    await rm(staging, { recursive: true, force: true });
    throw new HarnessError(
      'TOOLCHAIN_MISSING',
      `could not compile the harness's JShell driver (needs a JDK 17+ with jdk.jshell): ${String(javac.all).trim().split('\n').slice(0, 3).join(' | ')}`,
    );
  }
  await mkdir(path.dirname(dir), { recursive: true });
  await rename(staging, dir).catch(async () => rm(staging, { recursive: true, force: true }));
  return dir;
}
