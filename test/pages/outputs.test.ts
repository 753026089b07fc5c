import { describe, expect, it } from 'vitest';
import { splitOutputs } from '../../harness/pages/outputs.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: 10 + i }));

describe('documented outputs split out of the code', () => {
  it('a headerless curl output written `## {…}` is an output, not code', () => {
    const split = splitOutputs(lines('curl --url "$U" -d \'{}\'\n\n## {\n##     "code": 0,\n##     "data": {"has": true}\n## }'));
    expect(split.code.map((l) => l.text).filter(Boolean)).toEqual(['curl --url "$U" -d \'{}\'']);
    expect(split.expected).toEqual([{ line: 12, text: '{\n    "code": 0,\n    "data": {"has": true}\n}', afterCodeLine: 2 }]);
  });

  it('`# Output` blocks and headerless `# {` blocks, with where they stand in the code', () => {
    const split = splitOutputs(lines('print(1)\n\n# Output\n#\n# 1\nprint(2)\n# {"a": 2}'));
    expect(split.expected.map((e) => [e.line, e.text, e.afterCodeLine])).toEqual([
      [12, '1', 2],
      [16, '{"a": 2}', 3],
    ]);
  });
});
