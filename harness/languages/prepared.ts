// The runners a run has prepared (SDK installed, bound to a version), shared by every page and started early.
import type { Lang } from '../types.ts';
import type { PreparedRunner } from './adapter.ts';
import { createAdapter } from './load-adapter.ts';

/** Runners by language and asked-for SDK version; each is prepared once, even when asked for concurrently. */
export type PreparedAdapters = Map<string, Promise<PreparedRunner>>;

/** The runner of `lang` for the SDK version asked for, prepared once per run. */
export function preparedRunner(lang: Lang, version: string | undefined, prepared: PreparedAdapters): Promise<PreparedRunner> {
  const key = `${lang}@${version ?? ''}`;
  let runner = prepared.get(key);
  if (!runner) {
    runner = createAdapter(lang).then((adapter) => adapter.prepare(version));
    runner.catch(() => undefined); // awaited where used; no unhandled rejection when started early
    prepared.set(key, runner);
  }
  return runner;
}
