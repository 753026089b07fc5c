// Sends each chosen reporter's text where it belongs: stdout, a file in --output-dir, or $GITHUB_STEP_SUMMARY.
import { appendFile, rm, writeFile } from 'node:fs/promises';
import { makeDir } from '../support/make-dir.ts';
import path from 'node:path';
import { HarnessError } from '../errors.ts';
import type { PageReport } from '../types.ts';
import { REPORTERS } from './registry.ts';
import type { Reporter } from './reporter.ts';
import { redactSecrets } from '../support/secrets.ts';
import { DEFAULTS } from '../config/defaults.ts';
import { env, type EnvSource } from '../config/env.ts';

/** Reporters chosen by default: console, plus annotations and a step summary inside GitHub Actions. */
export function defaultReporters(source?: EnvSource): string[] {
  return [...(env.githubActions(source) ? DEFAULTS.githubReporters : DEFAULTS.reporters)];
}

/** Resolves reporter names; an unknown one is a usage error that lists the known ones. */
export function pickReporters(names: readonly string[]): Reporter[] {
  return [...new Set(names)].map((name) => {
    const reporter = REPORTERS[name];
    if (!reporter) throw new HarnessError('USAGE', `Unknown reporter \`${name}\`; expected one of ${Object.keys(REPORTERS).join(', ')}.`);
    return reporter;
  });
}

/** The reporters that write to stdout: console and github always, json unless an output folder is given. */
function stdoutReporters(reporters: readonly Reporter[], outputDir: string | undefined): Reporter[] {
  return reporters.filter((r) => r.target.kind === 'stdout' && !(outputDir && r.name === 'json'));
}

/** Throws a usage error when console and JSON output would both go to stdout (check before a run starts). */
export function assertReportTargets(reporters: readonly Reporter[], outputDir: string | undefined): void {
  const names = stdoutReporters(reporters, outputDir).map((r) => r.name);
  if (names.includes('json') && names.includes('console')) {
    throw new HarnessError('USAGE', 'the console and json reporters both write to stdout: give `--output-dir <dir>` for the JSON, or drop one.');
  }
}

/** The folder file reporters write to, or undefined when every chosen reporter writes to stdout. */
function fileTarget(reporters: readonly Reporter[], outputDir: string | undefined, source?: EnvSource): string | undefined {
  const toStdout = stdoutReporters(reporters, outputDir);
  const files = reporters.filter((r) => !toStdout.includes(r) && !(r.target.kind === 'step-summary' && env.githubStepSummary(source) && !outputDir));
  return files.length > 0 ? (outputDir ?? DEFAULTS.outputDir) : undefined;
}

/** Throws a usage error before the run when the report folder cannot be made or written (not after minutes of work). */
export async function assertWritableOutput(reporters: readonly Reporter[], outputDir: string | undefined, source?: EnvSource): Promise<void> {
  const dir = fileTarget(reporters, outputDir, source);
  if (!dir) return;
  const probe = path.join(dir, `.docs-harness-probe-${process.pid}`);
  try {
    await makeDir(dir);
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new HarnessError('USAGE', `cannot write reports to \`${dir}\` (${code}); give a folder you can write with \`--output-dir\`.`, { cause: error });
  }
}

/** Writes every reporter's output; files go to `outputDir` (default `reports/` for file reporters). */
export async function writeReports(
  reporters: readonly Reporter[],
  reports: readonly PageReport[],
  outputDir: string | undefined,
  source?: EnvSource,
): Promise<string[]> {
  assertReportTargets(reporters, outputDir);
  const toStdout = stdoutReporters(reporters, outputDir);
  const summary = env.githubStepSummary(source);
  const written: string[] = [];
  for (const reporter of reporters) {
    const text = redactSecrets(reporter.render(reports)); // the last gate: no known secret leaves in any form
    if (toStdout.includes(reporter)) {
      process.stdout.write(text);
    } else if (reporter.target.kind === 'step-summary' && summary && !outputDir) {
      await appendFile(summary, text);
      written.push(summary);
    } else {
      const dir = outputDir ?? DEFAULTS.outputDir;
      await makeDir(dir);
      const file = path.join(dir, reporter.fileName);
      await writeFile(file, text);
      written.push(file);
    }
  }
  return written;
}
