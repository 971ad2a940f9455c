/**
 * What the watchlist page reads and writes, as one object the view is given: the view never sees
 * the database, so tests and other front ends can hand it anything with the same shape.
 */
import { liveQuery } from 'dexie';
import type { FindingSource, ItemDraft, ItemEdit, ItemSource, ItemStatus, WatchItem } from '../watchlist/types';
import type { WatchlistDb } from './schema';
import {
  addItem,
  editItem,
  type FirstItems,
  firstOpenItems,
  listItems,
  type Removed,
  removeItems,
  restoreItems,
  setNote,
  setStatus,
  sourcesOf,
} from './watchlist';

export interface WatchlistData {
  /** Calls `onItems` with every item now and after every change (any tab); returns the unsubscribe. */
  watchItems(onItems: (items: WatchItem[]) => void, onError: (error: unknown) => void): () => void;
  /**
   * The first `count` open items in the default order, read without the rest (the first screen).
   * Optional: without it the page waits for the whole list.
   */
  firstOpenItems?(count: number): Promise<FirstItems>;
  remove(keys: string[]): Promise<Removed>;
  /** Puts back what `remove` took (undo). */
  putBack(removed: Removed): Promise<void>;
  setStatus(keys: string[], status: ItemStatus): Promise<void>;
  setNote(key: string, note: string): Promise<void>;
  sourcesOf(key: string): Promise<ItemSource[]>;
  /** Corrects fields by hand (kept on later saves) or snoozes; false when the item is gone. */
  edit(key: string, edit: ItemEdit): Promise<boolean>;
  /** Adds a deadline or date by hand; returns its key. */
  add(draft: ItemDraft, source?: FindingSource): Promise<string>;
}

export function dexieWatchlistData(db: WatchlistDb): WatchlistData {
  return {
    watchItems(onItems, onError) {
      const subscription = liveQuery(() => listItems(db)).subscribe({ next: onItems, error: onError });
      return () => subscription.unsubscribe();
    },
    firstOpenItems: (count) => firstOpenItems(db, count),
    remove: (keys) => removeItems(db, keys),
    putBack: (removed) => restoreItems(db, removed),
    setStatus: (keys, status) => setStatus(db, keys, status),
    setNote: (key, note) => setNote(db, key, note),
    sourcesOf: (key) => sourcesOf(db, key),
    edit: (key, edit) => editItem(db, key, edit),
    add: (draft, source) => addItem(db, draft, source),
  };
}
