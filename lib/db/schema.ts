/**
 * The watchlist database (IndexedDB through Dexie), in the extension's origin only: background,
 * popup and watchlist page. The content script never opens it; it saves through messages.
 * Schema changes only by appending a version with an upgrade; never edit an old one.
 */
import Dexie, { type Table } from 'dexie';
import type { ItemSource, WatchItem } from '../watchlist/types';
import { foldForSearch } from '../watchlist/watch-key';

export type { ItemKind, ItemSource, ItemStatus, WatchItem } from '../watchlist/types';

export const DATABASE_NAME = 'vanban-watch';

/** Version 1: items and their sources. */
export const STORES_V1 = {
  items: 'key, kind, status, due, createdAt',
  sources: '++id, itemKey, &[itemKey+url+quote]',
};
/** Version 2: adds `search` and `site` to items, and an index on site. */
export const STORES_V2 = { items: 'key, kind, status, due, createdAt, site' };
/** Version 3: deadlines carry task, owners and recurrence (no new index; search covers them). */
export const STORES_V3 = STORES_V2;
/**
 * Version 4: snooze, corrections by hand and items added by hand (new optional fields, no upgrade),
 * and what the badge, the reminder and the popup count is read from indexes alone: open
 * deadlines by due day (`[status+kind+due]`, counted without reading a row) and the snoozed items
 * (`snoozedUntil`, few, read to be left out). Adds indexes only, so it needs no upgrade.
 */
export const STORES_V4 = { items: `${STORES_V3.items}, [status+kind+due], snoozedUntil` };
/**
 * Version 5: a restore's records wait in `pending` chunks until they are moved into the rows
 * (pending.ts): a new table, nothing to upgrade.
 */
export const STORES_V5 = { pending: '++id' };

/** One chunk of a restore waiting to become rows (pending.ts): items as stored, sources without ids. */
export interface PendingChunk {
  id?: number;
  items: WatchItem[];
  sources: ItemSource[];
}

export class WatchlistDb extends Dexie {
  items!: Table<WatchItem, string>;
  sources!: Table<ItemSource, number>;
  pending!: Table<PendingChunk, number>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        const firstUrl = new Map<string, string>();
        await tx
          .table<ItemSource>('sources')
          .each((source) => firstUrl.has(source.itemKey) || firstUrl.set(source.itemKey, source.url));
        await tx
          .table<WatchItem>('items')
          .toCollection()
          .modify((item) => {
            item.search = searchTextOf(item);
            item.site = hostOf(firstUrl.get(item.key) ?? '');
          });
      });
    this.version(3)
      .stores(STORES_V3)
      .upgrade((tx) =>
        tx
          .table<WatchItem>('items')
          .toCollection()
          .modify((item) => {
            item.task ??= null;
            item.owners ??= [];
            item.recurrence ??= null;
            item.search = searchTextOf(item);
          }),
      );
    this.version(4).stores(STORES_V4);
    this.version(5).stores(STORES_V5);
  }
}

/** The text search looks at: code, type, issuer, date text, sentence and note, accent-folded. */
export function searchTextOf(item: Omit<WatchItem, 'search' | 'site'>): string {
  return foldForSearch(
    [
      item.text,
      item.code,
      item.typeName?.vi,
      item.typeName?.en,
      item.issuerName?.vi,
      item.issuerName?.en,
      item.sentence,
      item.task,
      ...(item.owners ?? []),
      item.note,
    ]
      .filter(Boolean)
      .join(' '),
  );
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
