// Compiles the JShell driver (DocsHarnessShell, DocsHarnessServe, DocsHarnessSource, DocsHarnessRuntime) into the cache, once per
// driver source and SDK.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import { cachePath } from '../../toolchain/cache.ts';
import { installOnce } from '../../toolchain/install.ts';

const SOURCES = ['DocsHarnessShell.java', 'DocsHarnessServe.java', 'DocsHarnessSource.java', 'DocsHarnessRuntime.java'].map((name) =>
  fileURLToPath(new URL(`./${name}`, import.meta.url)),
);

/** The folder holding the compiled driver classes for `classpath` (compiled on first use). */
export async function shellDriver(classpath: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(await readFile(file));
  hash.update(classpath);
  const dir = cachePath('java', 'driver', hash.digest('hex').slice(0, 16));
  await installOnce({
    dir,
    label: `compiling the harness's JShell driver into ${dir} (first use only)`,
    build: async (folder) => {
      const javac = await execa('javac', ['-nowarn', '-encoding', 'UTF-8', '-cp', classpath, '-d', folder, ...SOURCES], { reject: false, all: true });
      if (javac.exitCode !== 0) {
        const head = String(javac.all).trim().split('\n').slice(0, 3).join(' | ');
        throw new HarnessError('TOOLCHAIN_MISSING', `could not compile the harness's JShell driver (needs a JDK 17+ with jdk.jshell): ${head}`, {
          cause: javac,
        });
      }
    },
  });
  return dir;
}
