/**
 * Binary search over sorted lists, once for every reader that looks a position up: offsets of
 * pages, flows and text nodes, references and dates in text order, table rows.
 */

/**
 * How many leading items `before` holds for, in a list sorted so that it holds for a prefix and
 * fails for the rest (the "partition point"): where an item would be inserted, or one past the last
 * item at or before a value.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(items[mid] as T)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The last index in `starts` (ascending) whose value is ≤ `offset`, or -1. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  return partitionPoint(starts, (start) => start <= offset) - 1;
}
