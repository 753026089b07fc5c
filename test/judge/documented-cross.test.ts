import { describe, expect, it } from 'vitest';
import { alignBlocks, firstMismatch, judgeDocumented, matchOptions } from '../../harness/judge/documented.ts';
import { segmentsMatch } from '../../harness/judge/normalise.ts';
import { factsIn } from '../../harness/judge/canonical.ts';
import { crossLanguage } from '../../harness/judge/cross-language.ts';
import { collectionNames } from '../../harness/run/state-oracle.ts';
import type { Lang, Snippet, SnippetRun } from '../../harness/types.ts';

function snippet(lang: Lang, code: string, expected: [number, string][] = [], id = `g/${lang}`): Snippet {
  return {
    id,
    section: 'g',
    sectionTitle: 'G',
    group: 0,
    lang,
    fence: lang,
    label: lang,
    code,
    codeLines: [10],
    line: 10,
    endLine: 20,
    placeholder: false,
    expected: expected.map(([line, text]) => ({ line, text, afterCodeLine: 0 })),
  };
}
const ran = (id: string, stdout: string): SnippetRun => ({ id, outcome: 'ok', stdout, stderr: '', durationMs: 1, findings: [] });

describe('documented vs actual', () => {
  it('checks several blocks in order', () => {
    expect(firstMismatch(['Success', 'LoadStateLoaded'], ['Success', 'LoadStateLoaded'])).toBe(-1);
    expect(firstMismatch(['Success', 'LoadStateLoaded'], ['Success', 'LoadStateNotLoad'])).toBe(1);
    expect(firstMismatch(['Success'], ['Success', 'extra'])).toBe(1);
  });

  it('reports a mismatch at the documented block line, with a diff', () => {
    const s = snippet('node', 'x', [
      [14, 'Success'],
      [20, 'LoadStateLoaded'],
    ]);
    const [finding] = judgeDocumented(s, ran(s.id, 'Success\nLoadStateNotLoad\n'));
    expect(finding).toMatchObject({ kind: 'output-mismatch', severity: 'error', line: 20 });
    expect(finding!.diff).toContain('-LoadStateLoaded\n+LoadStateNotLoad');
  });

  it('judges a snippet without documented output only on running cleanly', () => {
    expect(judgeDocumented(snippet('go', 'x'), ran('g/go', 'anything'))).toEqual([]);
  });
});

describe('canonical facts', () => {
  it('reads the load state as each SDK and REST spell it', () => {
    expect(factsIn("{'state': <LoadState: NotLoad>}", 'python', '')).toEqual([{ kind: 'load-state', value: 'released' }]);
    expect(factsIn('LoadStateLoaded', 'node', '')).toEqual([{ kind: 'load-state', value: 'loaded' }]);
    expect(factsIn('{"data": {"loadState": "LoadStateNotLoad"}}', 'curl', '')).toEqual([{ kind: 'load-state', value: 'released' }]);
    // No SDK or API prints `NotLoaded`: it is never mapped to a real value.
    expect(factsIn('{"data": {"loadState": "LoadStateNotLoaded"}}', 'curl', '')).toEqual([{ kind: 'load-state', value: 'unknown:NotLoaded' }]);
    expect(factsIn('true', 'java', 'client.getLoadState(req)')).toEqual([{ kind: 'load-state', value: 'loaded' }]);
    expect(factsIn('true', 'java', 'client.hasCollection(req)')).toEqual([{ kind: 'exists', value: 'yes' }]);
  });
});

describe('cross-language consistency', () => {
  const group = [
    snippet('python', 'p'),
    snippet('java', 'client.getLoadState(r)'),
    snippet('node', 'n'),
    { ...snippet('curl', 'c', [[55, '{"loadState": "LoadStateNotLoad"}']]) },
  ];

  it('names the language that disagrees with the rest', () => {
    const runs = new Map([
      ['g/python', ran('g/python', "{'state': <LoadState: Loaded>}")],
      ['g/java', ran('g/java', 'true')],
      ['g/node', ran('g/node', 'LoadStateNotLoad')],
      ['g/curl', { id: 'g/curl', outcome: 'skipped', stdout: '', stderr: '', durationMs: 0, findings: [] } as SnippetRun],
    ]);
    const findings = crossLanguage(group, runs, new Map());
    expect(findings.get('g/node')).toEqual([
      expect.objectContaining({ kind: 'cross-language', message: 'node prints load-state released, but python: loaded, java: loaded' }),
    ]);
    expect(findings.get('g/python')).toBeUndefined();
    // The curl tab could not run: its documented output is checked against what the others printed.
    expect(findings.get('g/curl')).toBeUndefined();
  });

  it('checks the documented output of a tab that could not run against the languages that did', () => {
    const runs = new Map([
      ['g/python', ran('g/python', "{'state': <LoadState: Loaded>}")],
      ['g/node', ran('g/node', 'LoadStateLoaded')],
      ['g/curl', { id: 'g/curl', outcome: 'skipped', stdout: '', stderr: '', durationMs: 0, findings: [] } as SnippetRun],
    ]);
    expect(crossLanguage(group, runs, new Map()).get('g/curl')).toEqual([expect.objectContaining({ kind: 'cross-language', line: 55 })]);
  });

  it('a documented value no SDK or API prints is an error, naming the exact spelling of the language', () => {
    const curl = { ...snippet('curl', 'c', [[77, '{"code": 0, "data": {"loadState": "LoadStateNotLoaded"}}']]) };
    const runs = new Map([
      ['g/python', ran('g/python', "{'state': <LoadState: NotLoad>}")],
      ['g/curl', { id: 'g/curl', outcome: 'skipped', stdout: '', stderr: '', durationMs: 0, findings: [] } as SnippetRun],
    ]);
    expect(crossLanguage([group[0]!, curl], runs, new Map()).get('g/curl')).toEqual([
      expect.objectContaining({
        kind: 'cross-language',
        line: 77,
        message:
          'the curl tab documents load-state `NotLoaded`, a value no SDK or API prints; curl prints `LoadStateLoaded`, `LoadStateNotLoad`, `LoadStateLoading`, `LoadStateNotExist` (the languages that ran give python: released)',
      }),
    ]);
  });

  it('compares server state after each snippet across languages', () => {
    const runs = new Map(['g/python', 'g/java', 'g/node'].map((id) => [id, ran(id, '')]));
    const state = (load: string) => new Map([['c1', { name: 'c1', exists: true, load, rowCount: 10 }]]);
    const findings = crossLanguage(
      group.slice(0, 3),
      runs,
      new Map([
        ['g/python', state('released')],
        ['g/java', state('released')],
        ['g/node', state('loaded')],
      ]),
    );
    expect(findings.get('g/node')).toEqual([expect.objectContaining({ kind: 'state', message: expect.stringContaining('collection c1 is loaded, 10 rows') })]);
  });

  it('finds the collections a snippet names', () => {
    expect(
      collectionNames(
        'client.load_collection(collection_name="a_1")\nGetLoadStateReq.builder().collectionName("b")\nNewLoadCollectionOption("c")\n"collectionName": "d"',
        new Set(['known']),
      ),
    ).toEqual(['a_1', 'b', 'c', 'd']);
  });
});

describe('outputs matched where they are written', () => {
  it('a block written after the second of two prints is compared with the second', () => {
    expect(alignBlocks([['2']], ['1', '2'], false)).toEqual({ kind: 'ok' });
    expect(alignBlocks([['1'], ['3']], ['1', '2', '3'], false)).toEqual({ kind: 'ok' });
    expect(alignBlocks([['9']], ['1', '2'], false)).toEqual({ kind: 'block', block: 0, from: 0 });
  });

  it('output after the last block is a mismatch only when no print comes after that block in the code', () => {
    expect(alignBlocks([['1']], ['1', '2'], false)).toEqual({ kind: 'extra', from: 1 });
    expect(alignBlocks([['1']], ['1', '2'], true)).toEqual({ kind: 'ok' });
  });

  it('lists an API returns in no order compare as sets; search hits by structure', () => {
    expect(matchOptions('client.list_aliases(collection_name="c")')).toEqual({ unordered: true, structural: false });
    expect(segmentsMatch('["bob", "alice"]', "['alice', 'bob']", { unordered: true })).toBe(true);
    expect(segmentsMatch('[bob, alice]', '[alice, bob]', { unordered: true })).toBe(true);
    expect(segmentsMatch('["bob", "alice"]', "['alice', 'bob']")).toBe(false);
    expect(matchOptions('res = client.search(collection_name="c", data=[[0.1]])').structural).toBe(true);
    expect(segmentsMatch('[{"id": 0, "distance": 0.9}]', '[{"id": 7, "distance": 0.12}]', { structural: true })).toBe(true);
    expect(segmentsMatch('[{"id": 0, "distance": 0.9}]', '[{"id": 7}]', { structural: true })).toBe(false);
    expect(segmentsMatch("data: [\"[{'id': 0, 'distance': 1.0}]\"]", "data: [\"[{'id': 4, 'distance': 0.25}]\"]", { structural: true })).toBe(true);
  });
});

describe('canonical facts beyond the load state', () => {
  it('existence, write counts and row counts, as each SDK and REST spell them', () => {
    expect(factsIn('True', 'python', 'client.has_collection("c")')).toEqual([{ kind: 'exists', value: 'yes' }]);
    expect(factsIn('{ status: {...}, value: false }', 'node', 'await client.hasCollection({})')).toEqual([{ kind: 'exists', value: 'no' }]);
    expect(factsIn('{"code":0,"data":{"has":true}}', 'curl', 'curl …/collections/has')).toEqual([{ kind: 'exists', value: 'yes' }]);
    expect(factsIn("{'insert_count': 10, 'ids': [0, 1]}", 'python', '')).toEqual([{ kind: 'insert-count', value: '10' }]);
    expect(factsIn('InsertResp(InsertCnt=10, primaryKeys=[0, 1])', 'java', '')).toEqual([{ kind: 'insert-count', value: '10' }]);
    expect(factsIn("{ succ_index: [], insert_cnt: '10' }", 'node', '')).toEqual([{ kind: 'insert-count', value: '10' }]);
    expect(factsIn('{"code":0,"data":{"insertCount":10}}', 'curl', '')).toEqual([{ kind: 'insert-count', value: '10' }]);
    expect(factsIn("{'row_count': 3}", 'python', '')).toEqual([{ kind: 'row-count', value: '3' }]);
  });

  it('a curl tab that could not run documents an insert count the other languages contradict', () => {
    const group = [snippet('python', 'client.insert()'), { ...snippet('curl', 'curl …/entities/insert', [[90, '{"code": 0, "data": {"insertCount": 3}}']]) }];
    const runs = new Map([
      ['g/python', ran('g/python', "{'insert_count': 10, 'ids': [0]}")],
      ['g/curl', { id: 'g/curl', outcome: 'skipped', stdout: '', stderr: '', durationMs: 0, findings: [] } as SnippetRun],
    ]);
    expect(crossLanguage(group, runs, new Map()).get('g/curl')).toEqual([
      expect.objectContaining({
        kind: 'cross-language',
        line: 90,
        message: 'the curl tab documents insert-count 3, but the languages that ran give python: 10',
      }),
    ]);
  });
});

describe('named normaliser extra-info', () => {
  it("pymilvus's `, extra_info: {...}` after query rows is not held against a page that documents the rows only", () => {
    const s = snippet('python', 'res = client.query(collection_name="c", filter="id > 0")\nprint(res)', [[40, 'data: ["{\'id\': 1}"]']]);
    expect(judgeDocumented(s, ran('g/python', "data: [\"{'id': 1}\"], extra_info: {'cost': 0}"))).toEqual([]);
    expect(judgeDocumented(s, ran('g/python', "data: [\"{'id': 2}\"], extra_info: {'cost': 0}"))).toHaveLength(1);
  });
});

describe('whitespace across lines', () => {
  it('a value printed on one line matches its pretty-printed documentation', () => {
    expect(segmentsMatch('data: [\n  "{\'pk\': 1}",\n  "{\'pk\': 2}"\n]', 'data: ["{\'pk\': 1}", "{\'pk\': 2}"]')).toBe(true);
    expect(segmentsMatch('data: [\n  "{\'pk\': 1}"\n]', 'data: ["{\'pk\': 3}"]')).toBe(false);
  });
});
