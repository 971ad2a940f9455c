/**
 * Keeps the page's saved marks in step with the watchlist, which lives in the background: asks
 * which findings are saved, and saves or unsaves one for the card.
 */
import { sendToBackground } from '../messaging/channel';
import { summaryOf } from '../watchlist/summary';
import type { SaveResult } from '../watchlist/types';
import type { Finding } from './findings';
import type { PaintBook } from './paint-book';

/** How long keys wait for others before one request asks about all of them. */
export const SAVED_BATCH_MS = 500;

/**
 * Asks the background about new findings' watch keys in one request per batch instead of one per
 * slice: each request is a message the page's main thread serialises, and a large page is read in
 * dozens of slices. The saved state is only read by the card, which the user opens later.
 */
export class SavedKeysQueue {
  private readonly keys = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly book: PaintBook,
    private readonly schedule: (work: () => void, ms: number) => void,
    private readonly ask: (keys: string[]) => Promise<string[]> = (keys) => sendToBackground('getSavedKeys', { keys }),
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Queues the watch keys of `findings`; they are asked about within SAVED_BATCH_MS. */
  add(findings: readonly Finding[]): void {
    for (const finding of findings) this.keys.add(finding.watchKey);
    if (this.scheduled || this.keys.size === 0) return;
    this.scheduled = true;
    this.schedule(() => this.flush(), SAVED_BATCH_MS);
  }

  /** Asks now about every queued key; settles when the marks are set. */
  flush(): Promise<void> {
    this.scheduled = false;
    if (this.keys.size === 0) return Promise.resolve();
    const keys = [...this.keys];
    this.keys.clear();
    return this.ask(keys)
      .then((saved) => this.book.markSaved(saved, true))
      .catch(this.onError);
  }
}

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
