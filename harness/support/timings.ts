// Wall-clock time per phase of a run (server start, each language's prepare, reset and run, judging), for the
// report's `timings` and `--verbose`.

/** Milliseconds spent per phase, summed over the calls of each phase. */
export class Timings {
  private readonly spent = new Map<string, number>();

  /** Runs `work` and adds its wall-clock time to `phase`. */
  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(phase, performance.now() - start);
    }
  }

  /** Adds `ms` to `phase`. */
  add(phase: string, ms: number): void {
    this.spent.set(phase, (this.spent.get(phase) ?? 0) + ms);
  }

  /** The phases in the order first seen, rounded to whole milliseconds. */
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.spent].map(([phase, ms]) => [phase, Math.round(ms)]));
  }
}

/** One line for `--verbose`: `phase 1.2 s, …`, largest first. */
export function formatTimings(timings: Readonly<Record<string, number>>): string {
  return Object.entries(timings)
    .sort((a, b) => b[1] - a[1])
    .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`)
    .join(', ');
}
