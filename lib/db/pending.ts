/**
 * Restored records waiting to become rows. Chromium's IndexedDB costs a fixed time per request
 * (about 0.15–0.3 ms here, whatever the row's size), so writing a 10,000-item backup as 20,000
 * rows takes seconds, while the same records in a few dozen large rows take a tenth of a second.
 * A restore therefore writes its records here, in chunks, in one transaction: once it commits, the
 * backup is on disk and every read sees it. Later, one transaction moves the chunks into the rows
 * and their indexes ("settling").
 *
 * The rules that keep this invisible:
 * - every read that the views use adds the pending records to the rows (a pending item is newer
 *   than its row: the restore chose it over the row);
 * - every write settles first, inside its own transaction, so it never edits, deletes or merges a
 *   row that a pending copy would later overwrite;
 * - settling is idempotent and keeps the newer copy, so two contexts settling at once, or a settle
 *   cut short by a closed page (its transaction rolls back), lose nothing.
 */
import type { ItemSource, PendingChunk, WatchItem, WatchlistDb } from './schema';

/** Records per chunk: large enough that the requests are few, small enough to clone in one go. */
export const PENDING_CHUNK = 500;

export interface PendingRecords {
  /** By key; a later chunk's copy wins (a later restore chose it over the earlier one). */
  items: Map<string, WatchItem>;
  sources: ItemSource[];
}

const NO_PENDING: PendingRecords = { items: new Map(), sources: [] };

/** What makes two sources one: the same item, page and quote (the unique index of `sources`). */
export const sourceIdentity = (source: Pick<ItemSource, 'itemKey' | 'url' | 'quote'>) =>
  `${source.itemKey}\u0000${source.url}\u0000${source.quote}`;

/** The records waiting to be settled (one request; none in the usual case). */
export async function pendingRecords(db: WatchlistDb): Promise<PendingRecords> {
  const chunks = await db.pending.toArray();
  if (chunks.length === 0) return NO_PENDING;
  const items = new Map<string, WatchItem>();
  const sources: ItemSource[] = [];
  for (const chunk of chunks) {
    for (const item of chunk.items) items.set(item.key, item);
    sources.push(...chunk.sources);
  }
  return { items, sources };
}

/** The rows with the pending items over them: what the list holds. */
export function withPendingItems(rows: readonly WatchItem[], pending: PendingRecords): WatchItem[] {
  if (pending.items.size === 0) return rows as WatchItem[];
  const merged = rows.filter((item) => !pending.items.has(item.key));
  merged.push(...pending.items.values());
  return merged;
}

/** The stored sources with the pending ones that are not among them. */
export function withPendingSources(rows: readonly ItemSource[], pending: PendingRecords): ItemSource[] {
  if (pending.sources.length === 0) return rows as ItemSource[];
  return [...rows, ...newSources(rows, pending.sources)];
}

/** Writes a restore's items and sources as pending chunks; call inside a transaction holding `pending`. */
export async function addPending(
  db: WatchlistDb,
  items: readonly WatchItem[],
  sources: readonly ItemSource[],
  onChunk: (records: number) => void = () => {},
): Promise<void> {
  const writes: Promise<unknown>[] = [];
  for (let start = 0; start < Math.max(items.length, sources.length); start += PENDING_CHUNK) {
    const chunk: PendingChunk = {
      items: items.slice(start, start + PENDING_CHUNK),
      sources: sources.slice(start, start + PENDING_CHUNK),
    };
    const records = chunk.items.length + chunk.sources.length;
    // All queued at once: requests complete in order, so the progress only grows.
    writes.push(db.pending.add(chunk).then(() => onChunk(records)));
  }
  await Promise.all(writes);
}

/**
 * The stored copies of the items with these `keys`, by key; `itemCount` is the table's size. Into
 * an empty list there is nothing to read. When the keys cover much of the list, one read of the
 * whole table (one request) is far faster than a `bulkGet` (one request per key: 10,000 keys took
 * seconds). Shared by the restore's merge and by settling.
 */
export async function storedItems(
  db: WatchlistDb,
  keys: readonly string[],
  itemCount: number,
): Promise<Map<string, WatchItem>> {
  if (itemCount === 0) return new Map();
  const rows = keys.length * 4 >= itemCount ? await db.items.toArray() : await db.items.bulkGet([...keys]);
  return new Map(rows.flatMap((item) => (item ? [[item.key, item] as const] : [])));
}

/**
 * The sources of `incoming` that are neither among `known` nor repeated, without their ids: sources
 * only ever add up. Shared by the restore's merge, settling and the reads that add pending sources.
 */
export function newSources(known: readonly ItemSource[], incoming: readonly ItemSource[]): ItemSource[] {
  const seen = new Set(known.map(sourceIdentity));
  const fresh: ItemSource[] = [];
  for (const source of incoming) {
    const identity = sourceIdentity(source);
    if (seen.has(identity)) continue;
    seen.add(identity);
    const { id: _id, ...row } = source;
    fresh.push(row);
  }
  return fresh;
}

/**
 * Moves the pending records into the rows. Call inside a read-write transaction holding items,
 * sources and pending (the writes of watchlist.ts do, first of all); costs one request when
 * nothing is pending. A row newer than its pending copy is kept; a source already stored is not
 * added twice.
 */
export async function settleWithin(db: WatchlistDb): Promise<void> {
  const pending = await pendingRecords(db);
  if (pending === NO_PENDING) return;
  const [itemCount, sourceCount] = await Promise.all([db.items.count(), db.sources.count()]);
  const current = await storedItems(db, [...pending.items.keys()], itemCount);
  const newer = [...pending.items.values()].filter((item) => {
    const row = current.get(item.key);
    return !row || row.updatedAt <= item.updatedAt;
  });
  const fresh = newSources(sourceCount === 0 ? [] : await db.sources.toArray(), pending.sources);
  await Promise.all([db.items.bulkPut(newer), db.sources.bulkAdd(fresh), db.pending.clear()]);
}

/** Settles in a transaction of its own; several calls at once in one context share it. */
export function settlePending(db: WatchlistDb): Promise<void> {
  const running = settling.get(db);
  if (running) return running;
  const settle = db
    .transaction('rw', db.items, db.sources, db.pending, () => settleWithin(db))
    .finally(() => settling.delete(db));
  settling.set(db, settle);
  return settle;
}

const settling = new WeakMap<WatchlistDb, Promise<void>>();
