// `run --watch`: keeps the server and the prepared SDKs, and re-runs a page each time it (or its fixture sidecar) is
// saved; the result cache makes that re-run only the languages whose snippets changed. Ctrl-C stops it.
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { interruptStopsNormally, onShutdown } from '../process/lifecycle.ts';
import { sidecarOf } from '../setup/fixture.ts';

/**
 * Re-runs `rerun(page)` after each save of a page or its `<page>.fixture.json`; `ready` is called once the pages' texts
 * are read and the folders watched (a save before that would be lost); resolves only when stopped.
 */
export async function watchPages(pages: readonly string[], rerun: (page: string) => Promise<void>, ready: () => void = () => undefined): Promise<void> {
  interruptStopsNormally();
  const watchers: FSWatcher[] = [];
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // One save can raise several events, some after the re-run began: a page whose text did not change is not re-run.
  const seen = new Map<string, string>();
  const changed = async (page: string) => {
    const text = await readFile(page, 'utf8').catch(() => '');
    const sidecar = await readFile(sidecarOf(page), 'utf8').catch(() => '');
    const now = `${text}\u0000${sidecar}`;
    if (seen.get(page) === now) return false;
    seen.set(page, now);
    return true;
  };
  const byName = new Map<string, string>();
  for (const page of pages) {
    await changed(page); // the text the first run saw
    const absolute = path.resolve(page);
    byName.set(absolute, page);
    byName.set(sidecarOf(absolute), page);
  }
  const flush = () => {
    const due = [...pending];
    pending.clear();
    running = running.then(async () => {
      for (const page of due) if (await changed(page)) await rerun(page);
    });
  };
  // Editors save by writing or by renaming a new file into place: watch the folders, match the names.
  for (const dir of new Set([...byName.keys()].map((file) => path.dirname(file)))) {
    watchers.push(
      watch(dir, (_event, name) => {
        const page = name ? byName.get(path.join(dir, name.toString())) : undefined;
        if (!page) return;
        pending.add(page);
        clearTimeout(timer);
        timer = setTimeout(flush, 80); // one save can be several events
      }),
    );
  }
  ready();
  return new Promise<void>((resolve) => {
    onShutdown(async () => {
      for (const watcher of watchers) watcher.close();
      clearTimeout(timer);
      await running;
      resolve();
    });
  });
}
