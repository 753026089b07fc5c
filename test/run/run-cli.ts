// Runs the real CLI (`docs-harness run … --json`) and returns the parsed report.
import { execa } from 'execa';
import type { PageReport, TabResult } from '../../harness/types.ts';

/** The CLI's exit code, parsed JSON report and stderr. */
export async function runCli(args: string[], env: Record<string, string> = {}) {
  const result = await execa('node', ['bin/docs-harness.mjs', 'run', ...args, '--json', '--quiet'], { reject: false, env });
  let report: PageReport | undefined;
  try {
    report = JSON.parse(result.stdout) as PageReport;
  } catch {
    report = undefined;
  }
  return { exitCode: result.exitCode, report: report!, stderr: result.stderr, stdout: result.stdout };
}

/** The result of one tab by id. */
export function tab(report: PageReport, id: string): TabResult {
  const found = report.results.find((r) => r.id === id);
  if (!found) throw new Error(`no result for ${id}; have ${report.results.map((r) => r.id).join(', ')}`);
  return found;
}
