/**
 * What the popup does with the watchlist database. Imported after the popup's first render:
 * Dexie and the repository are most of the popup's code, and the first render needs none of it
 * ("coming up" shows the stored summary until `readDue` answers).
 */
import { WatchlistDb } from '../../lib/db/schema';
import { savedKeys, saveFindingsOfPage } from '../../lib/db/watchlist';
import { recountDue, refreshBadge } from '../../lib/reminders/badge';
import { localDay } from '../../lib/watchlist/due';
import type { FindingSource, FindingSummary, SaveResult } from '../../lib/watchlist/types';

export interface PopupWatchlist {
  savedKeys(keys: string[]): Promise<string[]>;
  save(findings: FindingSummary[], page: Pick<FindingSource, 'url' | 'title'>, save: boolean): Promise<SaveResult>;
  /** What is due, from the database; also sets the badge and the stored summary from it. */
  readDue(): Promise<Awaited<ReturnType<typeof recountDue>>>;
  exportCsv(lang: 'vi' | 'en'): Promise<void>;
}

export function popupWatchlist(reminderDays: number): PopupWatchlist {
  const db = new WatchlistDb();
  // A failure to open is said where the list is read ("coming up", the save marks).
  void db.open().catch(() => undefined);
  return {
    savedKeys: (keys) => savedKeys(db, keys),
    async save(findings, page, save) {
      const result = await saveFindingsOfPage(db, findings, page, save);
      // The popup's only writes: the badge and the summary follow them (a live watch here would
      // double the first read).
      void refreshBadge(db, reminderDays);
      return result;
    },
    readDue: () => recountDue(db, reminderDays),
    // The export code (CSV, calendar, backup) loads on the click.
    exportCsv: async (lang) => (await import('../../lib/export/export-watchlist')).exportAllCsv(db, lang, localDay()),
  };
}
