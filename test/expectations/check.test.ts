import { describe, expect, it } from 'vitest';
import { checkMarkers, type ReportedFinding } from './check.ts';
import { parseExpectations } from './markers.ts';

const TABS = [
  { id: 'a/node', line: 10, endLine: 15 },
  { id: 'a/go', line: 17, endLine: 22 },
];

/** Markers written at the given page lines (1-based), the other lines empty. */
function markers(lines: Record<number, string>) {
  const text = Array.from({ length: 30 }, (_, i) => lines[i + 1] ?? '').join('\n');
  return parseExpectations(text).markers;
}

const finding = (line: number, kind: ReportedFinding['kind'], message: string, extra: Partial<ReportedFinding> = {}): ReportedFinding => ({
  kind,
  severity: 'error',
  line,
  message,
  ...extra,
});

describe('checking findings against markers', () => {
  it('passes when every marker is met and every finding that needs one is marked', () => {
    const found = [
      finding(12, 'runtime', 'describeAlias() failed', { id: 'a/node' }),
      finding(19, 'lint', 'added import "fmt"', { id: 'a/go', severity: 'warning' }),
      finding(9, 'missing-tab', 'no python tab', { severity: 'warning' }),
    ];
    const m = markers({ 12: 'x // expect: runtime /^describeAlias/', 19: 'y // expect: lint warning /"fmt"/' });
    expect(checkMarkers(m, found, TABS)).toEqual([]);
  });

  it('fails on a marker no finding meets: wrong line, kind, severity, pattern or tab', () => {
    const found = [finding(12, 'runtime', 'boom', { id: 'a/node' })];
    for (const marker of ['x // expect: syntax', 'x // expect: runtime warning', 'x // expect: runtime /bang/', 'x // expect: runtime in a/go']) {
      const problems = checkMarkers(markers({ 12: marker }), found, TABS);
      expect(problems[0]).toMatch(/^line 12: no .*; found there: runtime error "boom" \(a\/node\)$/);
      expect(problems[1]).toBe('line 12: runtime error "boom" (a/node) has no marker');
    }
    expect(checkMarkers(markers({ 13: 'x // expect: runtime' }), found, TABS)).toEqual([
      'line 12: runtime error "boom" (a/node) has no marker',
      'line 13: no runtime error in a/node (marker on line 13); no finding there',
    ]);
  });

  it('fails on an unmarked error, and on an unmarked warning of a tab unless only errors need markers', () => {
    const found = [finding(20, 'compile', 'undefined: x', { id: 'a/go' }), finding(21, 'lint', 'removed "log"', { id: 'a/go', severity: 'warning' })];
    expect(checkMarkers([], found, TABS)).toEqual([
      'line 20: compile error "undefined: x" (a/go) has no marker',
      'line 21: lint warning "removed \\"log\\"" (a/go) has no marker',
    ]);
    expect(checkMarkers([], found, TABS, 'errors')).toHaveLength(1);
  });

  it('leaves page-level warnings alone unless every finding must be marked (--strict)', () => {
    const found = [finding(5, 'lint', 'uses collection `nope`', { severity: 'warning' })];
    expect(checkMarkers([], found, TABS)).toEqual([]);
    expect(checkMarkers([], found, TABS, 'all')).toHaveLength(1);
  });

  it('meets each marker with its own finding: two markers need two findings', () => {
    const found = [finding(12, 'lint', 'import java.util.List;', { id: 'a/node', severity: 'warning' })];
    const two = markers({ 12: 'x // expect: lint warning /List/ expect: lint warning' });
    expect(checkMarkers(two, found, TABS)).toEqual([
      'line 12: no lint warning in a/node (marker on line 12); found there: lint warning "import java.util.List;" (a/node)',
    ]);
    const both = [...found, finding(12, 'lint', 'import java.util.Arrays;', { id: 'a/node', severity: 'warning' })];
    // The bare marker is matched last, so it does not take the finding the specific one needs.
    expect(checkMarkers(markers({ 12: 'x // expect: lint warning expect: lint warning /List/' }), both, TABS)).toEqual([]);
  });

  it('a page-level finding inside a tab meets a marker there; `in page` asks for one of no tab', () => {
    const found = [finding(13, 'lint', 'typo of `quick_setup`?', { severity: 'warning' })];
    expect(checkMarkers(markers({ 13: 'x // expect: lint warning' }), found, TABS)).toEqual([]);
    expect(checkMarkers(markers({ 13: 'x // expect: lint warning in page' }), found, TABS)).toEqual([]);
    expect(checkMarkers(markers({ 13: 'x // expect: lint warning in page' }), [{ ...found[0]!, id: 'a/node' }], TABS)).toHaveLength(2);
  });
});
