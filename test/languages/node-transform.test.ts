import { describe, expect, it } from 'vitest';
import { toSharedModule } from '../../harness/languages/node/transform.ts';

describe('Node snippet transform', () => {
  it('shares top-level declarations and imports through globalThis, keeping line numbers', () => {
    const code = 'import { MilvusClient, DataType } from "x";\nconst a = 1, { b } = obj;\nfunction f() {}\nclass C {}';
    const module = toSharedModule(code, new Set());
    expect(module.declared).toEqual(['MilvusClient', 'DataType', 'a', 'b', 'f', 'C']);
    expect(module.source.split('\n')).toHaveLength(4);
    expect(module.source).toContain(';Object.assign(globalThis,{MilvusClient,DataType});');
    expect(module.source).toContain(';Object.assign(globalThis,{a,b});');
  });

  it('finds assignments to undeclared names, once each, with their lines', () => {
    const module = toSharedModule('res = await f();\nres = 2;\nlet ok = 1;\nok = 2;\ncount++;', new Set());
    expect(module.undeclaredAssignments).toEqual([
      { name: 'res', line: 1 },
      { name: 'count', line: 5 },
    ]);
    expect(module.source.startsWith('globalThis.res??=undefined;globalThis.count??=undefined;')).toBe(true);
  });

  it('does not flag names declared by earlier snippets or globals', () => {
    expect(toSharedModule('client = 1; process.exitCode = 0;', new Set(['client'])).undeclaredAssignments).toEqual([]);
    expect(toSharedModule('globalThis.x = 1;', new Set()).undeclaredAssignments).toEqual([]);
  });

  it('reports a syntax error with its snippet line', () => {
    expect(toSharedModule('const a = 1;\nconst b = ;', new Set()).syntaxError).toEqual({
      line: 2,
      message: expect.stringMatching(/^SyntaxError: Unexpected token/),
    });
  });
});

describe('Node CommonJS snippets', () => {
  it('get a `require` that resolves from the snippet, on the first line (lines kept)', () => {
    const module = toSharedModule('const { MilvusClient } = require("@zilliz/milvus2-sdk-node");\nconst c = 1;', new Set());
    expect(module.source.split('\n')).toHaveLength(2);
    expect(module.source.startsWith("import{createRequire as __dhRequire}from'node:module';const require=__dhRequire(import.meta.url);")).toBe(true);
    expect(toSharedModule('import x from "y";\nconsole.log(1);', new Set()).source).not.toContain('createRequire');
  });
});
