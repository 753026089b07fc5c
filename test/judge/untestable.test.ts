import { describe, expect, it } from 'vitest';
import { applyServerGaps, borrowGap, environmentGap, readerValueGap } from '../../harness/judge/server-gaps.ts';
import { definitionLine, markDependents } from '../../harness/judge/dependents.ts';
import type { Finding, Snippet, SnippetRun } from '../../harness/types.ts';
import { makeSnippet } from '../helpers.ts';
import { skipText } from '../../harness/skips.ts';

const reason = (r: SnippetRun) => (r.skip ? skipText(r.skip) : undefined);
const GAP = { code: 'server-gap', server: 'milvus-lite 3.2.2' } as const;

const run = (findings: Finding[], outcome: SnippetRun['outcome'] = 'error', id = 'a/python'): SnippetRun => ({
  id,
  outcome,
  stdout: '',
  stderr: '',
  durationMs: 0,
  findings,
});
const error = (line: number, message: string, kind: Finding['kind'] = 'runtime'): Finding => ({ kind, severity: 'error', line, message });
const snippet = (id: string, code: string, line: number): Snippet => makeSnippet(code, { id, lang: 'python', line, firstCodeLine: line });

describe('what cannot be tested here is skipped with its reason; nothing else is', () => {
  it('a server gap on milvus-lite, and the runtime errors that follow it in the snippet', () => {
    const gapped = applyServerGaps(run([error(10, 'MilvusLite does not support LoadPartitions: partition-level load'), error(12, 'AttributeError: x')]), true);
    expect(gapped).toMatchObject({ outcome: 'skipped', skip: { code: 'server-gap', gap: 'partition-load' } });
    expect(reason(gapped)).toMatch(/^milvus-lite 3\.2\.2 has no partition load\/release/);
    expect(gapped.findings).toEqual([expect.objectContaining({ kind: 'unsupported', severity: 'warning', line: 10 })]);
  });

  it('not on a real Milvus: there the same message is an error', () => {
    expect(applyServerGaps(run([error(10, 'MilvusLite does not support LoadPartitions')]), false).outcome).toBe('error');
  });

  it('an error before the gap, or a compile error, still fails the tab', () => {
    const both = applyServerGaps(run([error(5, 'SyntaxError: invalid syntax', 'syntax'), error(10, 'SearchRequest is missing placeholder_group')]), true);
    expect(both.outcome).toBe('error');
    expect(both.findings.map((f) => [f.kind, f.severity])).toEqual([
      ['syntax', 'error'],
      ['unsupported', 'warning'],
    ]);
  });

  it('packages the harness does not install, by name only; a misspelled module stays an error', () => {
    expect(environmentGap("ModuleNotFoundError: No module named 'torch'")).toMatchObject({ code: 'package-not-installed' });
    expect(skipText(environmentGap("ModuleNotFoundError: No module named 'torch'")!)).toMatch(/needs the Python package `torch`/);
    expect(environmentGap("ModuleNotFoundError: No module named 'pymilvuss'")).toBeUndefined();
    expect(skipText(environmentGap('import io.milvus.bulkwriter.LocalBulkWriter: package io.milvus.bulkwriter does not exist')!)).toMatch(
      /milvus-sdk-java-bulkwriter/,
    );
  });

  it('values the page leaves to the reader, in any language and case; an ordinary name stays an error', () => {
    expect(readerValueGap("NameError: name 'your_query_vector' is not defined")).toEqual({ code: 'reader-value', name: 'your_query_vector' });
    expect(skipText(readerValueGap("NameError: name 'your_query_vector' is not defined")!)).toMatch(/a value the page leaves to the reader/);
    expect(readerValueGap('ReferenceError: queryVector is not defined')).toBeDefined();
    expect(readerValueGap('cannot find symbol: variable COLLECTION_NAME')).toBeDefined();
    expect(readerValueGap("NameError: name 'clinet' is not defined")).toBeUndefined();
  });

  it('a collection the page assumes and nobody declares is untested; any other collection error is an error', () => {
    const message = "MilvusException: (code=100, message=collection 'product_catalog' does not exist)";
    const skipped = applyServerGaps(run([error(3, message)]), true, new Set(['product_catalog']));
    expect(skipped.skip).toEqual({ code: 'no-fixture', collection: 'product_catalog' });
    expect(reason(skipped)).toMatch(/assumes collection `product_catalog`/);
    expect(applyServerGaps(run([error(3, message)]), true, new Set()).outcome).toBe('error');
  });

  it("Java's unreadable error borrows the gap the same step shows in another language", () => {
    const java = run(
      [error(7, "MilvusClientException: java.lang.IllegalArgumentException: Can't get the number of an unknown enum value.")],
      'error',
      'a/java',
    );
    const python: SnippetRun = { ...run([], 'skipped'), skip: { ...GAP, gap: 'varchar-auto-id', feature: 'auto id on a VARCHAR primary key' } };
    const borrowed = borrowGap(java, [python]);
    expect(borrowed).toMatchObject({ outcome: 'skipped', skip: { code: 'server-gap', gap: 'varchar-auto-id', borrowed: true } });
    expect(reason(borrowed)).toContain('has no auto id on a VARCHAR primary key');
    expect(borrowGap(java, [{ ...run([], 'skipped'), skip: { code: 'reader-value', name: 'milvus_lite_vector' } }]).outcome).toBe('error');
    expect(borrowGap(java, [run([])]).outcome).toBe('error');
  });
});

describe('dependents of a failed or skipped snippet', () => {
  it('finds where a snippet defines a name', () => {
    expect(definitionLine('import pytz\ntz = pytz.utc', 'pytz')).toBe(1);
    expect(definitionLine('x = 1\nschema, idx = f()', 'idx')).toBe(2);
    expect(definitionLine('List<String> names = new ArrayList<>();', 'names')).toBe(1);
    expect(definitionLine('const { MilvusClient } = require("x");', 'MilvusClient')).toBe(1);
    expect(definitionLine('print(schema)', 'schema')).toBeUndefined();
  });

  it('a snippet that fails only on a name an earlier failed or skipped snippet defines is skipped, naming it', () => {
    const snippets = [
      snippet('one/python', 'import datasets\ndocs = datasets.load()', 10),
      snippet('two/python', 'print(len(docs))', 20),
      snippet('three/python', 'print(nope)', 30),
    ];
    const runs = [
      { ...run([], 'skipped', 'one/python'), skip: { code: 'package-not-installed', package: 'datasets' } } as SnippetRun,
      run([error(20, "NameError: name 'docs' is not defined")], 'error', 'two/python'),
      run([error(30, "NameError: name 'nope' is not defined")], 'error', 'three/python'),
    ];
    const marked = markDependents(snippets, runs);
    expect(marked[1]).toMatchObject({
      outcome: 'skipped',
      findings: [],
      skip: { code: 'depends-on-failed', from: { id: 'one/python', line: 11 }, name: 'docs', notRun: true },
    });
    expect(reason(marked[1]!)).toBe('not run: it uses `docs`, declared at line 11 (one/python), which was not run');
    expect(marked[2]!.outcome).toBe('error');
  });
});

describe('what a gap does not hide', () => {
  it('a missing package explains its classes, not an undefined variable; a borrowed gap never hides a compile error', () => {
    const bulk = run([
      error(3, 'import io.milvus.bulkwriter.LocalBulkWriter: package io.milvus.bulkwriter does not exist', 'compile'),
      error(5, 'cannot find symbol: class LocalBulkWriter', 'compile'),
      error(6, 'cannot find symbol: variable schema', 'compile'),
    ]);
    const gapped = applyServerGaps(bulk, true);
    expect(gapped.outcome).toBe('error');
    expect(gapped.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ line: 6, message: 'cannot find symbol: variable schema' }),
    ]);
    const java = run([error(4, "';' expected", 'compile'), error(7, "Can't get the number of an unknown enum value.")], 'error', 'a/java');
    const python: SnippetRun = { ...run([], 'skipped'), skip: { ...GAP, gap: 'random-sample', feature: 'RANDOM_SAMPLE filter' } };
    const borrowed = borrowGap(java, [python]);
    expect(borrowed.outcome).toBe('error');
    expect(borrowed.findings.map((f) => [f.kind, f.severity])).toEqual([
      ['compile', 'error'],
      ['unsupported', 'warning'],
    ]);
  });
});

describe('blocks outside the code tabs', () => {
  it("a lone block that does not parse is a warning (an illustration, or a broken example); a tab's syntax error is an error", async () => {
    const { judgePage } = await import('../../harness/judge/judge-page.ts');
    const lone = snippet('a/python', 'field > 10 and', 10);
    const page = { path: 'p.md', id: 'p.md', title: 'P', format: 'markdown' as const, sections: [], groups: [], blocks: [] };
    const syntax = run([error(10, 'SyntaxError: invalid syntax', 'syntax')]);
    const judged = judgePage(page, [lone], new Map([['a/python', syntax]]), new Map(), { strict: false, filtered: true });
    expect(judged.results[0]!.findings).toEqual([
      expect.objectContaining({ kind: 'syntax', severity: 'warning', message: expect.stringContaining("a block outside the page's code tabs") }),
    ]);
    const tabbed = judgePage({ ...page, groups: [{ line: 9, section: undefined, tabs: [lone] }] }, [lone], new Map([['a/python', syntax]]), new Map(), {
      strict: false,
      filtered: true,
    });
    expect(tabbed.results[0]!.status).toBe('fail');
  });
});

describe('what a snippet declares', () => {
  it('a keyword argument or an object key inside an open call is not a declaration', () => {
    expect(definitionLine('client.load_collection(\n    collection_name="quick_setup",\n)', 'collection_name')).toBeUndefined();
    expect(definitionLine('res = client.search(\n    data=[[0.1, 0.2]],\n    limit=3)\nlimit = 5', 'limit')).toBe(4);
    expect(definitionLine('print("(")\nschema = make()', 'schema')).toBe(2);
  });
});
