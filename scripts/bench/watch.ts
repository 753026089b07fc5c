// The loop part's watch measurement: save a one-line Python edit, time until `run --watch` prints the new verdict.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { $, sleep } from 'zx';
import { check } from './common.ts';

const SOURCE = 'fixtures/pages/load-and-release.source.md';
/** How long one watch step (start, or a save's re-run) may take before the part fails. */
const STEP_TIMEOUT_MS = 180_000;

/** Milliseconds from each of `saves` edits to its re-run's verdict (edits no earlier run made, so the result cache cannot
 * answer); `extra` flags go to `run --watch` (`--lang python`). */
export async function watchSaves(saves: number, extra: readonly string[] = []): Promise<number[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-harness-watch-'));
  const page = path.join(dir, 'page.md');
  await writeFile(page, await readFile(SOURCE, 'utf8'));
  const watcher = $({ nothrow: true, quiet: true })`node bin/docs-harness.mjs run ${page} --watch ${extra}`;
  let err = '';
  let exited = false;
  watcher.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  void watcher.finally(() => {
    exited = true;
  });
  const until = async (text: string, count: number) => {
    const deadline = performance.now() + STEP_TIMEOUT_MS;
    while ((err.match(new RegExp(text, 'g')) ?? []).length < count) {
      check(!exited && performance.now() < deadline, `watch mode to print /${text}/ (${count}); ${exited ? 'it exited' : 'timed out'}: ${err.slice(-300)}`);
      await sleep(20);
    }
  };
  const times: number[] = [];
  try {
    await until('save to re-run', 1);
    const stamp = Date.now();
    for (let i = 1; i <= saves; i += 1) {
      const text = await readFile(page, 'utf8');
      const edited = text.replace(/^client\.release_collection\(.*$/m, (found) => `${found.replace(/ *#.*$/, '')}  # edit ${stamp}-${i}`);
      check(edited !== text, `${SOURCE} to hold a \`client.release_collection(\` line to edit`);
      const start = performance.now();
      await writeFile(page, edited);
      await until('re-run in [\\d.]+ s \\([1-9]', i); // a re-run in which the edited tabs ran (not an echo of the save)
      times.push(performance.now() - start);
    }
  } finally {
    if (!exited) await watcher.kill('SIGINT');
    const done = await watcher;
    await rm(dir, { recursive: true, force: true });
    if (times.length === saves) check(done.exitCode === 0, `Ctrl-C to stop watch mode with exit 0, got ${done.exitCode}`);
  }
  return times;
}
