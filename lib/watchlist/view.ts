/**
 * What the watchlist page shows: the saved items filtered, searched and sorted. Pure, so the
 * rules are tested without a browser and the page stays a thin view over them.
 */

import { lookUpIssuer } from '../extract/refs/symbol';
import { type Column, type ColumnContext, dayOf, documentOf, STATUS_RANK, statusOf, taskOf } from './columns';
import { addDays, DEFAULT_REMINDER_DAYS, isSnoozed } from './due';
import type { ItemKind, ItemStatus, WatchItem } from './types';
import { foldForSearch } from './watch-key';

export type SortKey = Column;
export type GroupBy = 'none' | 'document' | 'owner' | 'site';

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
  /** Issuer code, several joined by `+` (a joint document), or '' for any. */
  issuer: string;
  sort: SortKey;
  descending: boolean;
  group: GroupBy;
  /** ISO day: leave out the items snoozed past it (what the reminder counted); '' keeps them. */
  awakeOn: string;
}

/** Everything, soonest due first: what "export all" writes. */
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
  descending: false,
  group: 'none',
  awakeOn: '',
};

/** What the page opens on: the work still to do (done items are one click away). */
export const OPEN_FILTER: WatchFilter = { ...DEFAULT_FILTER, status: 'open' };

/** Open deadlines overdue or due within `days` of `today`: what the badge and the reminder count. */
export function dueSoonFilter(today: string, days: number): WatchFilter {
  return {
    ...DEFAULT_FILTER,
    kind: 'deadline',
    status: 'open',
    dueFrom: '0000-01-01',
    dueTo: addDays(today, days),
    awakeOn: today,
  };
}

/**
 * Whether the first open items in the default order (`firstOpenItems`), filtered by `filter`, are
 * the head of what `filter` shows over the whole list: it keeps only open items, sorts by due day
 * ascending and does not group. Every other condition only leaves items out, which keeps a head a head.
 */
export function firstItemsLead(filter: WatchFilter): boolean {
  return filter.status === 'open' && filter.sort === 'due' && !filter.descending && filter.group === 'none';
}

const DEFAULT_CONTEXT: ColumnContext = { today: '', reminderDays: DEFAULT_REMINDER_DAYS, lang: 'vi' };

/** The items that pass `filter`, in its sort order. Search is accent-insensitive and needs every word. */
export function applyFilter(
  items: readonly WatchItem[],
  filter: WatchFilter,
  context: ColumnContext = DEFAULT_CONTEXT,
): WatchItem[] {
  const words = foldForSearch(filter.query).split(' ').filter(Boolean);
  const issuers = filter.issuer ? filter.issuer.split('+') : [];
  const kept = items.filter(
    (item) =>
      (filter.kind === 'all' || item.kind === filter.kind) &&
      (filter.status === 'all' || item.status === filter.status) &&
      (!filter.dueFrom || (item.due ?? '') >= filter.dueFrom) &&
      (!filter.dueTo || (!!item.due && item.due <= filter.dueTo)) &&
      (!filter.site || item.site === filter.site) &&
      (!filter.awakeOn || !isSnoozed(item, filter.awakeOn)) &&
      (!filter.type || item.typeName?.id === filter.type) &&
      issuers.every((code) => (item.issuer ?? []).includes(code)) &&
      words.every((word) => item.search.includes(word)),
  );
  return sortItems(kept, filter.sort, filter.descending, context, items);
}

/** One collator for every comparison: building one per call (`localeCompare`) is what makes sorting slow. */
const COLLATOR = new Intl.Collator('vi', { numeric: true });

/** A column's sort key: text compared as Vietnamese, a day or rank compared as is; '' sorts last. */
function sortKeyOf(item: WatchItem, column: Column, context: ColumnContext): string | number {
  switch (column) {
    case 'due':
      return dayOf(item);
    case 'task':
      return taskOf(item, context.lang);
    case 'owners':
      return (item.owners ?? []).join('; ');
    case 'document':
      return documentOf(item, context.codes);
    case 'site':
      return item.site;
    case 'status':
      return STATUS_RANK[statusOf(item, context)];
  }
}

/**
 * `items` sorted by `column`. Empty values go last in both directions; ties fall back to the due
 * date, then the newest saved. The ranks come from `all` (the whole list `items` was filtered from)
 * and are kept for as long as that list lives: the collator orders each distinct value once per
 * list and column, and every later sort of that column (the other direction, another filter) is one
 * numeric sort of packed ranks.
 */
export function sortItems(
  items: readonly WatchItem[],
  column: Column,
  descending: boolean,
  context: ColumnContext = DEFAULT_CONTEXT,
  all: readonly WatchItem[] = items,
): WatchItem[] {
  const { ranks, size } = columnRanks(all, column, context);
  const { tieRank, byTie } = tieRanks(all);
  const total = byTie.length;
  // rank × total + tie rank is unique per item and exact in a double for any realistic list.
  const packed = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as WatchItem;
    const rank = ranks.get(item) ?? size;
    packed[i] = (rank < size && descending ? size - 1 - rank : rank) * total + (tieRank.get(item) ?? 0);
  }
  packed.sort();
  return Array.from(packed, (value) => byTie[value % total] as WatchItem);
}

/**
 * Ranks `column` of `all` ahead of a click on its header (the page calls it when idle), so even
 * the first sort by a text column is a numeric sort.
 */
export function prepareSort(all: readonly WatchItem[], column: Column, context: ColumnContext): void {
  columnRanks(all, column, context);
  tieRanks(all);
}

type Ranks = { ranks: Map<WatchItem, number>; size: number };
/** Columns whose values do not depend on the context: their ranks serve every context (the CSV export's too). */
const CONTEXT_FREE: ReadonlySet<Column> = new Set(['due', 'owners', 'site']);
const RANKS = new WeakMap<readonly WatchItem[], Map<string, Ranks>>();

/** Each item's place among the distinct non-empty values of `column` in `all` (empty: `size`). */
function columnRanks(all: readonly WatchItem[], column: Column, context: ColumnContext): Ranks {
  const cacheKey = CONTEXT_FREE.has(column)
    ? column
    : `${column}|${context.lang}|${context.today}|${context.reminderDays}`;
  const byColumn = RANKS.get(all) ?? new Map<string, Ranks>();
  RANKS.set(all, byColumn);
  const cached = byColumn.get(cacheKey);
  if (cached) return cached;
  const keys = all.map((item) => sortKeyOf(item, column, context));
  const distinct = [...new Set(keys)].filter((key) => key !== '');
  if (column === 'due' || column === 'status') distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  else (distinct as string[]).sort(COLLATOR.compare);
  const place = new Map<string | number, number>();
  for (const [index, key] of distinct.entries()) place.set(key, index);
  const ranks = new Map<WatchItem, number>();
  for (const [index, item] of all.entries())
    ranks.set(item, place.get(keys[index] as string | number) ?? distinct.length);
  const result = { ranks, size: distinct.length };
  byColumn.set(cacheKey, result);
  return result;
}

const TIES = new WeakMap<readonly WatchItem[], { tieRank: Map<WatchItem, number>; byTie: WatchItem[] }>();

/** Each item's place in the fallback order: due date (undated last), then newest saved first. */
function tieRanks(all: readonly WatchItem[]): { tieRank: Map<WatchItem, number>; byTie: WatchItem[] } {
  const cached = TIES.get(all);
  if (cached) return cached;
  const days = all.map((item) => dayOf(item) || '9999');
  const order = all.map((_, index) => index);
  order.sort((a, b) => {
    const da = days[a] as string;
    const db = days[b] as string;
    if (da !== db) return da < db ? -1 : 1;
    return (all[b] as WatchItem).createdAt - (all[a] as WatchItem).createdAt || a - b;
  });
  const byTie = order.map((index) => all[index] as WatchItem);
  const tieRank = new Map(byTie.map((item, place) => [item, place]));
  const result = { tieRank, byTie };
  TIES.set(all, result);
  return result;
}

export interface IssuerChoice {
  /** A code, or codes joined by `+` for a joint document. */
  value: string;
  label: string;
}

export interface FilterChoices {
  sites: string[];
  types: { id: string; vi: string; en: string }[];
  issuers: IssuerChoice[];
}

/** The choices the filters offer, from what is saved; issuers by name ("Thủ tướng Chính phủ"), not code. */
export function filterChoices(items: readonly WatchItem[], lang: 'vi' | 'en' = 'vi'): FilterChoices {
  const sites = new Set<string>();
  const types = new Map<string, { id: string; vi: string; en: string }>();
  const issuers = new Map<string, string>();
  for (const item of items) {
    if (item.site) sites.add(item.site);
    if (item.typeName) types.set(item.typeName.id, item.typeName);
    const codes = item.issuer ?? [];
    const named = codes.map((code, index) => {
      const label = issuerLabel(code, index === 0 ? item : undefined, lang);
      if (!issuers.has(code)) issuers.set(code, label);
      return label;
    });
    if (codes.length > 1 && codes.every((code) => lookUpIssuer(code))) {
      const value = codes.join('+');
      if (!issuers.has(value)) issuers.set(value, named.join(' + '));
    }
  }
  return {
    sites: [...sites].sort(),
    types: [...types.values()].sort((a, b) => COLLATOR.compare(a.vi, b.vi)),
    issuers: [...issuers]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => COLLATOR.compare(a.label, b.label)),
  };
}

/** An issuer code in words: the saved name, else the issuer table's, else the code itself (an unknown unit). */
function issuerLabel(code: string, named: WatchItem | undefined, lang: 'vi' | 'en'): string {
  const name = named?.issuerName?.[lang] ?? lookUpIssuer(code)?.[lang];
  return name ?? code;
}

/** Search links on the official portals for a document code (opened by the user, never fetched by us). */
export function portalSearchLinks(code: string): { label: string; url: string }[] {
  const query = encodeURIComponent(code);
  return [
    { label: 'vbpl.vn', url: `https://vbpl.vn/TW/Pages/vbpq-timkiem.aspx?type=0&s=1&Keyword=${query}` },
    { label: 'thuvienphapluat.vn', url: `https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=${query}` },
  ];
}
