import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { runCli, tab } from './run-cli.ts';

describe('judging as the docs are read (fixtures/pages/judging-cases.md, real milvus-lite and SDKs)', () => {
  let report: PageReport;

  beforeAll(async () => {
    ({ report } = await runCli(['fixtures/pages/judging-cases.md', '--lang', 'python,node,go']));
  }, 900_000);

  it("a Node call whose returned status failed is a runtime error at the call, with the server's reason", () => {
    expect(tab(report, 'swallowed-errors/node').findings).toEqual([
      expect.objectContaining({
        kind: 'runtime',
        severity: 'error',
        line: 22,
        message: expect.stringMatching(/^describeAlias\(\) failed on the server: alias 'no_such_alias' does not exist \(CollectionNotExists\)/),
      }),
    ]);
  });

  it("a Go error that reaches an empty handler is a runtime error at the call, with the server's reason", () => {
    expect(tab(report, 'swallowed-errors/go').findings).toEqual([
      expect.objectContaining({
        kind: 'runtime',
        severity: 'error',
        line: 33,
        message: expect.stringMatching(/^alias 'no_such_alias' does not exist \(the error reached the snippet's `if err != nil` handler/),
      }),
    ]);
  });

  it('a block written after the second print is compared with the second print', () => {
    expect(tab(report, 'where-the-output-is-written/python')).toMatchObject({ status: 'pass', findings: [] });
  });

  it('lists an API returns in no order compare as sets', () => {
    expect(tab(report, 'unordered-lists/python')).toMatchObject({ status: 'pass', findings: [] });
    expect(tab(report, 'unordered-lists/node')).toMatchObject({ status: 'pass', findings: [] });
  });

  it('search hits compare by structure: made-up ids and distances pass, a wrong hit count does not, and says what was compared', () => {
    expect(tab(report, 'search-hits/python')).toMatchObject({ status: 'pass', findings: [] });
    expect(tab(report, 'wrong-hit-count/python').findings).toEqual([
      expect.objectContaining({
        kind: 'output-mismatch',
        line: 109,
        message: expect.stringContaining('search hits compared by structure (keys, types, counts)'),
      }),
    ]);
  });

  it('a snippet that ends in a bare expression shows its value, as a notebook would, when the page documents it', () => {
    expect(tab(report, 'a-bare-expression/python')).toMatchObject({ status: 'pass', findings: [] });
    expect(tab(report, 'a-bare-expression/python').stdout.trim()).toBe("['default']");
  });

  it('each bare expression a documented output follows shows its value, not only the last one', () => {
    expect(tab(report, 'bare-expressions-each-documented/python')).toMatchObject({ status: 'pass', findings: [] });
    expect(tab(report, 'bare-expressions-each-documented/python').stdout.trim()).toBe('True\nFalse');
  });
});
