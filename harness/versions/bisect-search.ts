// Binary search for the first item after the first whose answer differs from the first's (one change assumed, as
// git bisect assumes one; each item is asked at most once). An item that cannot be tested is left out, as
// `git bisect skip` does, and the search goes on among the others.

/** What the search found: the last item like the first and the first unlike it (undefined: the last is like the first). */
export interface BisectResult<T> {
  readonly lastUnchanged: T;
  readonly firstChanged?: T;
  /** Items that could not be tested (left out of the search). */
  readonly skipped: readonly T[];
}

/**
 * Searches `items` (at least two, the first already known) with `same(item)`: true when the item answers as the first
 * did, false when not, undefined when it cannot be tested.
 */
export async function bisectSearch<T>(items: readonly T[], same: (item: T) => Promise<boolean | undefined>): Promise<BisectResult<T>> {
  if (items.length < 2) throw new Error('bisect needs at least two items');
  const left = [...items];
  const skipped: T[] = [];
  let low = 0;
  let high = left.length - 1;
  // The last testable item decides whether there is a change at all.
  for (;;) {
    const answer = await same(left[high]!);
    if (answer === true) return { lastUnchanged: left[high]!, skipped };
    if (answer === false) break;
    skipped.push(left.splice(high, 1)[0]!);
    high -= 1;
    if (high === low) return { lastUnchanged: left[low]!, skipped };
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const answer = await same(left[middle]!);
    if (answer === undefined) {
      skipped.push(left.splice(middle, 1)[0]!);
      high -= 1;
    } else if (answer) low = middle;
    else high = middle;
  }
  return { lastUnchanged: left[low]!, firstChanged: left[high]!, skipped };
}
