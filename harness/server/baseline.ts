// What a server held before a run: resets drop only what the run (or a fixture) made since.
import type { AdminClient } from './admin.ts';

/** The collections present before any language ran; anything else found later was made by a snippet. */
export interface Baseline {
  readonly collections: readonly string[];
  readonly databases: readonly string[];
}

/** Records what the server held before the run, so resets drop only what the run or the fixture made. */
export async function takeBaseline(admin: AdminClient, declared: ReadonlySet<string> = new Set()): Promise<Baseline> {
  return { collections: (await admin.list()).filter((name) => !declared.has(name)), databases: await admin.databases() };
}
