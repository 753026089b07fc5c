// Whole CLI commands for the loop and drift parts: `node bin/docs-harness.mjs …` run with zx, timed, their output checked.
import { performance } from 'node:perf_hooks';
import { $ } from 'zx';
import type { PageReport } from '../../harness/types.ts';
import { check, checkTested } from './common.ts';

/** Where and how a command runs: another checkout (`cwd`) and extra environment. */
export interface CliOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** What one command gave, and how long it took (milliseconds). */
export interface CliRun {
  readonly args: readonly string[];
  readonly ms: number;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `docs-harness <args>` (the checkout's own bin) and waits for it; never throws on a non-zero exit. */
export async function cli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const start = performance.now();
  const out = await $({ cwd: options.cwd ?? '.', nothrow: true, quiet: true, env: { ...process.env, ...options.env } })`node bin/docs-harness.mjs ${args}`;
  return { args, ms: performance.now() - start, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr };
}

/** Checks that a command exited with one of `codes` (a `run` of the seed page exits 1: it has real broken snippets). */
export function checkExit(run: CliRun, codes: readonly number[] = [0, 1]): void {
  const why = run.stderr.trim().split('\n').at(-1) ?? '';
  check(
    run.exitCode !== null && codes.includes(run.exitCode),
    `\`docs-harness ${run.args.join(' ')}\` to exit ${codes.join(' or ')}, got ${run.exitCode}: ${why}`,
  );
}

/** The report of a one-page `run --json`, checked: a clean exit code and some tabs tested. */
export function jsonReport(run: CliRun): PageReport {
  checkExit(run);
  let report: PageReport;
  try {
    report = JSON.parse(run.stdout) as PageReport;
  } catch {
    throw new Error(`\`docs-harness ${run.args.join(' ')}\` printed no JSON report: ${run.stdout.slice(0, 200)}`);
  }
  checkTested(report, run.args.filter((a) => a.startsWith('--')).join(' '));
  return report;
}
