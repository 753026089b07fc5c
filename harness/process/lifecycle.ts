// Cleanup on exit, error and SIGINT/SIGTERM, so no server or snippet process is left running.

type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
const pids = new Set<number>();
let installed = false;
let interrupted: NodeJS.Signals | undefined;
let interruptIsNormal = false;

/** Marks Ctrl-C as the normal way to stop (the `server` command): exit 0 instead of 130. */
export function interruptStopsNormally(): void {
  interruptIsNormal = true;
}

/** Registers an async cleanup; returns a function that unregisters it. */
export function onShutdown(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Remembers a child pid to kill (whole group) if the process exits before its owner stops it. */
export function trackPid(pid: number): () => void {
  pids.add(pid);
  return () => pids.delete(pid);
}

let running: Promise<void> | undefined;

/** Runs every registered cleanup once (newest first); concurrent callers wait for the same run. */
export function runCleanups(): Promise<void> {
  running ??= (async () => {
    while (cleanups.size > 0) {
      const all = [...cleanups].reverse();
      cleanups.clear();
      for (const cleanup of all) {
        try {
          await cleanup();
        } catch (error) {
          process.stderr.write(`docs-harness: cleanup failed: ${(error as Error).message}\n`);
        }
      }
    }
  })().finally(() => {
    running = undefined;
  });
  return running;
}

function killTracked(): void {
  for (const pid of pids) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  pids.clear();
}

/** Makes SIGINT/SIGTERM run the cleanups and exit (130/143), and kills tracked pids on exit; the CLI calls this once. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = signal;
      process.stderr.write(`\ndocs-harness: ${signal} received: stopping servers and snippets …\n`);
      void runCleanups().finally(() => {
        killTracked();
        process.exit(interruptIsNormal ? 0 : signal === 'SIGINT' ? 130 : 143);
      });
    });
  }
  process.on('exit', killTracked);
}
