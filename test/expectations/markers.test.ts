import { describe, expect, it } from 'vitest';
import { markersOf, parseExpectations } from './markers.ts';

const page = (...lines: string[]) => parseExpectations(lines.join('\n'), 'p.md');

describe('expectation markers', () => {
  it('reads a trailing comment in the line’s own language, at that line, error by default', () => {
    const { markers } = page('x = 1', 'raise ValueError("planted")  # expect: runtime /^ValueError: planted$/', 'null.boom; // expect: syntax');
    expect(markers).toEqual([
      { line: 2, at: 2, kind: 'runtime', severity: 'error', pattern: /^ValueError: planted$/ },
      { line: 3, at: 3, kind: 'syntax', severity: 'error' },
    ]);
  });

  it('reads an HTML comment on a prose or group line, with severity, flags and the tab', () => {
    const { markers } = page('<div class="multipleCode"> <!-- expect: missing-tab warning /NO PYTHON/i in page -->');
    expect(markers).toEqual([{ line: 1, at: 1, kind: 'missing-tab', severity: 'warning', pattern: /NO PYTHON/i, tab: 'page' }]);
  });

  it('moves a marker by @+n/@-n to a line that cannot carry one, and reads several on one line', () => {
    const { markers } = page('a', 'b', 'print(res)  # expect@+2: output-mismatch expect@-1: lint warning /a b/ in x/python');
    expect(markers.map((m) => [m.at, m.line, m.kind, m.severity, m.tab])).toEqual([
      [3, 5, 'output-mismatch', 'error', undefined],
      [3, 2, 'lint', 'warning', 'x/python'],
    ]);
  });

  it('keeps escaped slashes and slashes in character classes inside the pattern', () => {
    const [marker] = page('x // expect: compile /a\\/b[/]c/').markers;
    expect(marker!.pattern!.source).toBe('a\\/b[/]c');
  });

  it('keeps variant markers apart: a test that makes the variant checks them', () => {
    const expectations = page('f(  # expect(missing-method): runtime', 'g()  # expect: lint warning', 'h  // expect(node-2.6.11)@-1: state');
    expect(markersOf(expectations).map((m) => m.kind)).toEqual(['lint']);
    expect(markersOf(expectations, 'missing-method').map((m) => [m.line, m.kind])).toEqual([[1, 'runtime']]);
    expect(markersOf(expectations, 'node-2.6.11').map((m) => [m.line, m.kind])).toEqual([[2, 'state']]);
  });

  it('reads the flags a page asks for, and ignores comments that are not markers', () => {
    const expectations = page('Prose. <!-- expect-args: --lang python,node --timeout 4 -->', '# Output', '// we expect this to work', 'x = "# expect"');
    expect(expectations).toEqual({ markers: [], args: ['--lang', 'python,node', '--timeout', '4'] });
  });

  it.each([
    ['x  # expect: runtimes', /p\.md:1: unknown finding kind `runtimes`/],
    ['x  # expect: runtime /unclosed', /p\.md:1: the pattern \/unclosed is never closed/],
    ['x  # expect: runtime /a/g', /flags g and y/],
    ['x  # expect: runtime error extra words', /p\.md:1: cannot read `extra words`/],
    ['x  # expect(bad variant): runtime', /p\.md:1: malformed expectation marker/],
  ])('a malformed marker throws, naming its line: %s', (line, message) => {
    expect(() => page(line)).toThrow(message);
  });
});
