/**
 * What the background needs from the watchlist, behind one interface: saving a finding from a page
 * and telling which keys are saved. `dexieWatchlist` is the real one; `unavailableWatchlist` is for
 * a background that could not open the database: it says so plainly instead of pretending.
 */

import type { FindingSource, FindingSummary, SaveResult } from '../messaging/protocol';
import type { WatchlistDb } from './schema';
import { describeStorageError, removeItems, savedKeys, saveFinding } from './watchlist';

export interface WatchlistPort {
  save(finding: FindingSummary, source: FindingSource, save: boolean): Promise<SaveResult>;
  savedKeys(keys: string[]): Promise<string[]>;
}

export const unavailableWatchlist: WatchlistPort = {
  async save() {
    return { ok: false, error: 'the watchlist is not available in this version' };
  },
  async savedKeys() {
    return [];
  },
};

/** The real port: the Dexie watchlist. Unsaving removes the item and its sources. */
export function dexieWatchlist(db: WatchlistDb): WatchlistPort {
  return {
    async save(finding, source, save) {
      if (save) return saveFinding(db, finding, source);
      try {
        await removeItems(db, [finding.watchKey]);
        return { ok: true, saved: false };
      } catch (error) {
        return { ok: false, error: describeStorageError(error) };
      }
    },
    savedKeys: (keys) => savedKeys(db, keys),
  };
}
