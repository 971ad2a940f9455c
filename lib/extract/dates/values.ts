/**
 * Date arithmetic for extracted dates: validity, year inference from a publication date, the value
 * string with its precision, and the due date of a deadline. Pure; `today` is never consulted.
 */

import type { DateMention } from '../types';
import type { DateCandidate } from './candidates';

const pad = (n: number) => String(n).padStart(2, '0');

export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** False for impossible parts: 31/2/2020, 32/1, month 13, quarter 5. */
export function isValidDate(date: DateCandidate): boolean {
  if (date.month !== null && (date.month < 1 || date.month > 12)) return false;
  if (date.quarter !== null && (date.quarter < 1 || date.quarter > 4)) return false;
  if (date.year !== null && (date.year < 1900 || date.year > 2100)) return false;
  if (date.day !== null) {
    if (date.day < 1) return false;
    if (date.month !== null && date.day > daysInMonth(date.month, date.year)) return false;
  }
  return true;
}

/**
 * The year for a date written without one, from the publication date `published` (ISO): its year,
 * except that a deadline long before the stamp means next year's date, and an event more than half
 * a year after it means last year's (a news page reports the recent past).
 */
export function inferYear(date: DateCandidate, published: string, deadline: boolean): number {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  if (date.month === null) return year;
  const daysAfterStamp = (date.month - month) * 31 + ((date.day ?? 1) - day);
  if (deadline && daysAfterStamp < -62) return year + 1; // "trước ngày 15/1" on a December page
  if (!deadline && daysAfterStamp > 183) return year - 1; // "Ngày 28/12" on a January page
  return year;
}

/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, `YYYY`, `YYYY/YYYY`; without a year `--MM-DD`, `--MM`, `--Qn`. */
export function formatValue(date: DateCandidate): string {
  const year = date.year === null ? '-' : String(date.year);
  switch (date.precision) {
    case 'years':
      return `${date.year}/${date.yearEnd}`;
    case 'year':
      return String(date.year);
    case 'quarter':
      return `${year}-Q${date.quarter}`;
    case 'month':
      return `${year}-${pad(date.month ?? 0)}`;
    default:
      return `${year}-${pad(date.month ?? 0)}-${pad(date.day ?? 0)}`;
  }
}

/**
 * The last day a deadline allows (ISO), or null when its year is unknown. A day is due on itself; a
 * month, quarter or year at its end ("hoàn thành trong tháng 12/2020" → 2020-12-31); "before" a
 * period means before it starts ("trước quý IV/2020" → 2020-09-30).
 */
export function dueDate(date: DateCandidate, beforePeriod: boolean): string | null {
  if (date.year === null) return null;
  const year = date.precision === 'years' ? (date.yearEnd as number) : date.year;
  if (date.precision === 'day') return `${year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
  const [firstMonth, lastMonth] =
    date.precision === 'month'
      ? [date.month ?? 1, date.month ?? 12]
      : date.precision === 'quarter'
        ? [((date.quarter ?? 1) - 1) * 3 + 1, (date.quarter ?? 4) * 3]
        : [1, 12];
  if (!beforePeriod) return `${year}-${pad(lastMonth)}-${pad(daysInMonth(lastMonth, year))}`;
  const [prevYear, prevMonth] = firstMonth === 1 ? [year - 1, 12] : [year, firstMonth - 1];
  return `${prevYear}-${pad(prevMonth)}-${pad(daysInMonth(prevMonth, prevYear))}`;
}

/** The document's own date among `dates`: its date line ("Hà Nội, ngày …") or stamp, as a full ISO day. */
export function publishedDayOf(dates: readonly DateMention[]): string | undefined {
  return dates.find((date) => date.kind === 'published' && /^\d{4}-\d\d-\d\d$/.test(date.value))?.value;
}
