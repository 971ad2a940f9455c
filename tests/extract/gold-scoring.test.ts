/**
 * The scorer the gold tests use, against the guidelines' suggested scoring: an owner matches when
 * its words equal the gold's or it covers at least half of the gold span; owners are right when
 * every gold owner is matched and at most one predicted owner matches none.
 */
import { describe, expect, it } from 'vitest';
import { ownersRight, taskOverlap } from '../helpers/gold';

const span = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('gold scoring', () => {
  it('lets one predicted owner that covers a split list match every gold member', () => {
    const gold = [span('ministries', 0), span('localities', 15)];
    expect(ownersRight(gold, [span('ministries and localities', 0)])).toBe(true);
  });

  it('fails a gold owner that no prediction covers by half, and more than one extra', () => {
    const gold = [span('Sở Nội vụ và Sở Tài chính', 0)];
    expect(ownersRight(gold, [span('Sở Nội vụ', 0)])).toBe(false);
    expect(ownersRight([span('Sở Y tế', 0)], [span('Sở Y tế', 0), span('Bộ', 20), span('Ban', 30)])).toBe(false);
    expect(ownersRight([span('Sở Y tế', 0)], [span('Sở Y tế', 0), span('Bộ', 20)])).toBe(true);
  });

  it('wants none where the gold names none', () => {
    expect(ownersRight([], [])).toBe(true);
    expect(ownersRight([], [span('Sở Y tế', 0)])).toBe(false);
  });

  it('measures tasks by token overlap', () => {
    expect(taskOverlap('gửi báo cáo về Sở', 'gửi báo cáo về Sở')).toBe(1);
    expect(taskOverlap('gửi báo cáo về Sở', 'tổng hợp số liệu')).toBe(0);
  });
});
