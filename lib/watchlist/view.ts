/**
 * What the watchlist page shows: the saved items filtered, searched and sorted. Pure, so the
 * rules are tested without a browser and the page stays a thin view over them.
 */

import { addDays } from './due';
import type { ItemKind, ItemStatus, WatchItem } from './types';
import { foldForSearch } from './watch-key';

export type SortKey = 'due' | 'saved' | 'code';

export interface WatchFilter {
  query: string;
  kind: ItemKind | 'all';
  status: ItemStatus | 'all';
  /** Inclusive ISO bounds on the due date; empty for none. */
  dueFrom: string;
  dueTo: string;
  site: string;
  /** Document type id, or '' for any. */
  type: string;
  /** Issuer code, or '' for any. */
  issuer: string;
  sort: SortKey;
}

export const DEFAULT_FILTER: WatchFilter = {
  query: '',
  kind: 'all',
  status: 'all',
  dueFrom: '',
  dueTo: '',
  site: '',
  type: '',
  issuer: '',
  sort: 'due',
};

/** Open deadlines overdue or due within `days` of `today`: what the badge and the reminder count. */
export function dueSoonFilter(today: string, days: number): WatchFilter {
  return { ...DEFAULT_FILTER, kind: 'deadline', status: 'open', dueFrom: '0000-01-01', dueTo: addDays(today, days) };
}

/** The items that pass `filter`, in its sort order. Search is accent-insensitive and needs every word. */
export function applyFilter(items: readonly WatchItem[], filter: WatchFilter): WatchItem[] {
  const words = foldForSearch(filter.query).split(' ').filter(Boolean);
  const kept = items.filter(
    (item) =>
      (filter.kind === 'all' || item.kind === filter.kind) &&
      (filter.status === 'all' || item.status === filter.status) &&
      (!filter.dueFrom || (item.due ?? '') >= filter.dueFrom) &&
      (!filter.dueTo || (!!item.due && item.due <= filter.dueTo)) &&
      (!filter.site || item.site === filter.site) &&
      (!filter.type || item.typeName?.id === filter.type) &&
      (!filter.issuer || (item.issuer ?? []).includes(filter.issuer)) &&
      words.every((word) => item.search.includes(word)),
  );
  return kept.sort(COMPARATORS[filter.sort]);
}

const byDue = (a: WatchItem, b: WatchItem) =>
  (a.due ?? '9999').localeCompare(b.due ?? '9999') || b.createdAt - a.createdAt;
const COMPARATORS: Readonly<Record<SortKey, (a: WatchItem, b: WatchItem) => number>> = {
  due: byDue,
  saved: (a, b) => b.createdAt - a.createdAt,
  code: (a, b) => a.text.localeCompare(b.text, 'vi', { numeric: true }),
};

/** The choices the filters offer, from what is saved. */
export function filterChoices(items: readonly WatchItem[]): {
  sites: string[];
  types: { id: string; vi: string; en: string }[];
  issuers: string[];
} {
  const sites = new Set<string>();
  const types = new Map<string, { id: string; vi: string; en: string }>();
  const issuers = new Set<string>();
  for (const item of items) {
    if (item.site) sites.add(item.site);
    if (item.typeName) types.set(item.typeName.id, item.typeName);
    for (const issuer of item.issuer ?? []) issuers.add(issuer);
  }
  return {
    sites: [...sites].sort(),
    types: [...types.values()].sort((a, b) => a.vi.localeCompare(b.vi, 'vi')),
    issuers: [...issuers].sort(),
  };
}

/** Search links on the official portals for a document code (opened by the user, never fetched by us). */
export function portalSearchLinks(code: string): { label: string; url: string }[] {
  const query = encodeURIComponent(code);
  return [
    { label: 'vbpl.vn', url: `https://vbpl.vn/TW/Pages/vbpq-timkiem.aspx?type=0&s=1&Keyword=${query}` },
    { label: 'thuvienphapluat.vn', url: `https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=${query}` },
  ];
}
