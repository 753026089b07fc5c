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

  it('makes a plain assignment to an undeclared name create its global when it runs, and reports its first line', () => {
    const module = toSharedModule('res = await f();\nres = 2;\nlet ok = 1;\nok = 2;', new Set());
    expect(module.undeclaredAssignments).toEqual([{ name: 'res', line: 1 }]);
    expect(module.source.split('\n').slice(0, 2)).toEqual(['globalThis.res = await f();', 'globalThis.res = 2;']);
    expect(module.source).toContain('\nok = 2;');
  });

  // The old transform created every assigned name up front (`globalThis.x ??= undefined`), so `count++`, `total += n`
  // and a read before the assignment ran silently: in a pasted script each is a ReferenceError, and now is here too.
  it('leaves `+=`, `++` and a read before the assignment as they are: a ReferenceError when the name does not exist', () => {
    const module = toSharedModule('console.log(page);\npage = 1;\ncount++;\ntotal += 1;', new Set());
    expect(module.undeclaredAssignments).toEqual([{ name: 'page', line: 2 }]);
    expect(module.source).toBe('console.log(page);\nglobalThis.page = 1;\ncount++;\ntotal += 1;');
    expect(module.reads).toEqual([
      { name: 'console', line: 1 },
      { name: 'page', line: 1 },
      { name: 'count', line: 3 },
      { name: 'total', line: 4 },
    ]);
  });

  it('binds destructuring and for-of targets as a pasted script would (an object shorthand keeps its key)', () => {
    const module = toSharedModule('[a, b] = [1, 2];\n({ c, d = 3, e: f } = o);\nfor (g of [1]) {}', new Set());
    expect(module.source).toBe(
      '[globalThis.a, globalThis.b] = [1, 2];\n({ c:globalThis.c, d:globalThis.d = 3, e: globalThis.f } = o);\nfor (globalThis.g of [1]) {}',
    );
    expect(module.undeclaredAssignments.map((u) => u.name)).toEqual(['a', 'b', 'c', 'd', 'f', 'g']);
    expect(module.reads).toEqual([{ name: 'o', line: 2 }]);
  });

  it('a read inside a function of its own parameter is not a free read; the same name outside is', () => {
    expect(toSharedModule('function f(client) { return client; }\nawait f(client);', new Set()).reads).toEqual([{ name: 'client', line: 2 }]);
  });

  it("finds the page's own client under any name, even in a snippet that does not parse", () => {
    expect(toSharedModule('const milvus = new MilvusClient({});', new Set()).clientNames).toEqual(['milvus']);
    expect(toSharedModule('const c = new sdk.MilvusClient({});\nclient = c;', new Set()).clientNames).toEqual(['c', 'client']);
    expect(toSharedModule('const client = connect();', new Set()).clientNames).toEqual(['client']);
    expect(toSharedModule('function f() { const client = 1; }', new Set()).clientNames).toEqual([]);
    expect(toSharedModule('const milvusClient = new MilvusClient({ address });\nconst x = ;', new Set()).clientNames).toEqual(['milvusClient']);
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
