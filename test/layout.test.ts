// The floor plan holds: harness/'s folders (and top-level files) import each other in one direction only, with no
// circle, and no source file passes 250 lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const SOURCES = globSync(['harness/**/*.{ts,mjs,py,java,js,css,sh}', 'scripts/**/*.ts', 'test/**/*.ts'], { ignore: ['**/*.d.ts'] }).sort();

/** The room a harness file belongs to: its first folder under harness/, or the top-level file itself. */
const folder = (file: string) => path.posix.relative('harness', file).split('/')[0]!;

/** Import arrows of harness/ between rooms (`room`: a folder, or a file; type imports included: a shape is a dependency too). */
function arrows(room: (file: string) => string = folder): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of SOURCES.filter((f) => f.startsWith('harness/') && /\.(ts|mjs)$/.test(f))) {
    const from = room(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!));
      if (!target.startsWith('harness/')) continue;
      const to = room(target);
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** A circle in the graph, as the rooms around it, if there is one. */
function circle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const found = visit(node);
    if (found) return found;
  }
  return undefined;
}

describe('the floor plan', () => {
  it('harness/ folders import in one direction only: no circle between them', () => {
    const graph = arrows();
    expect(graph.size).toBeGreaterThan(10);
    expect(circle(graph)).toBeUndefined();
  });

  it('no two files of harness/ import each other, directly or round a loop', () => {
    expect(circle(arrows((file) => file))).toBeUndefined();
  });

  it('finds a circle when there is one (the check can fail)', () => {
    expect(
      circle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  it('no source file passes 250 lines', () => {
    const long = SOURCES.map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 })).filter((f) => f.lines > 250);
    expect(long).toEqual([]);
  });
});
