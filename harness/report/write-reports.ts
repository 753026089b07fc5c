// Sends each chosen reporter's text where it belongs: stdout, a file in --output-dir, or $GITHUB_STEP_SUMMARY.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../errors.ts';
import type { PageReport } from '../types.ts';
import { REPORTERS } from './registry.ts';
import type { Reporter } from './reporter.ts';
import { redactSecrets } from '../secrets.ts';

/** Reporters chosen by default: console, plus annotations and a step summary inside GitHub Actions. */
export function defaultReporters(env: NodeJS.ProcessEnv = process.env): string[] {
  return env['GITHUB_ACTIONS'] === 'true' ? ['console', 'github', 'summary'] : ['console'];
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

/** Writes every reporter's output; files go to `outputDir` (default `reports/` for file reporters). */
export async function writeReports(
  reporters: readonly Reporter[],
  reports: readonly PageReport[],
  outputDir: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  assertReportTargets(reporters, outputDir);
  const toStdout = stdoutReporters(reporters, outputDir);
  const written: string[] = [];
  for (const reporter of reporters) {
    const text = redactSecrets(reporter.render(reports)); // the last gate: no known secret leaves in any form
    if (toStdout.includes(reporter)) {
      process.stdout.write(text);
    } else if (reporter.target.kind === 'step-summary' && env['GITHUB_STEP_SUMMARY'] && !outputDir) {
      await appendFile(env['GITHUB_STEP_SUMMARY'], text);
      written.push(env['GITHUB_STEP_SUMMARY']);
    } else {
      const dir = outputDir ?? 'reports';
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, reporter.fileName);
      await writeFile(file, text);
      written.push(file);
    }
  }
  return written;
}
