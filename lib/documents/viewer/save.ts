/**
 * Saving a document's finding from the viewer (an extension page, so straight into the watchlist):
 * the source is the document's URL or file name, its title, and the page.
 */
import type { WatchlistDb } from '../../db/schema';
import { describeStorageError, removeItems, saveFinding } from '../../db/watchlist';
import { summaryOf } from '../../watchlist/summary';
import type { ItemSource, SaveResult } from '../../watchlist/types';
import type { DocumentFinding } from '../findings';

export interface DocumentSource {
  /** The document's URL, or `file:` and the name for a local file (its path is never known). */
  url: string;
  title: string;
  /** False for documents without pages (DOCX, HTML): no page is recorded. */
  paged: boolean;
}

export async function saveDocumentFinding(
  db: WatchlistDb,
  finding: DocumentFinding,
  source: DocumentSource,
  save: boolean,
): Promise<SaveResult> {
  if (!save) {
    try {
      await removeItems(db, [finding.watchKey]);
      return { ok: true, saved: false };
    } catch (error) {
      return { ok: false, error: describeStorageError(error) };
    }
  }
  const row: Omit<ItemSource, 'itemKey'> = {
    url: source.url,
    title: source.title,
    seenAt: new Date().toISOString(),
    quote: finding.text,
    prefix: finding.prefix,
    suffix: finding.suffix,
    ...(source.paged ? { page: finding.page } : {}),
  };
  return saveFinding(db, summaryOf(finding), row);
}
