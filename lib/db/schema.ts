/**
 * The watchlist database (IndexedDB through Dexie), in the extension's origin only: background,
 * popup and watchlist page. The content script never opens it; it saves through messages.
 * Schema changes only by appending a version with an upgrade; never edit an old one.
 */
import Dexie, { type Table } from 'dexie';
import type { DateKind, Named, ReferenceFamily, TypeName } from '../extract/types';
import type { FindingSource } from '../messaging/protocol';
import { foldForSearch } from '../watchlist/watch-key';

export type ItemKind = 'document' | 'deadline' | 'date';
export type ItemStatus = 'open' | 'done';

/** One saved document or date. */
export interface WatchItem {
  /** The watchlist key (watch-key.ts): the dedupe key. */
  key: string;
  kind: ItemKind;
  /** As first seen: the code of a document, the date as written. */
  text: string;
  // Documents
  code?: string;
  family?: ReferenceFamily | null;
  typeName?: TypeName | null;
  issuer?: string[];
  issuerName?: Named | null;
  year?: number | null;
  issued?: string | null;
  // Dates and deadlines
  value?: string;
  dateKind?: DateKind;
  due?: string | null;
  /** The sentence the date came from, and the document it names, if any. */
  sentence?: string;
  documentKey?: string | null;
  status: ItemStatus;
  note: string;
  createdAt: number;
  updatedAt: number;
  /** Since version 2: accent-folded text for search ("chi thi" finds "Chỉ thị"). */
  search: string;
  /** Since version 2: host name of the first source, for the site filter. */
  site: string;
}

/** Where an item was seen: one row per page and quote. */
export interface ItemSource extends FindingSource {
  id?: number;
  itemKey: string;
  /** For a PDF opened in the viewer: the page the quote is on (the title is the document's). */
  page?: number;
}

export const DATABASE_NAME = 'vanban-watch';

/** Version 1: items and their sources. */
export const STORES_V1 = {
  items: 'key, kind, status, due, createdAt',
  sources: '++id, itemKey, &[itemKey+url+quote]',
};
/** Version 2: adds `search` and `site` to items, and an index on site. */
export const STORES_V2 = { items: 'key, kind, status, due, createdAt, site' };

export class WatchlistDb extends Dexie {
  items!: Table<WatchItem, string>;
  sources!: Table<ItemSource, number>;

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
