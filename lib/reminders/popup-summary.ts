/**
 * The popup's "coming up" as a small stored summary: the counts by due bucket and the next few
 * deadlines with only the fields the popup shows. Every context that watches the watchlist for the
 * badge keeps it (`summary-store.ts`), so the popup can show it at its first render, without
 * loading the database code; the popup then reads the database and shows (and stores) the truth.
 * Pure: no browser API here.
 */
import type { Recurrence } from '../extract/types';
import type { WatchItem } from '../watchlist/types';

/** How many next deadlines the popup lists. */
export const COMING_UP_LIMIT = 5;

/** A deadline as the popup lists it. */
export type ComingUpItem = Pick<WatchItem, 'key' | 'text'> & {
  due?: string | null;
  value?: string;
  sentence?: string;
  recurrence?: Recurrence | null;
};

/** What "coming up" shows: `dueSummary`'s answer has this shape too. */
export interface ComingUpSummary {
  /** The window the counts are for, in days from today. */
  days: number;
  overdue: number;
  dueSoon: number;
  /** Open deadlines overdue or due in the window that the user snoozed: in neither count above. */
  snoozed?: number;
  next: ComingUpItem[];
}

/** The stored form: a summary is only true on the day it was counted. */
export interface PopupSummary extends ComingUpSummary {
  /** The local ISO day the counts were made on. */
  day: string;
}

/** The stored form of a summary counted on `day`, each item cut down to what the popup shows. */
export function popupSummaryOf(summary: ComingUpSummary, day: string): PopupSummary {
  return {
    day,
    days: summary.days,
    overdue: summary.overdue,
    dueSoon: summary.dueSoon,
    snoozed: summary.snoozed ?? 0,
    next: summary.next.map(({ key, text, due, value, sentence, recurrence }) => ({
      key,
      text,
      due: due ?? null,
      ...(value === undefined ? {} : { value }),
      ...(sentence === undefined ? {} : { sentence }),
      recurrence: recurrence ?? null,
    })),
  };
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * A stored value as the summary for `day` and a window of `days`, or undefined when it is not one
 * (absent, damaged, counted another day or for another window: shown, it would be wrong).
 */
export function summaryFor(stored: unknown, day: string, days: number): PopupSummary | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const summary = stored as Partial<PopupSummary>;
  if (summary.day !== day || summary.days !== days) return undefined;
  if (!isCount(summary.overdue) || !isCount(summary.dueSoon) || !isCount(summary.snoozed ?? 0)) return undefined;
  if (!Array.isArray(summary.next)) return undefined;
  const wellFormed = summary.next.every(
    (item: Partial<ComingUpItem> | null) =>
      typeof item === 'object' && item !== null && typeof item.key === 'string' && typeof item.text === 'string',
  );
  return wellFormed ? (summary as PopupSummary) : undefined;
}
