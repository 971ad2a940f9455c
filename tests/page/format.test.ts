import { describe, expect, it } from 'vitest';
import { formatDateValue } from '../../lib/page/format';

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
