// What the assembled Go program must not hide from a reader pasting the tabs in page order: the names the harness
// supplies, imports it hoists above their first use, and lines it rewrites past a trailing comment.
import { describe, expect, it } from 'vitest';
import { assembleGo } from '../../harness/languages/go/assemble.ts';
import { earlyImportUses } from '../../harness/languages/go/early-imports.ts';
import { markErrorHandlers } from '../../harness/languages/go/handlers.ts';
import { splitImports, statementEnd } from '../../harness/languages/go/imports.ts';
import { goSupplied } from '../../harness/languages/go/supplied.ts';

const state = { dropped: new Set<string>(), added: new Set<string>(), stubbed: new Set<number>(), blanks: new Map() };
const MILVUS = '"github.com/milvus-io/milvus/client/v2/milvusclient"';

describe('Go: the ctx and client the harness supplies', () => {
  it('a page that makes its own client gets none: its program has no ctx, cli or client but its own', () => {
    const units = [
      { id: 'a/go', code: `import ${MILVUS}\nclient, err := milvusclient.New(context.Background(), nil)` },
      { id: 'b/go', code: 'has, err := cli.HasCollection(ctx, nil)' },
    ];
    expect(goSupplied(units.map((u) => u.code))).toEqual({ names: new Set(), notes: [] });
    const { source } = assembleGo(units, state);
    expect(source).toContain('func dhProgram(_ dhContext, _ *dhClient, _ *dhClient) {\n\tvar err error');
    expect(source).toContain('\t_ = err\n');
  });

  it('a client made under another name, or declared by its type, counts as the page making one', () => {
    expect(goSupplied([`import mc ${MILVUS}\nc, err := mc.New(ctx, nil)`]).names.size).toBe(0);
    expect(goSupplied(['var c *milvusclient.Client']).names.size).toBe(0);
    expect(goSupplied(['cli = other']).names.size).toBe(0);
  });

  it('a page that makes none gets all three, with a warning at the first use of each it relies on', () => {
    const codes = ['// cli is made on another page\nx := 1\n_, err := cli.HasCollection(ctx, nil)', 'ctx, cancel := context.WithCancel(context.Background())'];
    const { names, notes } = goSupplied(codes);
    expect(names).toEqual(new Set(['cli', 'client', 'ctx']));
    expect(notes).toEqual([
      { snippet: 0, line: 3, message: expect.stringMatching(/^`cli` is never made on this page: the harness supplied it .* gets `undefined: cli`/) },
      { snippet: 0, line: 3, message: expect.stringMatching(/^`ctx` is used here before the page declares it: .* gets `undefined: ctx`/) },
    ]);
    const { source } = assembleGo(
      codes.map((code, i) => ({ id: `${i}/go`, code })),
      state,
    );
    expect(source).toContain('func dhProgram(ctx dhContext, cli *dhClient, client *dhClient) {');
  });

  it('no warning for a name the page declares before using it, nor for a package a snippet imports under that name', () => {
    const codes = ['ctx := context.Background()\n_ = ctx', 'import "github.com/milvus-io/milvus/client/v2"\nopt := client.NewLoadCollectionOption("c")'];
    expect(goSupplied(codes).notes).toEqual([]);
  });
});

describe('Go: a package used before the snippet that imports it', () => {
  const bound = new Map([
    ['fmt', 'fmt'],
    ['math', 'math'],
  ]);

  it('is found at each use, not where the snippet itself or an earlier one imports it, nor on a variable of that name', () => {
    const codes = [
      'fmt.Println("a")\nfmt.Println(math.Pi)',
      'math := 2\n_ = math.x',
      'import (\n    "fmt"\n    "math"\n)\nfmt.Println(math.Pi)',
      'fmt.Println(1)',
    ];
    expect(earlyImportUses(codes, bound)).toEqual([
      { snippet: 0, line: 1, name: 'fmt', path: 'fmt' },
      { snippet: 0, line: 2, name: 'fmt', path: 'fmt' },
      { snippet: 0, line: 2, name: 'math', path: 'math' },
    ]);
  });
});

describe('Go: a trailing comment, or a `//` in a string, is not code', () => {
  it('an import, `import (` and its `)` may each carry a comment', () => {
    const { imports, body } = splitImports('import "strings" // for Repeat\nimport ( // deps\n    "os" /* env */\n) // end\nx := 1');
    expect(imports).toEqual([
      { spec: '"strings"', line: 1 },
      { spec: '"os"', line: 3 },
    ]);
    expect(body).toEqual(['', '', '', '', 'x := 1']);
  });

  it('a statement ends where Go ends it: a URL in a string, a comment after a comma, `x++`', () => {
    expect(statementEnd('u := fmt.Sprint("see ", // why\n    "https://milvus.io/docs")\nfmt.Println(1)', 1)).toBe(2);
    expect(statementEnd('s := "(" + x\nfmt.Println(s)', 1)).toBe(1);
    expect(statementEnd('n := 1\nn++\nm := n +\n    1', 3)).toBe(4);
  });

  it('the call an error handler reports is the last one assigning the error, not a commented-out one', () => {
    const code = '_, err = f()\n// err = g()\nif err != nil {\n}';
    expect(markErrorHandlers(code).split('\n')[2]).toBe('if err != nil { dhErr(err, 1);');
  });
});
