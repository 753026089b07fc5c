// Simple class name → fully qualified name, for the imports a reader would add (JDK basics and the SDK's classes).
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { execa } from 'execa';

const JDK: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'java.util.Arrays',
    'java.util.List',
    'java.util.ArrayList',
    'java.util.Map',
    'java.util.HashMap',
    'java.util.Set',
    'java.util.HashSet',
    'java.util.Collections',
    'java.util.Random',
    'java.util.Optional',
    'java.util.LinkedHashMap',
    'java.util.Iterator',
    'java.util.Objects',
    'java.util.concurrent.TimeUnit',
    'java.util.stream.Collectors',
    'java.nio.ByteBuffer',
    'com.google.gson.Gson',
    'com.google.gson.JsonObject',
    'com.google.gson.JsonArray',
    'com.google.gson.JsonParser',
    'com.google.gson.JsonElement',
  ].map((fqn) => [fqn.slice(fqn.lastIndexOf('.') + 1), fqn]),
);

/** Preference when a simple name exists in several SDK packages: the v2 client API first. */
function rank(fqn: string): number {
  if (fqn.startsWith('io.milvus.v2.')) return 0;
  if (fqn.startsWith('io.milvus.common.')) return 1;
  return 2;
}

/** The class index of the JDK basics plus every public top-level class in the SDK jar. */
export async function classIndex(jar: string): Promise<Map<string, string>> {
  const index = new Map<string, string>(Object.entries(JDK));
  if (!jar) return index;
  const candidates = new Map<string, string>();
  for (const entry of await jarEntries(jar)) {
    if (!entry.endsWith('.class') || entry.includes('$')) continue;
    const fqn = entry.slice(0, -'.class'.length).replaceAll('/', '.');
    const simple = fqn.slice(fqn.lastIndexOf('.') + 1);
    const current = candidates.get(simple);
    if (!current || rank(fqn) < rank(current)) candidates.set(simple, fqn);
  }
  for (const [simple, fqn] of candidates) if (!index.has(simple)) index.set(simple, fqn);
  return index;
}

/** The entries of a jar, listed once (a JVM start) and kept beside it: a release's jar never changes. */
async function jarEntries(jar: string): Promise<string[]> {
  const saved = `${jar}.docs-harness-entries.txt`;
  if (existsSync(saved)) return (await readFile(saved, 'utf8')).split('\n');
  const listing = await execa('jar', ['tf', jar], { reject: false });
  if (listing.exitCode === 0) await writeFile(saved, listing.stdout).catch(() => undefined);
  return listing.stdout.split('\n');
}
