// What a server held before a run: resets drop only what the run (or a fixture) made since.
import type { AdminClient } from './admin.ts';

/** The collections present before any language ran; anything else found later was made by a snippet. */
export interface Baseline {
  /** The collections of the `default` database. */
  readonly collections: readonly string[];
  readonly databases: readonly string[];
  /** The collections of each other database the server held. */
  readonly inDatabases?: Readonly<Record<string, readonly string[]>>;
}

/** Records what the server held before the run, so resets drop only what the run or the fixture made. */
export async function takeBaseline(admin: AdminClient, declared: ReadonlySet<string> = new Set()): Promise<Baseline> {
  const databases = await admin.databases();
  const inDatabases: Record<string, string[]> = {};
  for (const database of databases.filter((name) => name !== 'default')) inDatabases[database] = await admin.list(database);
  return { collections: (await admin.list()).filter((name) => !declared.has(name)), databases, inDatabases };
}
