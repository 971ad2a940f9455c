/**
 * Lossless backup and restore of the whole watchlist as JSON. Restore validates the whole file
 * first and changes nothing when it is not ours, truncated, of an unknown version or malformed;
 * then it merges by key in one transaction, never overwriting an item that is newer here, and
 * reports what it added, updated and skipped.
 */
import { hostOf, searchTextOf, type WatchlistDb } from '../db/schema';
import { describeStorageError } from '../db/watchlist';
import type { ItemSource, WatchItem } from '../watchlist/types';

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
export type RestoreProblem = 'notJson' | 'notBackup' | 'version' | 'noItems' | 'badItem' | 'badSource' | 'storage';

export interface RestoreRefusal {
  ok: false;
  problem: RestoreProblem;
  detail: string;
  /** The same in one English line, for logs and tests. */
  error: string;
}

export type RestoreResult = { ok: true; added: number; updated: number; skipped: number } | RestoreRefusal;

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

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function checkItem(value: unknown, index: number): string | undefined {
  const item = value as Partial<WatchItem> | null;
  if (typeof item !== 'object' || item === null) return `item ${index} is not an object`;
  if (!isString(item.key) || item.key === '') return `item ${index} has no key`;
  if (!['document', 'deadline', 'date'].includes(item.kind as string)) return `item ${index} has an unknown kind`;
  if (!isString(item.text)) return `item ${index} has no text`;
  if (item.status !== 'open' && item.status !== 'done') return `item ${index} has an unknown status`;
  if (!isNumber(item.createdAt) || !isNumber(item.updatedAt)) return `item ${index} has no valid times`;
  if (item.due != null && !/^\d{4}-\d{2}-\d{2}$/.test(item.due)) return `item ${index} has an invalid due date`;
  return undefined;
}

function checkSource(value: unknown, index: number, keys: Set<string>): string | undefined {
  const source = value as Partial<ItemSource> | null;
  if (typeof source !== 'object' || source === null) return `source ${index} is not an object`;
  if (!isString(source.itemKey) || !keys.has(source.itemKey)) return `source ${index} belongs to no item`;
  if (![source.url, source.title, source.seenAt, source.quote, source.prefix, source.suffix].every(isString)) {
    return `source ${index} is missing fields`;
  }
  return undefined;
}

/** Parses and validates a backup file's text; a refusal says why. */
export function parseBackup(text: string): { ok: true; backup: Backup } | RestoreRefusal {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('notJson', 'the file is not valid JSON (damaged or cut short)');
  }
  const backup = data as Partial<Backup> | null;
  if (typeof backup !== 'object' || backup === null || backup.format !== BACKUP_FORMAT) {
    return refuse('notBackup', 'the file is not a VănBản Watch backup');
  }
  if (backup.version !== BACKUP_VERSION) {
    const version = String(backup.version);
    return refuse('version', `backup version ${version} is not supported`, version);
  }
  if (!Array.isArray(backup.items) || !Array.isArray(backup.sources))
    return refuse('noItems', 'the backup has no item list');
  for (const [index, item] of backup.items.entries()) {
    const problem = checkItem(item, index);
    if (problem) return refuse('badItem', problem, String(index + 1));
  }
  const keys = new Set(backup.items.map((item) => item.key));
  for (const [index, source] of backup.sources.entries()) {
    const problem = checkSource(source, index, keys);
    if (problem) return refuse('badSource', problem, String(index + 1));
  }
  return { ok: true, backup: backup as Backup };
}

const sourceId = (source: Pick<ItemSource, 'itemKey' | 'url' | 'quote'>) =>
  `${source.itemKey}\u0000${source.url}\u0000${source.quote}`;

/** Merges a backup into the database: new items are added, older ones updated, newer ones kept. */
export async function restoreBackup(db: WatchlistDb, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { items, sources } = parsed.backup;
  try {
    return await db.transaction('rw', db.items, db.sources, async () => {
      let [added, updated, skipped] = [0, 0, 0];
      const existing = new Map(
        (await db.items.bulkGet(items.map((item) => item.key))).map((item, i) => [items[i]?.key, item]),
      );
      const firstUrl = new Map<string, string>();
      for (const source of sources) if (!firstUrl.has(source.itemKey)) firstUrl.set(source.itemKey, source.url);
      const writes: WatchItem[] = [];
      for (const item of items) {
        const current = existing.get(item.key);
        if (current && current.updatedAt >= item.updatedAt) {
          skipped++;
          continue;
        }
        if (current) updated++;
        else added++;
        const site = item.site ?? hostOf(firstUrl.get(item.key) ?? '');
        writes.push({ ...item, search: item.search ?? searchTextOf(item), site });
      }
      await db.items.bulkPut(writes);
      // Sources only ever add up: one already known (same item, page and quote) is not repeated.
      // One pass over the table: `anyOf` with thousands of keys is far slower than reading it all.
      const known = new Set((await db.sources.toArray()).map(sourceId));
      const fresh: ItemSource[] = [];
      for (const { itemKey, url, title, seenAt, quote, prefix, suffix } of sources) {
        const source = { itemKey, url, title, seenAt, quote, prefix, suffix };
        if (known.has(sourceId(source))) continue;
        known.add(sourceId(source));
        fresh.push(source);
      }
      await db.sources.bulkAdd(fresh);
      return { ok: true as const, added, updated, skipped };
    });
  } catch (error) {
    // The transaction rolled back: nothing was written.
    const detail = describeStorageError(error);
    return refuse('storage', detail, detail);
  }
}
