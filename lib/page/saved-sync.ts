/**
 * Keeps the page's saved marks in step with the watchlist, which lives in the background: saves or
 * unsaves a finding for the card (which findings are saved is asked in batches, saved-keys-queue.ts).
 */
import { sendToBackground } from '../messaging/channel';
import { summaryOf } from '../watchlist/summary';
import type { SaveResult } from '../watchlist/types';
import type { Finding } from './findings';
import type { PaintBook } from './paint-book';

/** Saves or unsaves `finding` with this page as its source; the result says why when it failed. */
export async function toggleSaved(
  book: PaintBook,
  finding: Finding,
  save: boolean,
  doc: Document,
): Promise<SaveResult> {
  const summary = summaryOf(finding);
  const source = {
    url: doc.location.href,
    title: doc.title,
    seenAt: new Date().toISOString(),
    quote: finding.text,
    prefix: finding.prefix,
    suffix: finding.suffix,
  };
  const result = await sendToBackground('saveFinding', { finding: summary, source, save }).catch(
    (error: Error): SaveResult => ({ ok: false, error: error.message }),
  );
  if (result.ok) book.markSaved([finding.watchKey], result.saved);
  return result;
}
