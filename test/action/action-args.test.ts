import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION } from './action.ts';

// The action's run step with a stand-in CLI that records its arguments: what each input becomes on the command line.
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The arguments the run step gives the CLI for `inputs` (the rest at their defaults), and the exit code it passes on. */
async function argsFor(inputs: Record<string, string>): Promise<{ args: string[]; exitCode: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dh-action-args-'));
  dirs.push(dir);
  await mkdir(path.join(dir, 'bin'));
  // The stand-in writes its arguments and exits 1, as a run below --min-coverage does.
  await writeFile(
    path.join(dir, 'bin', 'docs-harness.mjs'),
    "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.env.ARGS_FILE, JSON.stringify(process.argv.slice(2)));\nprocess.exit(1);\n",
  );
  const step = ACTION.runs.steps.find((s) => s.id === 'run')!;
  const defaults = Object.fromEntries(Object.entries(ACTION.inputs).map(([k, v]) => [k, v.default ?? '']));
  const given = { ...defaults, ...inputs };
  const env = Object.fromEntries(
    Object.entries(step.env!).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => given[name] ?? '')]),
  );
  const output = path.join(dir, 'output');
  await writeFile(output, '');
  const result = await execa('bash', ['-e', '-c', step.run!], {
    env: {
      ...env,
      ARGS_FILE: path.join(dir, 'args.json'),
      GITHUB_ACTION_PATH: dir,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
      RUNNER_TEMP: dir,
    },
    reject: false,
  });
  expect(result.exitCode, result.stderr).toBe(0);
  const exitCode = /exit-code=(\d+)/.exec(await readFile(output, 'utf8'))?.[1] ?? '';
  return { args: JSON.parse(await readFile(path.join(dir, 'args.json'), 'utf8')) as string[], exitCode };
}

describe("the action's inputs on the command line (through env, never as shell text)", () => {
  it('min-coverage becomes --min-coverage with its value, and the exit code 1 it gives is passed on', async () => {
    const { args, exitCode } = await argsFor({ pages: 'site/en', 'min-coverage': '80' });
    expect(args.slice(0, 2)).toEqual(['run', 'site/en']);
    expect(args.join(' ')).toContain('--min-coverage 80');
    expect(exitCode).toBe('1');
  });

  it('an empty min-coverage (the default) sets no minimum; a value with shell characters stays one argument', async () => {
    expect((await argsFor({ pages: 'site/en' })).args).not.toContain('--min-coverage');
    const { args } = await argsFor({ pages: 'site/en', 'min-coverage': '80; touch pwned' });
    expect(args[args.indexOf('--min-coverage') + 1]).toBe('80; touch pwned');
  });
});
