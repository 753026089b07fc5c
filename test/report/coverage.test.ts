import { execaSync } from 'execa';
import { describe, expect, it } from 'vitest';
import { addCoverage, countCoverage, coverageOf, runCoverage, tabParity } from '../../harness/judge/coverage.ts';
import { coverageLine, reasonsText } from '../../harness/report/coverage-text.ts';
import { coverageGate } from '../../harness/commands/coverage-gate.ts';
import { minCoverage } from '../../harness/config/flag-values.ts';
import { GATE_FLAGS } from '../../harness/config/flags.ts';
import type { Coverage } from '../../harness/types.ts';
import { PAGE, RESULTS, report, result } from './coverage-samples.ts';

describe('counting coverage from results (data only: status and skip.code)', () => {
  it('counts program tabs, judged (pass or fail), not judged by reason code, and placeholders apart', () => {
    expect(countCoverage(RESULTS)).toEqual({
      programs: 11,
      judged: 6,
      notJudged: { 'server-gap': 2, 'no-rest-server': 1, 'depends-on-failed': 1, 'no-runner': 1 },
      placeholders: 1,
      missing: {},
    });
  });

  it('a placeholder is never a program tab, even when --strict fails it; a skip without a code is counted as unknown', () => {
    const strict = result('c/curl', 'curl', 'fail', { code: 'placeholder' });
    const bare = { ...result('d/node', 'node', 'skip'), skipReason: 'the server has no REST API' };
    expect(countCoverage([strict, bare])).toMatchObject({ programs: 1, judged: 0, placeholders: 1, notJudged: { unknown: 1 } });
  });

  it("tab parity: per language, the page's groups of two tabs or more without it", () => {
    expect(tabParity(PAGE)).toEqual({ python: 0, java: 0, node: 1, go: 1, curl: 1 });
  });

  it('a report without coverage (from before it was counted) is counted from its results, parity unknown', () => {
    expect(coverageOf(report('old.md', RESULTS))).toEqual(countCoverage(RESULTS));
    const given: Coverage = { programs: 1, judged: 1, notJudged: {}, placeholders: 0, missing: { go: 2 } };
    expect(coverageOf(report('new.md', RESULTS, given))).toBe(given);
  });

  it('adds up: pages split any way give the figures of all their results together (what merged shards rely on)', () => {
    const parity = tabParity(PAGE);
    const whole = countCoverage(RESULTS, parity);
    const split = [countCoverage(RESULTS.slice(0, 5), parity), countCoverage(RESULTS.slice(5), {})];
    const added = addCoverage(split);
    expect({ ...added, missing: {} }).toEqual({ ...whole, missing: {} });
    expect(added.missing).toEqual(parity);
    expect(runCoverage([report('a.md', RESULTS.slice(0, 7)), report('b.md', RESULTS.slice(7))])).toEqual(countCoverage(RESULTS));
    expect(addCoverage([])).toEqual({ programs: 0, judged: 0, notJudged: {}, placeholders: 0, missing: {} });
  });
});

describe('coverage in words', () => {
  const big: Coverage = {
    programs: 1617,
    judged: 1235,
    notJudged: { 'server-gap': 115, 'no-rest-server': 125, 'reader-value': 1, 'no-fixture': 40, 'package-not-installed': 101 },
    placeholders: 12,
    missing: { python: 0, java: 3, node: 1, go: 7, curl: 0 },
  };

  it('the console line: thousands separated, the share rounded down, reasons largest first, placeholders, parity', () => {
    expect(coverageLine(big)).toBe(
      'judged 1,235 of 1,617 program tabs (76 %); not judged: 125 no REST server, 115 server gaps, 101 packages not installed, 40 no fixture, 1 reader value; 12 placeholders; tab groups missing a language: 7 go, 3 java, 1 node',
    );
    expect(coverageLine({ ...big, judged: 1616, notJudged: { 'server-gap': 1 }, placeholders: 1, missing: {} })).toBe(
      'judged 1,616 of 1,617 program tabs (99 %); not judged: 1 server gap; 1 placeholder',
    );
    expect(coverageLine({ programs: 0, judged: 0, notJudged: {}, placeholders: 2, missing: {} })).toBe('no program tab to judge; 2 placeholders');
  });

  it('the largest reasons only, when asked', () => {
    expect(reasonsText(big, 2)).toBe('125 no REST server, 115 server gaps, …');
  });
});

describe('--min-coverage', () => {
  const reports = [report('a.md', RESULTS)]; // 6 of 11 judged: 54.5 %

  it('is declared once, and put on run and merge-reports (not on bisect)', () => {
    expect(GATE_FLAGS.map((f) => f.flags)).toEqual(['--min-coverage <percent>']);
    const help = (command: string) => execaSync('node', ['bin/docs-harness.mjs', command, '--help']).stdout;
    expect(help('run')).toContain('--min-coverage <percent>');
    expect(help('merge-reports')).toContain('--min-coverage <percent>');
    expect(help('bisect')).not.toContain('--min-coverage');
  });

  it('reads a percentage from 0 to 100, and nothing else', () => {
    expect(minCoverage(undefined)).toBeUndefined();
    expect([minCoverage('80'), minCoverage('72.5'), minCoverage('80%'), minCoverage('0'), minCoverage('100')]).toEqual([80, 72.5, 80, 0, 100]);
    for (const bad of ['101', '-1', 'abc', '', '1e2', '50 60'])
      expect(() => minCoverage(bad), bad).toThrow(`Bad \`--min-coverage ${bad}\`; expected a percentage of program tabs judged, from 0 to 100 (e.g. 80).`);
  });

  it('passes at or below the figure, and names the figure and the largest reasons above it', () => {
    expect(coverageGate(reports, undefined)).toBeUndefined();
    expect(coverageGate(reports, 54)).toBeUndefined();
    expect(coverageGate(reports, 0)).toBeUndefined();
    expect(coverageGate(reports, 55)).toBe(
      'judged 6 of 11 program tabs (54 %), below --min-coverage 55 %; not judged, largest first: 2 server gaps, 1 after a failed tab, 1 no REST server, …; exit 1.',
    );
  });

  it('a run with no program tab is left to the rule for runs that tested nothing', () => {
    expect(coverageGate([report('p.md', [result('c/curl', 'curl', 'skip', { code: 'placeholder' })])], 100)).toBeUndefined();
  });
});
