/**
 * What each column of the watchlist table says about an item, in one place, so the table shows,
 * sorts and groups by the very same values. Pure.
 */
import { isSnoozed, urgencyOf } from './due';
import { describeDocument } from './format';
import type { WatchItem } from './types';

/** The table's sortable columns, in their order on the page. */
export const COLUMNS = ['due', 'task', 'owners', 'document', 'site', 'status'] as const;
export type Column = (typeof COLUMNS)[number];

/** What a column's value depends on besides the item: the day, the reminder window, the language. */
export interface ColumnContext {
  today: string;
  reminderDays: number;
  lang: 'vi' | 'en';
  /** Saved documents' codes as first written, by key (see `documentCodes`). */
  codes?: ReadonlyMap<string, string>;
}

/** "Việc": a deadline's task (else its sentence); a document's type and issuer in words. */
export function taskOf(item: WatchItem, lang: 'vi' | 'en'): string {
  if (item.kind === 'document') return describeDocument(item, lang).join(' · ');
  return item.task || item.sentence || '';
}

/**
 * "Văn bản": a document's code; for a date, the document it belongs to. A date names its document
 * by key ("5/CT-TTG"); when that document is saved too, its code as written ("05/CT-TTg") is shown.
 */
export function documentOf(item: WatchItem, codes?: ReadonlyMap<string, string>): string {
  if (item.kind === 'document') return item.text;
  return item.documentKey ? (codes?.get(item.documentKey) ?? item.documentKey) : '';
}

/** The code as first written of every saved document, by key. */
export function documentCodes(items: readonly WatchItem[]): Map<string, string> {
  const codes = new Map<string, string>();
  for (const item of items) if (item.kind === 'document') codes.set(item.key, item.text);
  return codes;
}

/** The day an item is due, '' for none: a document's issue date is not a due date, so it sorts last. */
export function dayOf(item: WatchItem): string {
  return item.due ?? '';
}

export type StatusOf = 'overdue' | 'soon' | 'open' | 'snoozed' | 'done';

/** "Trạng thái", in the order a clerk works through it: overdue first, done last. */
export function statusOf(item: WatchItem, context: ColumnContext): StatusOf {
  if (item.status === 'done') return 'done';
  const urgency = urgencyOf(item, context.today, context.reminderDays);
  if (urgency) return urgency;
  return isSnoozed(item, context.today) ? 'snoozed' : 'open';
}

export const STATUS_RANK: Readonly<Record<StatusOf, number>> = { overdue: 0, soon: 1, open: 2, snoozed: 3, done: 4 };
