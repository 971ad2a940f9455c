/**
 * What the background needs from the watchlist, behind one interface: saving a finding from a page
 * and telling which keys are saved. Until the Dexie watchlist lands, `unavailableWatchlist` says so
 * plainly (the card shows the reason) instead of pretending to save.
 */
import type { FindingSource, FindingSummary, SaveResult } from '../messages';

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
