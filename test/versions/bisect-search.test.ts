import { describe, expect, it } from 'vitest';
import { bisectSearch } from '../../harness/versions/bisect-search.ts';

const RELEASES = ['2.6.0', '2.6.1', '2.6.2', '2.6.3', '2.6.4', '2.6.5', '2.6.6', '2.6.7', '2.6.9', '2.6.10'];

/** A search where the verdict changes at `change`, releases in `broken` cannot be tested; records what was asked. */
async function search(change: string | undefined, broken: string[] = []) {
  const asked: string[] = [];
  const result = await bisectSearch(RELEASES, async (release) => {
    asked.push(release);
    if (broken.includes(release)) return undefined;
    return change === undefined || RELEASES.indexOf(release) < RELEASES.indexOf(change);
  });
  return { result, asked };
}

describe('bisect search', () => {
  it('finds the first changed release in about log2(n) questions, asking each release once', async () => {
    for (const change of RELEASES.slice(1)) {
      const { result, asked } = await search(change);
      expect(result.firstChanged).toBe(change);
      expect(result.lastUnchanged).toBe(RELEASES[RELEASES.indexOf(change) - 1]);
      expect(asked.length).toBeLessThanOrEqual(5);
      expect(new Set(asked).size).toBe(asked.length);
    }
  });

  it('says nothing changed when the last release answers as the first', async () => {
    expect((await search(undefined)).result).toEqual({ lastUnchanged: '2.6.10', skipped: [] });
  });

  it('leaves out releases that cannot be tested and still finds the change among the others', async () => {
    const { result } = await search('2.6.5', ['2.6.4', '2.6.5']);
    expect(result.firstChanged).toBe('2.6.6');
    expect(result.lastUnchanged).toBe('2.6.3');
    expect(result.skipped).toEqual(expect.arrayContaining(['2.6.4', '2.6.5']));
    expect((await search('2.6.5', ['2.6.10'])).result).toMatchObject({ firstChanged: '2.6.5', skipped: ['2.6.10'] });
  });
});
