import { describe, expect, it } from 'vitest';
import { rewriteReturns } from '../../harness/languages/go/returns.ts';
import { assembleGo } from '../../harness/languages/go/assemble.ts';
import { declaredNames } from '../../harness/languages/go/imports.ts';
import { parseGoErrors } from '../../harness/languages/go/compile.ts';

const state = { dropped: new Set<string>(), added: new Set<string>(), stubbed: new Set<number>(), blanks: new Map() };

describe("Go: a snippet's own returns", () => {
  it('become dhReturn calls on the same lines; returns inside function literals stay', () => {
    const code = [
      'if err != nil {',
      '    return err',
      '}',
      'f := func() error {',
      '    return nil',
      '}',
      'return fmt.Errorf("x: %w",',
      '    err)',
      'return',
    ].join('\n');
    expect(rewriteReturns(code).split('\n')).toEqual([
      'if err != nil {',
      '    dhReturn(err)',
      '}',
      'f := func() error {',
      '    return nil',
      '}',
      'dhReturn(fmt.Errorf("x: %w",',
      '    err))',
      'dhReturn()',
    ]);
  });

  it('ignores `return` in strings and comments, and func types without a body', () => {
    expect(rewriteReturns('s := "return x" // return y\nvar g func() error\nreturn g()')).toBe(
      's := "return x" // return y\nvar g func() error\ndhReturn(g())',
    );
  });

  it('ends a rewritten return before a trailing comment, not inside it', () => {
    expect(rewriteReturns('if err != nil {\n    return err // the page handles it\n}')).toBe('if err != nil {\n    dhReturn(err) // the page handles it\n}');
  });
});

describe('Go: one program per page', () => {
  it("nests each snippet in the previous one's block, so later snippets see earlier names and may := them again", () => {
    const { source } = assembleGo(
      [
        { id: 'a/go', code: 'x := 1' },
        { id: 'b/go', code: 'x := 2\nfmt.Println(x)' },
      ],
      state,
    );
    const body = source.slice(source.indexOf('func dhProgram'));
    expect(body).toMatch(/dhStart\(0\)\n\t\{\nx := 1\n\tdhEnd\(0\)\n\tdhStart\(1\)\n\t\{\nx := 2\nfmt\.Println\(x\)\n\tdhEnd\(1\)\n\t\}\n\t\}\n\}/);
  });

  it("keeps what an import alias means inside its own snippet: the page's `client` variable is untouched elsewhere", () => {
    const units = [
      { id: 'a/go', code: 'import "github.com/milvus-io/milvus/client/v2/milvusclient"\nclient, err := milvusclient.New(ctx, nil)' },
      { id: 'b/go', code: 'import (\n    client "github.com/milvus-io/milvus/client/v2/milvusclient"\n)\nopt := client.NewHasCollectionOption("c")' },
      { id: 'c/go', code: 'has, err := client.HasCollection(ctx, opt)' },
    ];
    const { source } = assembleGo(units, state);
    expect(source).toContain('\t"github.com/milvus-io/milvus/client/v2/milvusclient"\n)');
    expect(source).toContain('opt := milvusclient.NewHasCollectionOption("c")');
    expect(source).toContain('has, err := client.HasCollection(ctx, opt)');
  });

  it('renames an import whose name the page uses for a variable, in that snippet only', () => {
    const units = [{ id: 'a/go', code: 'import "github.com/milvus-io/milvus/client/v2"\nclient.NewLoadCollectionOption("c")' }];
    const { source } = assembleGo(units, state);
    expect(source).toContain('dh0_client "github.com/milvus-io/milvus/client/v2"');
    expect(source).toContain('dh0_client.NewLoadCollectionOption("c")');
    expect(source).toContain('func dhProgram(ctx dhContext, cli *dhClient, client *dhClient) {');
  });

  it('adds the imports the harness decided on, and finds the names a snippet declares', () => {
    const { source } = assembleGo([{ id: 'a/go', code: 'fmt.Println(1)' }], { ...state, added: new Set(['"fmt"']) });
    expect(source).toContain('import (\n\t"fmt"\n)');
    expect([...declaredNames('schema := x\nres, err := f()\nvar idx = 1\n  if a := 1; a > 0 {')]).toEqual(['schema', 'res', 'idx']);
  });
});

describe('go build output parser', () => {
  it('reads main.go diagnostics with their lines, ignoring other files and notes', () => {
    const output = [
      '# docsharness',
      './main.go:12:2: "log" imported and not used',
      './main.go:30:5: declared and not used: unused',
      './harness.go:3:1: something else',
      'main.go:41:9: undefined: fmt',
      'note: module requires Go 1.24',
    ].join('\n');
    expect(parseGoErrors(output)).toEqual([
      { line: 12, message: '"log" imported and not used' },
      { line: 30, message: 'declared and not used: unused' },
      { line: 41, message: 'undefined: fmt' },
    ]);
  });
});
