/**
 * Lossless backup and restore of the whole watchlist as JSON. Restore validates the whole file
 * first, every field of every record (backup-schema.ts), and changes nothing when it is not ours,
 * truncated, of an unknown version, over the size limits or malformed; then it merges by key in
 * one transaction, never overwriting an item that is newer here, and reports what it added,
 * updated and skipped.
 */
import * as v from 'valibot';
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

export interface RestoreOptions {
  /**
   * For a file of more than one slice (2,000 records): called between slices with how many of the
   * file's records (items, then sources) have been checked, and once more when they are written.
   * A small file restores at once, without progress.
   */
  onProgress?: (done: number, total: number) => void;
}

const refuse = (problem: RestoreProblem, error: string, detail = ''): RestoreRefusal => ({
  ok: false,
  problem,
  detail,
  error,
});

export async function makeBackup(db: WatchlistDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', db.items, db.sources, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    items: await db.items.toArray(),
    sources: (await db.sources.toArray()).map(({ id: _id, ...source }) => source),
  }));
}

/** Records checked between two yields to the page: a few milliseconds of work. */
const SLICE = 2_000;
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
  const newest = new Map<string, BackupItem>();
  for (let index = 0; index < rawItems.length; index++) {
    if (index % SLICE === 0 && index > 0) {
      onProgress(index, total);
      await yieldToPage();
    }
    const parsed = v.safeParse(ItemSchema, rawItems[index]);
    if (!parsed.success) return refuse('badItem', `item ${index}: ${firstIssue(parsed.issues)}`, String(index + 1));
    const item = parsed.output;
    const kept = newest.get(item.key);
    if (!kept || kept.updatedAt <= item.updatedAt) newest.set(item.key, item);
  }
  const sources: BackupSource[] = [];
  const perItem = new Map<string, number>();
  for (let index = 0; index < rawSources.length; index++) {
    const done = rawItems.length + index;
    if (done > 0 && done % SLICE === 0) {
      onProgress(done, total);
      await yieldToPage();
    }
    const parsed = v.safeParse(SourceSchema, rawSources[index]);
    if (!parsed.success) return refuse('badSource', `source ${index}: ${firstIssue(parsed.issues)}`, String(index + 1));
    const source = parsed.output;
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
  if (total > SLICE) onProgress(total, total);
  return { ok: true, backup: { items: [...newest.values()], sources, records: total } };
}

function tooLarge(bytes: number): RestoreRefusal {
  const limit = megabytes(BACKUP_LIMITS.fileBytes);
  return refuse('tooLarge', `the file (${megabytes(bytes)} MB) is larger than ${limit} MB`, limit);
}

const sourceId = (source: Pick<ItemSource, 'itemKey' | 'url' | 'quote'>) =>
  `${source.itemKey}\u0000${source.url}\u0000${source.quote}`;

/**
 * Merges a backup into the database: new items are added, older ones updated, newer ones kept,
 * sources add up. `input` is the file (its size is checked before it is read) or its text.
 *
 * The merge is one transaction, so a failure (a full disk) leaves the list exactly as it was. The
 * file's size and item count are capped instead of writing in chunks: chunked transactions would
 * keep the page free during a million-item restore, but a failure half way would leave half a
 * backup merged, and no real watchlist comes near the cap. The checks, which run on the page's
 * thread, yield between slices; the writes run in IndexedDB, off it.
 */
export async function restoreBackup(
  db: WatchlistDb,
  input: string | Blob,
  { onProgress = () => {} }: RestoreOptions = {},
): Promise<RestoreResult> {
  if (typeof input !== 'string' && input.size > BACKUP_LIMITS.fileBytes) return tooLarge(input.size);
  const parsed = await parseBackup(typeof input === 'string' ? input : await input.text(), onProgress);
  if (!parsed.ok) return parsed;
  const { items, sources, records } = parsed.backup;
  try {
    const result = await db.transaction('rw', db.items, db.sources, () => mergeBackup(db, items, sources));
    if (records > SLICE) onProgress(records, records);
    return result;
  } catch (error) {
    // The transaction rolled back: nothing was written.
    const detail = describeStorageError(error);
    return refuse('storage', detail, detail);
  }
}

/** The merge itself, inside the restore's transaction: one bulk read and one bulk write per table. */
async function mergeBackup(db: WatchlistDb, items: BackupItem[], sources: BackupSource[]): Promise<RestoreResult> {
  let [added, updated, skipped] = [0, 0, 0];
  // Into an empty list (the usual restore) there is nothing to compare with: skip the reads.
  const [itemCount, sourceCount] = await Promise.all([db.items.count(), db.sources.count()]);
  const existing = itemCount === 0 ? [] : await db.items.bulkGet(items.map((item) => item.key));
  const firstUrl = new Map<string, string>();
  for (const source of sources) if (!firstUrl.has(source.itemKey)) firstUrl.set(source.itemKey, source.url);
  const writes: WatchItem[] = [];
  for (const [index, item] of items.entries()) {
    const current = existing[index];
    if (current && current.updatedAt >= item.updatedAt) {
      skipped++;
      continue;
    }
    if (current) updated++;
    else added++;
    // `search` is derived: recomputed, never taken from the file.
    const { search: _search, site, ...fields } = item;
    writes.push({ ...fields, search: searchTextOf(fields), site: site ?? hostOf(firstUrl.get(item.key) ?? '') });
  }
  await db.items.bulkPut(writes);
  // Sources only ever add up: one already known (same item, page and quote) is not repeated.
  // One pass over the table: `anyOf` with thousands of keys is far slower than reading it all.
  const known = new Set(sourceCount === 0 ? [] : (await db.sources.toArray()).map(sourceId));
  const fresh: ItemSource[] = [];
  for (const source of sources) {
    const id = sourceId(source);
    if (known.has(id)) continue;
    known.add(id);
    fresh.push(source);
  }
  await db.sources.bulkAdd(fresh);
  return { ok: true, added, updated, skipped };
}
