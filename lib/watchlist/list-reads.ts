/**
 * The watchlist's two summary reads over a list held in memory: the first open items in the
 * watchlist page's default order, and the due counts of the badge and the popup. The database
 * answers both from its indexes (db/watchlist.ts); these give the same answers from the items
 * themselves, for the moments when some of the list is not in the indexes yet (a restore being
 * settled, db/pending.ts). Pure.
 */
import { addDays } from './due';
import type { WatchItem } from './types';

/** What the watchlist page shows before it has read the whole list. */
export interface FirstItems {
  /** The first open items in the page's default order. */
  items: WatchItem[];
  /** The saved documents those items belong to, so their codes read as written. */
  documents: WatchItem[];
}

export interface DueSummary {
  /** The window the counts are for, in days from today. */
  days: number;
  overdue: number;
  dueSoon: number;
  /** Open deadlines overdue or due in the window that the user snoozed: in neither count above. */
  snoozed?: number;
  /** The next open deadlines that are not snoozed, soonest first (overdue ones first of all). */
  next: WatchItem[];
}

/**
 * The page's default order, as `sortItems` by due day gives it over the whole list: the due day
 * (undated last), then the newest saved, then the key (the order the whole list is read in).
 */
export function byDefaultOrder(a: WatchItem, b: WatchItem): number {
  const dayA = typeof a.due === 'string' && a.due ? a.due : '9999';
  const dayB = typeof b.due === 'string' && b.due ? b.due : '9999';
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** `items` without repeats, in the default order, the first `count`. */
export function headOf(items: readonly WatchItem[], count: number): WatchItem[] {
  const unique = new Map(items.map((item) => [item.key, item]));
  return [...unique.values()].sort(byDefaultOrder).slice(0, count);
}

/** The first `count` open items of `items` in the default order, with the documents they belong to. */
export function firstOpenOf(items: readonly WatchItem[], count: number): FirstItems {
  if (count <= 0) return { items: [], documents: [] };
  const head = headOf(
    items.filter((item) => item.status === 'open'),
    count,
  );
  const documentKeys = new Set(head.flatMap((item) => (item.documentKey ? [item.documentKey] : [])));
  const documents = items.filter((item) => item.kind === 'document' && documentKeys.has(item.key));
  return { items: head, documents };
}

/**
 * Open deadlines overdue before `today` and due within `days` days of it, snoozed ones counted
 * apart; `next` the soonest `limit` that are not snoozed. As the `[status+kind+due]` index reads
 * them: any string due day is in the index (an empty one sorts first), ties in key order.
 */
export function dueSummaryOf(items: readonly WatchItem[], today: string, days: number, limit: number): DueSummary {
  const horizon = addDays(today, days);
  const open = items
    .filter(
      (item): item is WatchItem & { due: string } =>
        item.status === 'open' && item.kind === 'deadline' && typeof item.due === 'string',
    )
    .sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const summary: DueSummary = { days, overdue: 0, dueSoon: 0, snoozed: 0, next: [] };
  for (const item of open) {
    // As the index read: an item snoozed but with an empty due day is not taken off.
    const snoozed = item.due !== '' && typeof item.snoozedUntil === 'string' && item.snoozedUntil > today;
    const window = item.due < today ? 'overdue' : item.due <= horizon ? 'dueSoon' : null;
    if (window && snoozed) summary.snoozed = (summary.snoozed ?? 0) + 1;
    else if (window) summary[window] += 1;
    if (!snoozed && summary.next.length < limit) summary.next.push(item);
  }
  return summary;
}
