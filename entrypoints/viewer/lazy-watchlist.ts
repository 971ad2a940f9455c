/**
 * The watchlist as the viewer uses it (save a finding, which are saved, the badge), opened after the
 * viewer's first frame: loading Dexie and opening the database at start was a long task of its
 * own before anything was shown. Callers before then wait for it.
 */
import type { WatchlistDb } from '../../lib/db/schema';
import { yieldToPage } from '../../lib/yield-to-page';

let opening: Promise<WatchlistDb> | undefined;

/** Opens the database (once), its modules loaded and the database set up in separate tasks. */
export function openWatchlist(reminderDays: number): Promise<WatchlistDb> {
  opening ??= (async () => {
    const { WatchlistDb } = await import('../../lib/db/schema');
    await yieldToPage();
    const db = new WatchlistDb();
    await yieldToPage();
    const { watchBadge } = await import('../../lib/reminders/badge');
    watchBadge(db, reminderDays);
    return db;
  })();
  return opening;
}

/** Opens the watchlist once the viewer has drawn its first frame. */
export function openWatchlistAfterFirstFrame(reminderDays: number): void {
  requestAnimationFrame(() => void yieldToPage().then(() => openWatchlist(reminderDays)));
}
