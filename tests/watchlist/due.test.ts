import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  dueIsBeforePeriod,
  isPastTimeToday,
  isSnoozed,
  localDay,
  nextDailyAt,
  nextOccurrence,
  periodOf,
  periodStart,
  urgencyOf,
} from '../../lib/watchlist/due';

const originalZone = process.env.TZ;
/** Runs `work` with the machine in time zone `zone` (Node re-reads TZ on every change). */
function inZone<T>(zone: string, work: () => T): T {
  process.env.TZ = zone;
  return work();
}
afterEach(() => {
  process.env.TZ = originalZone;
});

const open = (due: string) => ({ status: 'open' as const, due });

describe('due', () => {
  it('adds days across month ends, leap days and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-01-03', -7)).toBe('2026-12-27');
  });

  it('knows which day it is in Hà Nội and in UTC at the same instant', () => {
    const lateEvening = new Date('2026-12-31T18:30:00Z'); // 01:30 on 1 January in Hà Nội
    expect(inZone('Asia/Ho_Chi_Minh', () => localDay(lateEvening))).toBe('2027-01-01');
    expect(inZone('UTC', () => localDay(lateEvening))).toBe('2026-12-31');
    const morning = new Date('2026-03-01T00:30:00Z'); // 07:30 in Hà Nội, still 28 Feb nowhere
    expect(inZone('Asia/Ho_Chi_Minh', () => localDay(morning))).toBe('2026-03-01');
    expect(inZone('America/Los_Angeles', () => localDay(morning))).toBe('2026-02-28');
  });

  it('counts a deadline as due soon through the last day of the window, and overdue the day after', () => {
    const today = '2026-12-29';
    expect(urgencyOf(open('2026-12-28'), today)).toBe('overdue');
    expect(urgencyOf(open('2026-12-29'), today)).toBe('soon');
    expect(urgencyOf(open('2027-01-05'), today)).toBe('soon'); // 7 days on, across the year end
    expect(urgencyOf(open('2027-01-06'), today)).toBeNull();
    expect(urgencyOf(open('2027-01-06'), today, 8)).toBe('soon');
    expect(urgencyOf(open('2026-03-03'), '2026-02-28', 3)).toBe('soon'); // 28-day February
    expect(urgencyOf(open('2026-03-04'), '2026-02-28', 3)).toBeNull();
    expect(urgencyOf({ status: 'done', due: '2026-12-01' }, today)).toBeNull();
    expect(urgencyOf({ status: 'open', due: null }, today)).toBeNull();
  });

  it('the same deadline is overdue in Hà Nội and still due today in UTC at the same instant', () => {
    const now = new Date('2026-11-30T20:00:00Z'); // 03:00 on 1 December in Hà Nội
    expect(inZone('Asia/Ho_Chi_Minh', () => urgencyOf(open('2026-11-30'), localDay(now)))).toBe('overdue');
    expect(inZone('UTC', () => urgencyOf(open('2026-11-30'), localDay(now)))).toBe('soon');
  });

  it('schedules the next daily reminder at the chosen local time', () => {
    inZone('Asia/Ho_Chi_Minh', () => {
      const before = new Date('2026-12-31T00:30:00Z'); // 07:30 local
      expect(new Date(nextDailyAt(before, '08:00')).toISOString()).toBe('2026-12-31T01:00:00.000Z');
      const after = new Date('2026-12-31T01:00:00Z'); // exactly 08:00 local: the next one is tomorrow
      expect(new Date(nextDailyAt(after, '08:00')).toISOString()).toBe('2027-01-01T01:00:00.000Z');
      expect(isPastTimeToday(after, '08:00')).toBe(true);
      expect(isPastTimeToday(before, '08:00')).toBe(false);
    });
    inZone('UTC', () => {
      expect(new Date(nextDailyAt(new Date('2026-02-28T23:59:00Z'), '00:00')).toISOString()).toBe(
        '2026-03-01T00:00:00.000Z',
      );
    });
    // An unreadable time falls back to 08:00 rather than failing.
    inZone('UTC', () =>
      expect(new Date(nextDailyAt(new Date('2026-06-01T00:00:00Z'), '25:99')).toISOString()).toBe(
        '2026-06-01T08:00:00.000Z',
      ),
    );
  });

  it('keeps 08:00 at 08:00 across a daylight-saving change', () => {
    inZone('Europe/Berlin', () => {
      const saturday = new Date('2026-03-28T09:00:00+01:00'); // clocks go forward that night
      expect(new Date(nextDailyAt(saturday, '08:00')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    });
  });

  it('names the period of a deadline without a day', () => {
    expect(['2020-12-31', '--05-18', '2020-12', '--12', '2020-Q4', '--Q1', '2030', '2020/2025'].map(periodOf)).toEqual([
      'day',
      'day',
      'month',
      'month',
      'quarter',
      'quarter',
      'year',
      'range',
    ]);
  });

  it('tells a deadline due before its period from one due within it', () => {
    expect(periodStart('2027-Q2')).toBe('2027-04-01');
    expect(periodStart('2026-12')).toBe('2026-12-01');
    expect(periodStart('2030')).toBe('2030-01-01');
    expect(periodStart('2027-06-30')).toBeNull();
    expect(dueIsBeforePeriod('2027-Q2', '2027-03-31')).toBe(true); // "trước quý II/2027"
    expect(dueIsBeforePeriod('2027-Q2', '2027-06-30')).toBe(false); // "trong quý II/2027"
    expect(dueIsBeforePeriod('2026-12', '2026-12-31')).toBe(false);
  });
});

describe('isSnoozed', () => {
  it('is quiet until the day the snooze ends, and not without one', () => {
    expect(isSnoozed({ snoozedUntil: '2027-01-10' }, '2027-01-09')).toBe(true);
    expect(isSnoozed({ snoozedUntil: '2027-01-10' }, '2027-01-10')).toBe(false);
    expect(isSnoozed({ snoozedUntil: null }, '2027-01-09')).toBe(false);
    expect(isSnoozed({}, '2027-01-09')).toBe(false);
  });
});

describe('nextOccurrence', () => {
  const month20 = { every: 'month', day: 20, month: null } as const;
  it('monthly on a day: this month while it is still ahead, else the next; short months take their last day', () => {
    expect(nextOccurrence(month20, '2026-11-30')).toBe('2026-12-20');
    expect(nextOccurrence(month20, '2026-11-20')).toBe('2026-11-20');
    expect(nextOccurrence(month20, '2026-12-21')).toBe('2027-01-20');
    expect(nextOccurrence({ every: 'month', day: 31, month: null }, '2027-02-01')).toBe('2027-02-28');
    expect(nextOccurrence({ every: 'month', day: null, month: null }, '2028-02-10')).toBe('2028-02-29');
  });
  it('quarterly: the quarter end, or the named day of its last month', () => {
    expect(nextOccurrence({ every: 'quarter', day: null, month: null }, '2026-11-30')).toBe('2026-12-31');
    expect(nextOccurrence({ every: 'quarter', day: 15, month: null }, '2026-12-16')).toBe('2027-03-15');
  });
  it('yearly: the named day and month, this year or next; daily today; weekly unknowable', () => {
    expect(nextOccurrence({ every: 'year', day: 15, month: 6 }, '2026-11-30')).toBe('2027-06-15');
    expect(nextOccurrence({ every: 'year', day: null, month: null }, '2026-11-30')).toBe('2026-12-31');
    expect(nextOccurrence({ every: 'day', day: null, month: null }, '2026-11-30')).toBe('2026-11-30');
    expect(nextOccurrence({ every: 'week', day: null, month: null }, '2026-11-30')).toBeNull();
  });
});
