import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, partitionPoint } from '../../lib/extract/text/sorted';

describe('sorted lists', () => {
  it('finds the partition point: how many items come before', () => {
    const starts = [0, 10, 10, 25];
    expect([-1, 0, 9, 10, 24, 25, 99].map((v) => partitionPoint(starts, (s) => s <= v))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(partitionPoint([], () => true)).toBe(0);
  });

  it('finds the last start at or before an offset, -1 before the first', () => {
    expect([-5, 0, 12, 30].map((v) => lastAtOrBefore([0, 10, 25], v))).toEqual([-1, 0, 1, 2]);
    expect(lastAtOrBefore([], 3)).toBe(-1);
  });
});
