import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { codeLine } from '../expectations/locate.ts';
import { ACTION } from './action.ts';

/** The env of a step with its `${{ inputs.x }}` filled from the inputs (defaults, then `given`). */
function stepEnv(env: Record<string, string>, given: Record<string, string>): Record<string, string> {
  const inputs = { ...Object.fromEntries(Object.entries(ACTION.inputs).map(([k, v]) => [k, v.default ?? ''])), ...given };
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '')]));
}

/** Runs the action's `run` step as GitHub would: bash, the action's folder, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
async function runStep(given: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'dh-action-'));
  const step = ACTION.runs.steps.find((s) => s.id === 'run')!;
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const env = {
    ...stepEnv(step.env!, given),
    // The test's own cache stands in for the action cache's restored folder.
    DOCS_HARNESS_CACHE: process.env['DOCS_HARNESS_CACHE'] ?? path.resolve('.harness-cache'),
    GITHUB_ACTION_PATH: path.resolve('.'),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
  };
  const result = await execa('bash', ['-e', '-c', step.run!], { env, reject: false });
  const outputs = Object.fromEntries(
    (await readFile(files.output, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  return { result, outputs, summary: await readFile(files.summary, 'utf8'), dir };
}

describe("the action's run step, executed as GitHub runs it", () => {
  it('runs the pages with the inputs, annotates, writes the step summary and the reports, and passes the exit code on', async () => {
    const { result, outputs, summary, dir } = await runStep({ pages: 'docs/load-and-release.md', languages: 'python,node', sdk: 'python=2.6 node=2.6' });
    try {
      expect(result.exitCode).toBe(0); // the step itself succeeds; the last step fails the job
      expect(outputs['exit-code']).toBe('1');
      expect(outputs['report-dir']).toBe(path.join(dir, 'docs-harness-report'));
      for (const file of ['report.html', 'report.json', 'junit.xml', 'summary.md'])
        expect(existsSync(path.join(outputs['report-dir']!, file)), file).toBe(true);
      const line = await codeLine('docs/load-and-release.md', 'load-specific-fields/python', 'load_fields='); // the seed's missing comma
      expect(result.stdout).toMatch(
        new RegExp(`^::error file=docs/load-and-release\\.md,line=${line},title=syntax load-specific-fields/python::SyntaxError`, 'm'),
      );
      expect(summary).toMatch(/### docs\/load-and-release\.md/);
      const report = JSON.parse(await readFile(path.join(outputs['report-dir']!, 'report.json'), 'utf8')) as { results: { lang: string }[] };
      expect(new Set(report.results.map((r) => r.lang))).toEqual(new Set(['python', 'node']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('a usage error is exit code 2 for the last step to fail on', async () => {
    const { outputs, dir } = await runStep({ pages: 'docs/load-and-release.md', sdk: 'curl=8' });
    await rm(dir, { recursive: true, force: true });
    expect(outputs['exit-code']).toBe('2');
  }, 60_000);
});
