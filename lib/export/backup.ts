/**
 * Lossless backup and restore of the whole watchlist as JSON. Restore validates the whole file
 * first, every field of every record (backup-schema.ts), and changes nothing when it is not ours,
 * truncated, of an unknown version, over the size limits or malformed; then it merges by key in
 * one transaction, never overwriting an item that is newer here, and reports what it added,
 * updated and skipped.
 */
import * as v from 'valibot';
import {
  addPending,
  newSources,
  PENDING_CHUNK,
  pendingRecords,
  settlePending,
  storedItems,
  withPendingItems,
  withPendingSources,
} from '../db/pending';
import { hostOf, searchTextOf, type WatchlistDb } from '../db/schema';
import { describeStorageError } from '../db/watchlist';
import type { ItemSource, WatchItem } from '../watchlist/types';
import { yieldToPage } from '../yield-to-page';
import {
  BACKUP_LIMITS,
  type BackupItem,
  type BackupSource,
  firstIssue,
  ItemSchema,
  SourceSchema,
} from './backup-schema';

export const BACKUP_FORMAT = 'vanban-watch-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  items: WatchItem[];
  sources: ItemSource[];
}

/** Why a restore was refused, for the UI to say in its language; `detail` fills the message. */
export type RestoreProblem =
  | 'notJson'
  | 'notBackup'
  | 'version'
  | 'noItems'
  | 'badItem'
  | 'badSource'
  | 'storage'
  | 'tooLarge'
  | 'tooMany';

export interface RestoreRefusal {
  ok: false;
  problem: RestoreProblem;
  detail: string;
  /** The same in one English line, for logs and tests. */
  error: string;
}

export type RestoreResult = { ok: true; added: number; updated: number; skipped: number } | RestoreRefusal;

/** What a restore is doing when it reports progress: checking the file's records, or writing them. */
export type RestorePhase = 'check' | 'write';

export interface RestoreOptions {
  /**
   * For a restore that takes more than a slice of time: called between slices with how many of
   * the file's records (items, then sources) have been checked (`total`: the file's records), then
   * how many rows have been written (`total`: the rows to write). A small file restores at once,
   * without progress.
   */
  onProgress?: (done: number, total: number, phase: RestorePhase) => void;
  /**
   * How long after the restore its pending records are moved into the rows (db/pending.ts): long
   * enough for the page to read and show the restored list first, since the move holds the
   * tables for as long as writing the rows takes. Any write before then moves them itself.
   */
  settleDelayMs?: number;
}

const SETTLE_DELAY_MS = 2_000;

const refuse = (problem: RestoreProblem, error: string, detail = ''): RestoreRefusal => ({
  ok: false,
  problem,
  detail,
  error,
});

export async function makeBackup(db: WatchlistDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', db.items, db.sources, db.pending, async () => {
    const [rows, sources, pending] = await Promise.all([db.items.toArray(), db.sources.toArray(), pendingRecords(db)]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      items: withPendingItems(rows, pending),
      sources: withPendingSources(sources, pending).map(({ id: _id, ...source }) => source),
    };
  });
}

/** Checking time between two yields to the page: short enough for it to paint and take input. */
const SLICE_MS = 40;
/** How often (in records) the check loop looks at the clock. */
const CLOCK_EVERY = 128;
const megabytes = (bytes: number) => String(Math.ceil(bytes / (1024 * 1024)));

export interface ValidBackup {
  /** One per key: the newest copy when the file has several. */
  items: BackupItem[];
  sources: BackupSource[];
  /** How many records the file had (duplicates included), the total of the progress reports. */
  records: number;
}

/**
 * Parses and validates a backup file's text, every field of every item and source; a refusal
 * says why. Items with the same key keep the copy updated last.
 */
export async function parseBackup(
  text: string,
  onProgress: RestoreOptions['onProgress'] = () => {},
): Promise<{ ok: true; backup: ValidBackup } | RestoreRefusal> {
  if (text.length > BACKUP_LIMITS.fileBytes) return tooLarge(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('notJson', 'the file is not valid JSON (damaged or cut short)');
  }
  const backup = data as Partial<Record<keyof Backup, unknown>> | null;
  if (typeof backup !== 'object' || backup === null || backup.format !== BACKUP_FORMAT) {
    return refuse('notBackup', 'the file is not a VănBản Watch backup');
  }
  if (backup.version !== BACKUP_VERSION) {
    const version = String(backup.version).slice(0, 20);
    return refuse('version', `backup version ${version} is not supported`, version);
  }
  const { items: rawItems, sources: rawSources } = backup;
  if (!Array.isArray(rawItems) || !Array.isArray(rawSources)) return refuse('noItems', 'the backup has no item list');
  if (rawItems.length > BACKUP_LIMITS.items || rawSources.length > BACKUP_LIMITS.sources) {
    const limit = String(BACKUP_LIMITS.items);
    return refuse('tooMany', `the backup has more than ${limit} items or too many sources`, limit);
  }
  const total = rawItems.length + rawSources.length;
  // Time-based slices: a file checked in less than a slice's time is checked at once, without progress.
  let sliceStart = performance.now();
  let yielded = false;
  const pause = async (done: number) => {
    onProgress(done, total, 'check');
    await yieldToPage();
    yielded = true;
    sliceStart = performance.now();
  };
  const due = (done: number) => done % CLOCK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS;
  const newest = new Map<string, BackupItem>();
  for (let index = 0; index < rawItems.length; index++) {
    if (due(index)) await pause(index);
    const item = validRecord(ItemSchema, rawItems[index]);
    if (typeof item === 'string') return refuse('badItem', `item ${index}: ${item}`, String(index + 1));
    const kept = newest.get(item.key);
    if (!kept || kept.updatedAt <= item.updatedAt) newest.set(item.key, item);
  }
  const sources: BackupSource[] = [];
  const perItem = new Map<string, number>();
  for (let index = 0; index < rawSources.length; index++) {
    const done = rawItems.length + index;
    if (due(done)) await pause(done);
    const source = validRecord(SourceSchema, rawSources[index]);
    if (typeof source === 'string') return refuse('badSource', `source ${index}: ${source}`, String(index + 1));
    if (!newest.has(source.itemKey))
      return refuse('badSource', `source ${index} belongs to no item`, String(index + 1));
    const count = (perItem.get(source.itemKey) ?? 0) + 1;
    if (count > BACKUP_LIMITS.sourcesPerItem) {
      return refuse(
        'badSource',
        `source ${index}: more than ${BACKUP_LIMITS.sourcesPerItem} sources for one item`,
        String(index + 1),
      );
    }
    perItem.set(source.itemKey, count);
    sources.push(source);
  }
  if (yielded) onProgress(total, total, 'check');
  return { ok: true, backup: { items: [...newest.values()], sources, records: total } };
}

/** One record through its valibot schema: the record as stored, or what is wrong with it. */
function validRecord<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): T | string {
  const parsed = v.safeParse(schema, raw);
  return parsed.success ? parsed.output : firstIssue(parsed.issues);
}

function tooLarge(bytes: number): RestoreRefusal {
  const limit = megabytes(BACKUP_LIMITS.fileBytes);
  return refuse('tooLarge', `the file (${megabytes(bytes)} MB) is larger than ${limit} MB`, limit);
}

/**
 * Merges a backup into the database: new items are added, older ones updated, newer ones kept,
 * sources add up. `input` is the file (its size is checked before it is read) or its text.
 *
 * The merge is one transaction, so a failure (a full disk) leaves the list exactly as it was. The
 * file's size and item count are capped instead of writing in several transactions: they would
 * keep the page free during a million-item restore, but a failure half way would leave half a
 * backup merged, and no real watchlist comes near the cap. The checks, which run on the page's
 * thread, yield between slices; the writes run in IndexedDB, off it. They go to the pending
 * chunks (db/pending.ts), every read sees them from then on, and they are moved into the rows
 * shortly after, in a transaction of their own (`settleDelayMs`).
 */
export async function restoreBackup(
  db: WatchlistDb,
  input: string | Blob,
  { onProgress = () => {}, settleDelayMs = SETTLE_DELAY_MS }: RestoreOptions = {},
): Promise<RestoreResult> {
  if (typeof input !== 'string' && input.size > BACKUP_LIMITS.fileBytes) return tooLarge(input.size);
  const parsed = await parseBackup(typeof input === 'string' ? input : await input.text(), onProgress);
  if (!parsed.ok) return parsed;
  const { items, sources } = parsed.backup;
  let result: RestoreResult;
  try {
    result = await db.transaction('rw', db.items, db.sources, db.pending, () =>
      mergeBackup(db, items, sources, (done, total) => onProgress(done, total, 'write')),
    );
  } catch (error) {
    // The transaction rolled back: nothing was written.
    const detail = describeStorageError(error);
    return refuse('storage', detail, detail);
  }
  // A failed move rolls back and leaves the records pending, read as before; the next write moves them.
  setTimeout(() => {
    if (db.isOpen()) settlePending(db).catch(() => {});
  }, settleDelayMs);
  return result;
}

/**
 * The merge itself, inside the restore's transaction: at most one read per table and the pending
 * records, then the writes as pending chunks that report `onWritten(records written, records to
 * write)` when there is more than one.
 */
async function mergeBackup(
  db: WatchlistDb,
  items: BackupItem[],
  sources: BackupSource[],
  onWritten: (done: number, total: number) => void,
): Promise<RestoreResult> {
  let [added, updated, skipped] = [0, 0, 0];
  const [itemCount, sourceCount, pending] = await Promise.all([
    db.items.count(),
    db.sources.count(),
    pendingRecords(db),
  ]);
  const existing = await storedItems(
    db,
    items.map((item) => item.key),
    itemCount,
  );
  // A pending copy is newer than its row (an earlier restore chose it): it is what the list holds.
  for (const [key, item] of pending.items) existing.set(key, item);
  const firstUrl = new Map<string, string>();
  for (const source of sources) if (!firstUrl.has(source.itemKey)) firstUrl.set(source.itemKey, source.url);
  const writes: BackupItem[] = [];
  for (const item of items) {
    const current = existing.get(item.key);
    if (current && current.updatedAt >= item.updatedAt) {
      skipped++;
      continue;
    }
    if (current) updated++;
    else added++;
    writes.push(item);
  }
  // `search` is derived: recomputed, never taken from the file (slice by slice, as they are queued).
  const asStored = (item: BackupItem): WatchItem => {
    const { search: _search, site, ...fields } = item;
    return { ...fields, search: searchTextOf(fields), site: site ?? hostOf(firstUrl.get(item.key) ?? '') };
  };
  // Sources only ever add up: one already known (same item, page and quote) is not repeated.
  // One pass over the table: `anyOf` with thousands of keys is far slower than reading it all.
  const stored = sourceCount === 0 ? [] : await db.sources.toArray();
  const fresh = newSources(withPendingSources(stored, pending), sources);
  const total = writes.length + fresh.length;
  let written = 0;
  await addPending(db, writes.map(asStored), fresh, (records) => {
    written += records;
    if (total > PENDING_CHUNK) onWritten(written, total);
  });
  return { ok: true, added, updated, skipped };
}
