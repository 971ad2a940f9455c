/**
 * Which findings are in the watchlist, asked in batches: each question is a message or a database
 * read, and a large page is read in dozens of slices (a long document painted in hundreds of
 * batches). Used by the page's annotator and the document viewer's. The saved state is only read
 * by the card, which the user opens later. No browser API: the asking is passed in.
 */

/** How long keys wait for others before they are asked about (the page's batches). */
export const SAVED_BATCH_MS = 500;

export class SavedKeysQueue {
  private readonly keys = new Set<string>();
  private scheduled = false;
  /**
   * For each question still out, the keys the user saved or removed since it was asked: its answer,
   * older than what the user did, does not count for them.
   */
  private readonly changedWhileAsked = new Set<Set<string>>();

  constructor(
    /** Called with the keys a question found saved. */
    private readonly onSaved: (keys: string[]) => void,
    private readonly schedule: (work: () => void, ms: number) => void,
    private readonly ask: (keys: string[]) => Promise<string[]>,
    /** Called with a failed question's error and its keys. */
    private readonly onError: (error: unknown, keys: string[]) => void = () => {},
  ) {}

  /** Queues the watch keys of `findings`; they are asked about within SAVED_BATCH_MS. */
  add(findings: Iterable<{ watchKey: string }>): void {
    for (const finding of findings) this.keys.add(finding.watchKey);
    if (this.scheduled || this.keys.size === 0) return;
    this.scheduled = true;
    this.schedule(() => this.flush(), SAVED_BATCH_MS);
  }

  /** Asks now about every queued key; settles when the answer is handed on. */
  flush(): Promise<void> {
    this.scheduled = false;
    if (this.keys.size === 0) return Promise.resolve();
    const keys = [...this.keys];
    this.keys.clear();
    const changed = new Set<string>();
    this.changedWhileAsked.add(changed);
    return this.ask(keys)
      .then(
        (saved) => {
          const fresh = saved.filter((key) => !changed.has(key));
          if (fresh.length) this.onSaved(fresh);
        },
        (error: unknown) => this.onError(error, keys),
      )
      .finally(() => this.changedWhileAsked.delete(changed));
  }

  /** The user saved or removed `key`: questions already out are not to undo that. */
  userChanged(key: string): void {
    for (const changed of this.changedWhileAsked) changed.add(key);
  }
}
