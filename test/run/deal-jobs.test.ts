import { describe, expect, it } from 'vitest';
import { dealJobs, type LanguageJob } from '../../harness/run/lanes.ts';
import type { Lang, Snippet } from '../../harness/types.ts';

function job(lang: Lang, snippets: number, k = 0): LanguageJob {
  return { lang, version: undefined, k, reported: Array.from({ length: snippets }, () => ({}) as Snippet) };
}

describe("sharing a page's runs between servers", () => {
  it('the costliest run (Java) gets a lane of its own; the rest share the other, in run order', () => {
    const jobs = [job('python', 3), job('java', 3), job('node', 3), job('go', 3), job('curl', 2)];
    const [a, b] = dealJobs(jobs, 2).map((lane) => lane.map((j) => j.lang));
    expect(a).toEqual(['java', 'curl']);
    expect(b).toEqual(['python', 'node', 'go']);
  });

  it('a drift matrix of one language is shared evenly; one lane runs everything in order', () => {
    const matrix = [0, 1, 2, 3].map((k) => job('python', 4, k));
    expect(dealJobs(matrix, 2).map((lane) => lane.map((j) => j.k))).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(dealJobs(matrix, 1)).toEqual([matrix]);
  });

  it('every job is dealt exactly once, whatever the count', () => {
    const jobs = [job('python', 1), job('java', 9), job('node', 2), job('go', 5)];
    for (const count of [1, 2, 3, 4])
      expect(
        dealJobs(jobs, count)
          .flat()
          .sort((x, y) => jobs.indexOf(x) - jobs.indexOf(y)),
      ).toEqual(jobs);
  });
});
