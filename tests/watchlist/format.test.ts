import { describe, expect, it } from 'vitest';
import { formatDateValue, formatPeriod } from '../../lib/watchlist/format';

describe('page/format', () => {
  it.each([
    ['2026-12-20', 'vi', '20/12/2026'],
    ['--11-19', 'vi', '19/11'],
    ['2026-12', 'vi', '12/2026'],
    ['2026-Q4', 'vi', 'quý 4/2026'],
    ['2026-Q4', 'en', 'Q4 2026'],
    ['--Q1', 'vi', 'quý 1'],
    ['2030', 'vi', '2030'],
    ['2021/2030', 'vi', '2021–2030'],
  ] as const)('%s (%s) → %s', (value, lang, expected) => {
    expect(formatDateValue(value, lang)).toBe(expected);
  });
});

describe('formatPeriod', () => {
  it('names the period a day-less deadline closes', () => {
    expect(formatPeriod('2020-12')).toBe('tháng 12/2020');
    expect(formatPeriod('2020-Q4')).toBe('quý 4/2020');
    expect(formatPeriod('2030')).toBe('năm 2030');
    expect(formatPeriod('2020-Q4', 'en')).toBe('Q4 2020');
    expect(formatPeriod('2020-12', 'en')).toBe('12/2020');
  });
});
