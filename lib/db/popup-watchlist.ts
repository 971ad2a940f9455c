/**
 * Saving from the popup: every finding in one go, each with the page as its source, then the page
 * is told to repaint what is saved. Extension pages only.
 */
import { browser } from 'wxt/browser';
import type { FindingSummary, Message, SaveResult } from '../messaging/protocol';
import type { WatchlistDb } from './schema';
import { describeStorageError, removeItems, saveFinding } from './watchlist';

export async function saveFromPopup(
  db: WatchlistDb,
  findings: FindingSummary[],
  page: { tabId: number; url: string; title: string },
  save: boolean,
): Promise<SaveResult> {
  let result: SaveResult = { ok: true, saved: save };
  if (save) {
    const seenAt = new Date().toISOString();
    for (const finding of findings) {
      const source = {
        url: page.url,
        title: page.title,
        seenAt,
        quote: finding.text,
        prefix: finding.prefix,
        suffix: finding.suffix,
      };
      result = await saveFinding(db, finding, source);
      if (!result.ok) break;
    }
  } else {
    try {
      await removeItems(
        db,
        findings.map((finding) => finding.watchKey),
      );
    } catch (error) {
      result = { ok: false, error: describeStorageError(error) };
    }
  }
  const refresh: Message<'refreshSaved'> = { type: 'refreshSaved' };
  await browser.tabs.sendMessage(page.tabId, refresh).catch(() => false);
  return result;
}
