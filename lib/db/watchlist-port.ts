/**
 * What the background needs from the watchlist, behind one interface: saving a finding from a page
 * and telling which keys are saved.
 */
import type { FindingSource, FindingSummary, SaveResult } from '../watchlist/types';
import type { WatchlistDb } from './schema';
import { describeStorageError, removeItems, savedKeys, saveFinding, sourceOriginsOf } from './watchlist';

/** Why a page's unsave was refused; the card says it in the user's words. */
export const NOT_FROM_THIS_SITE = 'saved from another site';

export interface WatchlistPort {
  /**
   * Saves or unsaves. `fromPage` is the URL of the page of the content script that asked; an
   * unsave from a page removes the item only when it was seen on that page's site (origin), so a
   * page cannot delete what the user saved elsewhere.
   */
  save(finding: FindingSummary, source: FindingSource, save: boolean, fromPage?: string): Promise<SaveResult>;
  savedKeys(keys: string[]): Promise<string[]>;
}

/** The real port: the Dexie watchlist. Unsaving removes the item and its sources. */
export function dexieWatchlist(db: WatchlistDb): WatchlistPort {
  return {
    async save(finding, source, save, fromPage) {
      if (save) return saveFinding(db, finding, source);
      try {
        if (fromPage !== undefined) {
          const origins = await sourceOriginsOf(db, finding.watchKey);
          if (!origins.has(originOf(fromPage))) return { ok: false, error: NOT_FROM_THIS_SITE };
        }
        await removeItems(db, [finding.watchKey]);
        return { ok: true, saved: false };
      } catch (error) {
        return { ok: false, error: describeStorageError(error) };
      }
    },
    savedKeys: (keys) => savedKeys(db, keys),
  };
}

function originOf(url: string): string {
  return URL.canParse(url) ? new URL(url).origin : '';
}
