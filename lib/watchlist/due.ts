/**
 * Calendar arithmetic for deadlines, pure: what "today" is where the user is, what falls due in
 * their window, when the next daily reminder is. Dates are ISO `YYYY-MM-DD` strings compared as
 * text; "now" is always passed in, so tests fix the clock and the time zone.
 */
import type { Recurrence } from '../extract/types';
import type { WatchItem } from './types';

export const DEFAULT_REMINDER_DAYS = 7;

/** The calendar day of `now` in the machine's time zone, as ISO. */
export function localDay(now: Date = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/** ISO date `days` after `iso` (calendar arithmetic, so month and year ends just work). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type Urgency = 'overdue' | 'soon';

/** `overdue` before today, `soon` from today to `days` days on, for open items with a due date. */
export function urgencyOf(
  item: Pick<WatchItem, 'status' | 'due'>,
  today: string,
  days = DEFAULT_REMINDER_DAYS,
): Urgency | null {
  if (item.status !== 'open' || !item.due) return null;
  if (item.due < today) return 'overdue';
  return item.due <= addDays(today, days) ? 'soon' : null;
}

/** True while the user has put off the item's reminders ("nhắc lại sau"): until the day before `snoozedUntil`. */
export function isSnoozed(item: Pick<WatchItem, 'snoozedUntil'>, today: string): boolean {
  return !!item.snoozedUntil && item.snoozedUntil > today;
}

/** The moment of the next `HH:MM` in the machine's time zone strictly after `now` (epoch ms). */
export function nextDailyAt(now: Date, time: string): number {
  const [hours, minutes] = parseTime(time);
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes);
  // Step by calendar day, not by 24 h, so a daylight-saving change does not shift the hour.
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime();
}

/** True once today's `HH:MM` has passed (local time). */
export function isPastTimeToday(now: Date, time: string): boolean {
  const [hours, minutes] = parseTime(time);
  return now.getHours() * 60 + now.getMinutes() >= hours * 60 + minutes;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a 24-hour `HH:MM`, as `<input type="time">` gives it. */
export function isValidTime(time: string): boolean {
  return TIME.test(time);
}

/** `HH:MM` as numbers; anything else reads as 08:00. */
export function parseTime(time: string): [number, number] {
  const match = TIME.exec(time);
  return match ? [Number(match[1]), Number(match[2])] : [8, 0];
}

export type Period = 'day' | 'month' | 'quarter' | 'year' | 'range';

/**
 * How much of the calendar a date value names: a deadline without a day ("tháng 12/2020",
 * "quý IV/2020", "năm 2030") falls due on the last day of its period, and the UI says so.
 */
export function periodOf(value: string | undefined): Period {
  if (!value || /^(\d{4}|-)-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^(\d{4}|-)-\d{2}$/.test(value)) return 'month';
  if (/^(\d{4}|-)-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  return 'range';
}

/** The first day of the period a day-less value names (`2027-Q2` → `2027-04-01`), or null. */
export function periodStart(value: string | undefined): string | null {
  const month = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (month) return `${month[1]}-${month[2]}-01`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value ?? '');
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}-01`;
  const year = /^(\d{4})$/.exec(value ?? '');
  return year ? `${year[1]}-01-01` : null;
}

/**
 * Whether a day-less deadline is due before its period starts ("trước quý II/2027" → 31/03/2027)
 * or within it ("trong quý II/2027" → 30/06/2027): the words shown with the date must agree with it.
 */
export function dueIsBeforePeriod(value: string | undefined, due: string): boolean {
  const start = periodStart(value);
  return start !== null && due < start;
}

/** Days in a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isoOf = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;

/**
 * The first day on or after `from` (ISO) on which a recurring deadline falls due: "trước ngày 20
 * hằng tháng" → the 20th of this month or the next; a month without that day takes its last day.
 * Without a named day a period's deadline is its last day (monthly: month end; quarterly: quarter
 * end; yearly: 31/12, or the named month's end); "hằng quý … ngày 15" is the 15th of the quarter's
 * last month. Weekly without a weekday has no knowable day: null.
 */
export function nextOccurrence(recurrence: Recurrence, from: string): string | null {
  const [year, month] = from.split('-').map(Number) as [number, number];
  const candidates: string[] = [];
  for (const y of [year, year + 1]) {
    if (recurrence.every === 'day') return from;
    if (recurrence.every === 'week') return null;
    if (recurrence.every === 'month') {
      for (const m of [month, month + 1]) {
        const [yy, mm] = m > 12 ? [y + 1, m - 12] : [y, m];
        candidates.push(isoOf(yy, mm, recurrence.day ?? 31));
      }
    } else if (recurrence.every === 'quarter') {
      for (const last of [3, 6, 9, 12]) candidates.push(isoOf(y, last, recurrence.day ?? 31));
    } else {
      candidates.push(isoOf(y, recurrence.month ?? 12, recurrence.day ?? 31));
    }
  }
  return candidates.sort().find((day) => day >= from) ?? null;
}
