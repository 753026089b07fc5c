// Resolves io.milvus:milvus-sdk-java with Maven into the cache once; later runs read the saved classpath offline.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { HarnessError } from '../../errors.ts';
import { langsWithout } from '../registry.ts';
import { cachePath } from '../../toolchain/cache.ts';
import { installOnce, runInstallCommand } from '../../toolchain/install.ts';

const SLF4J_VERSION = '2.0.17';

/** A resolved Java SDK: its classpath and exact version. */
export interface JavaSdk {
  readonly classpath: string;
  readonly version: string;
  readonly jar: string;
}

function pom(version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>docs-harness</groupId>
  <artifactId>java-sdk-${version}</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>io.milvus</groupId>
      <artifactId>milvus-sdk-java</artifactId>
      <version>${version}</version>
    </dependency>
    <!-- The SDK logs through SLF4J but does not ship a binding: a reader adds one, so does the harness. -->
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-nop</artifactId>
      <version>${SLF4J_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;
}

/** Checks that javac, java and mvn are on PATH. */
export async function assertJavaToolchain(): Promise<void> {
  for (const tool of ['javac', 'java', 'mvn']) {
    const result = await execa(tool, ['-version'], { reject: false });
    if (result.failed && result.exitCode === undefined) {
      throw new HarnessError(
        'TOOLCHAIN_MISSING',
        `Java tabs need \`${tool}\` (JDK 17+ and Maven) on PATH: install them (e.g. \`apt-get install openjdk-17-jdk-headless maven\`) or leave Java out with \`--lang ${langsWithout('java')}\`.`,
      );
    }
  }
}

/** The SDK at the exact release `version`, resolved with Maven on first use. */
export async function ensureJavaSdk(version: string): Promise<JavaSdk> {
  const dir = cachePath('java', version);
  const saved = path.join(dir, 'classpath.txt');
  if (!existsSync(path.join(dir, '.docs-harness-ready'))) await assertJavaToolchain();
  await installOnce({
    dir,
    label: `resolving io.milvus:milvus-sdk-java:${version} with Maven into ${cachePath('maven-repo')} (first use only)`,
    build: async (folder) => {
      await writeFile(path.join(folder, 'pom.xml'), pom(version));
      const args = ['-B', '-q', `-Dmaven.repo.local=${cachePath('maven-repo')}`, 'dependency:build-classpath', `-Dmdep.outputFile=${saved}`];
      await runInstallCommand('mvn', args, { cwd: folder }, `Maven could not resolve io.milvus:milvus-sdk-java:${version}`);
    },
  });
  return describe(await readFile(saved, 'utf8'));
}

function describe(classpath: string): JavaSdk {
  const jar = classpath.split(':').find((entry) => /milvus-sdk-java-[^/]+\.jar$/.test(entry)) ?? '';
  return { classpath: classpath.trim(), jar, version: /milvus-sdk-java-([^/]+)\.jar$/.exec(jar)?.[1] ?? 'unknown' };
}
