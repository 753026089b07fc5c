import { readFileSync } from 'node:fs';
import { execaSync } from 'execa';
import { describe, expect, it } from 'vitest';
import { ACTION } from './action.ts';

/** Every `${{ … }}` expression in a text. */
const expressions = (text: string) => [...text.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)].map((m) => m[1]!);

describe('action.yml: a composite GitHub Action', () => {
  it('has the metadata GitHub requires: name, description, inputs with descriptions, composite steps', () => {
    expect(ACTION.name).toBe('docs-harness');
    expect(ACTION.description.length).toBeGreaterThan(20);
    expect(ACTION.runs.using).toBe('composite');
    for (const [name, input] of Object.entries(ACTION.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(typeof (input.default ?? ''), name).toBe('string');
    }
    for (const [name, output] of Object.entries(ACTION.outputs)) expect(output.value, name).toMatch(/^\$\{\{ steps\.\w[\w-]*\.outputs\.[\w-]+ \}\}$/);
    expect(Object.keys(ACTION.inputs)).toEqual(expect.arrayContaining(['pages', 'changed', 'languages', 'sdk', 'backend', 'shard', 'min-coverage']));
  });

  it('every run step names its shell and every uses is pinned to a major version', () => {
    for (const step of ACTION.runs.steps) {
      expect(Boolean(step.run) !== Boolean(step.uses), step.name).toBe(true);
      if (step.run) expect(step.shell, step.name).toBe('bash');
      if (step.uses) expect(step.uses, step.name).toMatch(/^actions\/[\w-]+@v\d+$/);
    }
  });

  it('refers only to inputs it declares and step ids that exist, and puts no input straight into a script', () => {
    const ids = new Set(ACTION.runs.steps.map((s) => s.id).filter(Boolean));
    const text = readFileSync('action.yml', 'utf8');
    for (const expression of expressions(text)) {
      for (const input of expression.matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(ACTION.inputs), expression).toContain(input[1]);
      for (const step of expression.matchAll(/steps\.([\w-]+)\./g)) expect(ids, expression).toContain(step[1]);
    }
    // Inputs reach scripts through env (never ${{ }} inside `run`, where a value would be shell code).
    for (const step of ACTION.runs.steps) if (step.run) expect(expressions(step.run), step.name).toEqual([]);
  });

  it('sets up every toolchain, caches the harness cache, uploads the report whatever happened, and fails last', () => {
    const uses = ACTION.runs.steps.map((s) => s.uses?.split('@')[0]);
    expect(uses).toEqual(
      expect.arrayContaining([
        'actions/setup-node',
        'actions/setup-python',
        'actions/setup-java',
        'actions/setup-go',
        'actions/cache',
        'actions/upload-artifact',
      ]),
    );
    const cache = ACTION.runs.steps.find((s) => s.uses?.startsWith('actions/cache'))!;
    const run = ACTION.runs.steps.find((s) => s.id === 'run')!;
    expect(cache.with!['path']).toBe(run.env!['DOCS_HARNESS_CACHE']);
    const upload = ACTION.runs.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.if).toBe('always()');
    const last = ACTION.runs.steps.at(-1)!;
    expect(last.if).toBe('always()');
    expect(last.run).toMatch(/exit/);
  });

  it('passes the harness only flags `docs-harness run` has', () => {
    const help = execaSync('node', ['bin/docs-harness.mjs', 'run', '--help']).stdout;
    const run = ACTION.runs.steps.find((s) => s.id === 'run')!.run!;
    const flags = new Set([...run.matchAll(/(?<=[\s(])--[a-z][a-z-]+/g)].map((m) => m[0]));
    expect(flags.size).toBeGreaterThan(5);
    for (const flag of flags) expect(help, flag).toContain(flag);
    for (const reporter of [...run.matchAll(/--reporter (\w+)/g)].map((m) => m[1]!)) expect(help, reporter).toContain(reporter);
  });
});
