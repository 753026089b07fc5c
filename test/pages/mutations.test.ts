import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../harness/pages/read-page.ts';
import { isHarnessError } from '../../harness/errors.ts';

const seed = readFileSync('docs/load-and-release.md', 'utf8');
const source = readFileSync('fixtures/pages/load-and-release.source.md', 'utf8');

/** A small deterministic PRNG so a failing mutant can be reproduced from its seed. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function readsOrFailsClearly(text: string, name: string): void {
  try {
    const page = parsePage(text, name);
    expect(page.groups.length + page.blocks.length).toBeGreaterThan(0);
  } catch (error) {
    if (!isHarnessError(error)) throw error;
    expect(error.message).toContain(name);
  }
}

describe('mutations of the seed never throw out of the reader', () => {
  it('random truncation', () => {
    const next = random(42);
    for (let i = 0; i < 60; i += 1) {
      const text = i % 2 === 0 ? seed : source;
      readsOrFailsClearly(text.slice(0, Math.floor(next() * text.length)), `truncated-${i}.md`);
    }
  });

  it('deleted closing tags', () => {
    const closers = [...seed.matchAll(/<\/(pre|code|div|span|h2|a|button)>/g)];
    const next = random(7);
    for (let i = 0; i < 60; i += 1) {
      const match = closers[Math.floor(next() * closers.length)]!;
      const text = seed.slice(0, match.index) + seed.slice(match.index + match[0].length);
      readsOrFailsClearly(text, `deleted-${i}.md`);
    }
  });

  it('a deleted </pre> is reported at the unclosed <pre> line', () => {
    const at = seed.indexOf('</code></pre>');
    expect(() => parsePage(seed.slice(0, at) + seed.slice(at + '</code></pre>'.length), 'p.md')).toThrow(/p\.md:45: malformed HTML: <(pre|code)>/);
  });

  it('shuffled tabs keep their languages and code', () => {
    const next = random(3);
    const blocks = [...seed.matchAll(/<pre><code[\s\S]*?<\/code><\/pre>\n/g)].map((m) => m[0]);
    const groupOf = (text: string) => [...text.matchAll(/<div class="multipleCode">[\s\S]*?<\/div>\n((?:<pre><code[\s\S]*?<\/code><\/pre>\n)+)/g)];
    let shuffled = seed;
    for (const group of groupOf(seed)) {
      const tabs = group[1]!.match(/<pre><code[\s\S]*?<\/code><\/pre>\n/g)!;
      const order = [...tabs].sort(() => next() - 0.5);
      shuffled = shuffled.replace(group[1]!, order.join(''));
    }
    expect(blocks).toHaveLength(15);
    const original = parsePage(seed, 'a.md');
    const page = parsePage(shuffled, 'b.md');
    const key = (p: typeof page) => p.groups.flatMap((g) => g.tabs.map((t) => `${t.lang}:${t.label}:${t.code}`)).sort();
    expect(key(page)).toEqual(key(original));
  });
});
