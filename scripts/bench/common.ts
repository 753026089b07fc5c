// What every bench part shares: the run mode (full or smoke), the output line, timing helpers and result checks.
import { performance } from 'node:perf_hooks';

/** How the parts run: full (repetitions, medians, the real input sizes) or smoke (once each, small inputs). */
export interface Mode {
  readonly smoke: boolean;
}

/** One part of the bench, selected by name with `BENCH_ONLY=name[,name]` and left out with `BENCH_SKIP_<NAME>=1`. */
export interface Part {
  readonly name: string;
  /** What it measures, one line (for `--help` and the error a wrong `BENCH_ONLY` gets). */
  readonly title: string;
  /** Measures and prints its lines; throws when something failed or a result is not what it should be. */
  run(mode: Mode): Promise<void>;
}

/** A result that is not what the part expects (a run of zero tabs, a missing collection …): the part fails. */
export class BenchCheckError extends Error {}

/** Fails the part, saying `what` was expected, unless `ok`. */
export function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new BenchCheckError(`expected ${what}`);
}

/** Prints one measurement: the label padded to a column, then the value. */
export function line(label: string, value: string): void {
  console.log(`${label.padEnd(52)} ${value}`);
}

/** `n` repetitions in a full run, one in a smoke run. */
export function repeats(mode: Mode, n: number): number {
  return mode.smoke ? 1 : n;
}

/** Milliseconds as seconds, for the printed lines. */
export function seconds(ms: number, digits = 2): string {
  return `${(ms / 1000).toFixed(digits)} s`;
}

/** A ratio, for the printed lines. */
export function ratio(a: number, b: number): string {
  return (a / b).toFixed(2);
}

/** The mean time of `repeat` sequential calls of `fn`, in milliseconds. */
export async function mean(fn: () => Promise<unknown>, repeat: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < repeat; i += 1) await fn();
  return (performance.now() - start) / repeat;
}

/** How long one call of `fn` took (milliseconds), and what it returned. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The median of some values (the upper one of an even count); a single value is its own median. */
export function median(values: readonly number[]): number {
  check(values.length > 0, 'at least one measurement');
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Checks that a page report tested some tabs (a run in which every tab was skipped proves nothing). */
export function checkTested(report: { readonly page: string; readonly summary: { readonly pass: number; readonly fail: number } }, what = ''): void {
  check(report.summary.pass + report.summary.fail > 0, `${report.page}${what ? ` (${what})` : ''} to test some tabs; every tab was skipped`);
}
