import type { Reference } from '../../lib/extract/types';
import type { FindingSummary, WatchItem } from '../../lib/watchlist/types';

/** The fields a reference test usually states; the rest are checked by dedicated tests. */
export type RefExpectation = Pick<Reference, 'text' | 'code' | 'key'> & Partial<Reference>;

/** An expected reference: spell out what matters, the matcher ignores the rest. */
export function ref(text: string, code: string, key: string, extra: Partial<Reference> = {}): RefExpectation {
  return { text, code, key, ...extra };
}

/** A finding as the popup and the watchlist receive it; a reference unless `over` says otherwise. */
export function findingSummary(watchKey: string, over: Partial<FindingSummary> = {}): FindingSummary {
  return {
    key: watchKey,
    watchKey,
    category: 'reference',
    text: watchKey,
    count: 1,
    first: 0,
    sentence: '',
    prefix: '',
    suffix: '',
    documentKey: null,
    ...over,
  };
}

/** A deadline finding due on `due`, written as `value` (a day-less deadline has its own value). */
export function deadlineSummary(watchKey: string, due: string, value = due, over: Partial<FindingSummary> = {}) {
  return findingSummary(watchKey, {
    category: 'deadline',
    text: value,
    date: { text: value, start: 0, end: 1, value, kind: 'deadline', due },
    ...over,
  });
}

/** A saved item with the bookkeeping fields filled in: an open document unless `over` says otherwise. */
export function watchItem(over: Partial<WatchItem> & Pick<WatchItem, 'key'>): WatchItem {
  return {
    kind: 'document',
    text: over.key,
    status: 'open',
    note: '',
    createdAt: 1,
    updatedAt: 1,
    search: '',
    site: '',
    ...over,
  };
}
