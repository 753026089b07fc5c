// Binary search for the first item after the first whose answer differs from the first's (one change assumed, as
// git bisect assumes one; each item is asked at most once).

/** What the search found: the last item like the first and the first unlike it (undefined: the last is like the first). */
export interface BisectResult<T> {
  readonly lastUnchanged: T;
  readonly firstChanged?: T;
}

/** Searches `items` (at least two) with `same(item)`: true when the item answers as the first did. */
export async function bisectSearch<T>(items: readonly T[], same: (item: T) => Promise<boolean>): Promise<BisectResult<T>> {
  if (items.length < 2) throw new Error('bisect needs at least two items');
  let low = 0;
  let high = items.length - 1;
  if (await same(items[high]!)) return { lastUnchanged: items[high]! };
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await same(items[middle]!)) low = middle;
    else high = middle;
  }
  return { lastUnchanged: items[low]!, firstChanged: items[high]! };
}
