/**
 * The watchlist repository: every read and write of saved items goes through these functions.
 * Writes run in one transaction each, so a failure (a full disk) leaves nothing half written.
 */
import Dexie from 'dexie';
import { addDays, DEFAULT_REMINDER_DAYS, localDay, nextOccurrence } from '../watchlist/due';
import { type DueSummary, dueSummaryOf, type FirstItems, firstOpenOf, headOf } from '../watchlist/list-reads';
import type { EditableField, FindingSource, FindingSummary, ItemDraft, ItemEdit, SaveResult } from '../watchlist/types';
import { watchKeyOf } from '../watchlist/watch-key';
import { newSources, pendingRecords, settleWithin, sourceIdentity, withPendingItems } from './pending';
import { hostOf, type ItemSource, type ItemStatus, searchTextOf, type WatchItem, type WatchlistDb } from './schema';
import { describeStorageError } from './storage-errors';

export type { DueSummary, FirstItems } from '../watchlist/list-reads';

/** What a removal took away, for undo. */
export interface Removed {
  items: WatchItem[];
  sources: ItemSource[];
}

// In their own module so that the popup can name a full disk without loading Dexie.
export { describeStorageError, STORAGE_FULL } from './storage-errors';

function itemFrom(finding: FindingSummary, now: number): Omit<WatchItem, 'search' | 'site'> {
  const ref = finding.reference;
  const date = finding.date;
  const base = {
    key: finding.watchKey,
    text: ref ? ref.code : (date?.text ?? finding.text),
    status: 'open' as ItemStatus,
    note: '',
    createdAt: now,
    updatedAt: now,
  };
  if (ref) {
    return {
      ...base,
      kind: 'document',
      code: ref.code,
      family: ref.family,
      typeName: ref.typeName,
      issuer: ref.issuer,
      issuerName: ref.issuerName,
      year: ref.year,
      issued: ref.issued,
    };
  }
  return {
    ...base,
    kind: date?.kind === 'deadline' ? 'deadline' : 'date',
    value: date?.value,
    dateKind: date?.kind,
    // A recurring deadline ("trước ngày 20 hằng tháng") is due at its next occurrence.
    due: date?.due ?? (date?.recurrence ? nextOccurrence(date.recurrence, localDay(new Date(now))) : null),
    sentence: finding.sentence,
    documentKey: date?.document ?? finding.documentKey,
    task: date?.task?.text ?? null,
    owners: date?.owners?.map((owner) => owner.text) ?? [],
    recurrence: date?.recurrence ?? null,
  };
}

/**
 * Saves a finding with its source. Saving the same item again (from this or another page) adds the
 * source if it is new and changes nothing else: idempotent, and safe when two tabs save at once.
 * Like every write here, it first settles a restore's pending records (pending.ts) in its own
 * transaction, so it never works on a row that a pending copy would overwrite.
 */
export async function saveFinding(
  db: WatchlistDb,
  finding: FindingSummary,
  source: FindingSource,
): Promise<SaveResult> {
  try {
    await db.transaction('rw', db.items, db.sources, db.pending, async () => {
      await settleWithin(db);
      const now = Date.now();
      const existing = await db.items.get(finding.watchKey);
      if (!existing) {
        const item = itemFrom(finding, now);
        await db.items.add({ ...item, search: searchTextOf(item), site: hostOf(source.url) });
      }
      const row: ItemSource = { itemKey: finding.watchKey, ...source };
      const known = await db.sources.where('[itemKey+url+quote]').equals([row.itemKey, row.url, row.quote]).first();
      if (!known) await db.sources.add(row);
      else await db.sources.update(known.id as number, { seenAt: source.seenAt, title: source.title });
    });
    return { ok: true, saved: true };
  } catch (error) {
    // Another tab added the same item between our read and our write: it is saved.
    if (
      error instanceof Dexie.ConstraintError ||
      (error as { inner?: unknown }).inner instanceof Dexie.ConstraintError
    ) {
      return { ok: true, saved: true };
    }
    return { ok: false, error: describeStorageError(error) };
  }
}

/**
 * Saves (or unsaves) several findings of one page, each with the page as its source: the popup's
 * "save all". Stops at the first failure and says why.
 */
export async function saveFindingsOfPage(
  db: WatchlistDb,
  findings: FindingSummary[],
  page: { url: string; title: string },
  save: boolean,
): Promise<SaveResult> {
  if (!save) {
    try {
      await removeItems(
        db,
        findings.map((finding) => finding.watchKey),
      );
      return { ok: true, saved: false };
    } catch (error) {
      return { ok: false, error: describeStorageError(error) };
    }
  }
  const seenAt = new Date().toISOString();
  for (const finding of findings) {
    const source = { ...page, seenAt, quote: finding.text, prefix: finding.prefix, suffix: finding.suffix };
    const result = await saveFinding(db, finding, source);
    if (!result.ok) return result;
  }
  return { ok: true, saved: true };
}

/** Removes items and their sources; returns what was removed so it can be restored. */
export async function removeItems(db: WatchlistDb, keys: string[]): Promise<Removed> {
  return db.transaction('rw', db.items, db.sources, db.pending, async () => {
    await settleWithin(db);
    const items = (await db.items.bulkGet(keys)).filter((item): item is WatchItem => item !== undefined);
    const sources = await db.sources.where('itemKey').anyOf(keys).toArray();
    await db.sources.bulkDelete(sources.map((source) => source.id as number));
    await db.items.bulkDelete(keys);
    return { items, sources };
  });
}

/**
 * The item to keep when a removed copy comes back over one saved again since: the newer copy's
 * fields, first saved at the earlier time.
 */
function mergeCopies(removed: WatchItem, current: WatchItem | undefined): WatchItem {
  if (!current) return removed;
  const newer = current.updatedAt >= removed.updatedAt ? current : removed;
  return { ...newer, createdAt: Math.min(current.createdAt, removed.createdAt) };
}

/**
 * Puts back what `removeItems` returned (undo). An item saved again in the meantime is merged with
 * its removed copy instead of clashing with it: the newer fields win and the sources add up (a page
 * seen by both keeps the row saved again).
 */
export async function restoreItems(db: WatchlistDb, removed: Removed): Promise<void> {
  await db.transaction('rw', db.items, db.sources, db.pending, async () => {
    await settleWithin(db);
    const keys = removed.items.map((item) => item.key);
    const current = await db.items.bulkGet(keys);
    await db.items.bulkPut(removed.items.map((item, index) => mergeCopies(item, current[index])));
    const known = new Set((await db.sources.where('itemKey').anyOf(keys).toArray()).map(sourceIdentity));
    await db.sources.bulkPut(removed.sources.filter((source) => !known.has(sourceIdentity(source))));
  });
}

/** The origins of the pages an item was seen on. */
export async function sourceOriginsOf(db: WatchlistDb, key: string): Promise<Set<string>> {
  const sources = await sourcesOf(db, key);
  return new Set(sources.flatMap((source) => (URL.canParse(source.url) ? [new URL(source.url).origin] : [])));
}

/** Which of `keys` are saved. */
export async function savedKeys(db: WatchlistDb, keys: string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  return db.transaction('r', db.items, db.pending, async () => {
    const [rows, pending] = await Promise.all([
      db.items.where('key').anyOf(keys).primaryKeys() as Promise<string[]>,
      pendingRecords(db),
    ]);
    if (pending.items.size === 0) return rows;
    const saved = new Set(rows);
    return keys.filter((key) => saved.has(key) || pending.items.has(key));
  });
}

/**
 * Marks items done or open. A recurring deadline marked done is done for this time only: it stays
 * open and moves to its next occurrence after the later of its due day and today.
 */
export async function setStatus(db: WatchlistDb, keys: string[], status: ItemStatus): Promise<void> {
  const updatedAt = Date.now();
  const today = localDay();
  await db.transaction('rw', db.items, db.sources, db.pending, async () => {
    await settleWithin(db);
    await db.items
      .where('key')
      .anyOf(keys)
      .modify((item) => {
        item.updatedAt = updatedAt;
        const next =
          status === 'done' && item.status === 'open' && item.recurrence
            ? nextOccurrence(item.recurrence, [addDays(item.due ?? today, 1), today].sort()[1] as string)
            : null;
        if (next) item.due = next;
        else item.status = status;
      });
  });
}

export async function setNote(db: WatchlistDb, key: string, note: string): Promise<void> {
  await db.transaction('rw', db.items, db.sources, db.pending, async () => {
    await settleWithin(db);
    const item = await db.items.get(key);
    if (!item) return;
    const next = { ...item, note, updatedAt: Date.now() };
    await db.items.put({ ...next, search: searchTextOf(next) });
  });
}

/**
 * Corrects a saved item by hand. The corrected fields are recorded in `edited`; later saves of the
 * same item (from any page) only add sources, so a correction is never overwritten. A snooze is
 * not a correction and is not recorded. Returns false when the item is gone.
 */
export async function editItem(db: WatchlistDb, key: string, edit: ItemEdit): Promise<boolean> {
  return db.transaction('rw', db.items, db.sources, db.pending, async () => {
    await settleWithin(db);
    const item = await db.items.get(key);
    if (!item) return false;
    const corrected = (Object.keys(edit) as (keyof ItemEdit)[]).filter(
      (field): field is EditableField => field !== 'snoozedUntil',
    );
    const edited = [...new Set([...(item.edited ?? []), ...corrected])];
    const next: WatchItem = { ...item, ...edit, edited, updatedAt: Date.now() };
    if (edit.kind && edit.kind !== 'document') next.dateKind = edit.kind === 'deadline' ? 'deadline' : 'other';
    await db.items.put({ ...next, search: searchTextOf(next) });
    return true;
  });
}

/**
 * Adds a deadline or date by hand, with the page it was selected on when there is one. Its key is
 * made like a found date's (kind, day and its words), so adding the same thing twice merges.
 * Returns the item's key.
 */
export async function addItem(db: WatchlistDb, draft: ItemDraft, source?: FindingSource): Promise<string> {
  const words = draft.sentence || draft.task || draft.text || '';
  const key = watchKeyOf({ key: '', date: { kind: draft.kind, value: draft.due } }, words);
  const now = Date.now();
  const item: Omit<WatchItem, 'search' | 'site'> = {
    key,
    kind: draft.kind,
    text: draft.text?.trim() || draft.due,
    value: draft.due,
    dateKind: draft.kind === 'deadline' ? 'deadline' : 'other',
    due: draft.due,
    sentence: draft.sentence ?? '',
    documentKey: draft.documentKey ?? null,
    task: draft.task?.trim() || null,
    owners: (draft.owners ?? []).map((owner) => owner.trim()).filter(Boolean),
    recurrence: null,
    status: 'open',
    note: draft.note ?? '',
    manual: true,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.items, db.sources, db.pending, async () => {
    await settleWithin(db);
    if (!(await db.items.get(key))) {
      await db.items.add({ ...item, search: searchTextOf(item), site: hostOf(source?.url ?? '') });
    }
    if (source) {
      const row: ItemSource = { itemKey: key, ...source };
      const known = await db.sources.where('[itemKey+url+quote]').equals([key, row.url, row.quote]).first();
      if (!known) await db.sources.add(row);
    }
  });
  return key;
}

/** Every saved item, a restore's pending ones included. */
export function listItems(db: WatchlistDb): Promise<WatchItem[]> {
  return db.transaction('r', db.items, db.pending, async () => {
    const [rows, pending] = await Promise.all([db.items.toArray(), pendingRecords(db)]);
    return withPendingItems(rows, pending);
  });
}

/** Whether a restore's records are still waiting to be settled (then the indexes do not hold them). */
const hasPending = async (db: WatchlistDb) => (await db.pending.count()) > 0;

const ITEM_KINDS = ['deadline', 'date', 'document'] as const;

/**
 * The first `count` open items in the watchlist page's default order (`OPEN_FILTER`), read through
 * indexes: per kind, the soonest due from `[status+kind+due]`, and every item due on the last day
 * taken (ties are ordered by when they were saved, which the index does not hold). When fewer
 * than `count` have a due day, the newest undated ones follow, from the `createdAt` index. Reads
 * about `count` rows, not the list, so the page shows its first screen before the rest arrives.
 */
export async function firstOpenItems(db: WatchlistDb, count: number): Promise<FirstItems> {
  if (count <= 0) return { items: [], documents: [] };
  return db.transaction('r', db.items, db.pending, async () => {
    if (await hasPending(db)) return firstOpenOf(await listItems(db), count);
    const byDue = db.items.where('[status+kind+due]');
    // '' is a key too, but an empty due day is undated: it sorts last, with the undated items.
    const dueOf = (kind: string, from: string | typeof Dexie.minKey, to: string | typeof Dexie.maxKey) =>
      byDue.between(['open', kind, from], ['open', kind, to], false, true);
    const soonest = await Promise.all(ITEM_KINDS.map((kind) => dueOf(kind, '', Dexie.maxKey).limit(count).toArray()));
    let head = headOf(soonest.flat(), count);
    const lastDay = head.length === count ? (head[count - 1] as WatchItem).due : undefined;
    if (typeof lastDay === 'string') {
      const sameDay = await Promise.all(ITEM_KINDS.map((kind) => byDue.equals(['open', kind, lastDay]).toArray()));
      head = headOf([...head, ...sameDay.flat()], count);
    } else if (head.length < count) {
      const undated = (item: WatchItem) => item.status === 'open' && !(typeof item.due === 'string' && item.due);
      const newest = await db.items.orderBy('createdAt').reverse().filter(undated).limit(count).toArray();
      const oldestTaken = newest.at(-1);
      const sameTime = oldestTaken
        ? await db.items.where('createdAt').equals(oldestTaken.createdAt).filter(undated).toArray()
        : [];
      head = headOf([...head, ...newest, ...sameTime], count);
    }
    const documentKeys = [...new Set(head.flatMap((item) => (item.documentKey ? [item.documentKey] : [])))];
    const documents = (await db.items.bulkGet(documentKeys)).filter(
      (item): item is WatchItem => item?.kind === 'document',
    );
    return { items: head, documents };
  });
}

/** Where an item was seen, oldest first, a restore's pending sources included. */
export function sourcesOf(db: WatchlistDb, key: string): Promise<ItemSource[]> {
  return db.transaction('r', db.sources, db.pending, async () => {
    const [rows, pending] = await Promise.all([db.sources.where('itemKey').equals(key).toArray(), pendingRecords(db)]);
    const waiting = newSources(
      rows,
      pending.sources.filter((source) => source.itemKey === key),
    );
    return [...rows, ...waiting].sort((a, b) => (a.seenAt < b.seenAt ? -1 : a.seenAt > b.seenAt ? 1 : 0));
  });
}

const OPEN_DEADLINE = ['open', 'deadline'] as const;

/**
 * Open deadlines overdue before `today` and due within `days` days of it (ISO dates), snoozed ones
 * left out. The counts come from the `[status+kind+due]` index without reading a row, and the few
 * snoozed items are read through their own index and taken off, so 10,000 saved items cost about
 * what 10 do.
 */
export async function dueSummary(
  db: WatchlistDb,
  today: string,
  days = DEFAULT_REMINDER_DAYS,
  limit = 5,
): Promise<DueSummary> {
  if (await hasPending(db)) return dueSummaryOf(await listItems(db), today, days, limit);
  const horizon = addDays(today, days);
  const openDue = db.items.where('[status+kind+due]');
  const [overdueAll, dueSoonAll, snoozedItems] = await db.transaction('r', db.items, () =>
    Promise.all([
      openDue.between([...OPEN_DEADLINE, Dexie.minKey], [...OPEN_DEADLINE, today], true, false).count(),
      openDue.between([...OPEN_DEADLINE, today], [...OPEN_DEADLINE, horizon], true, true).count(),
      db.items.where('snoozedUntil').above(today).toArray(),
    ]),
  );
  const snoozedOpen = snoozedItems.filter((item) => item.status === 'open' && item.kind === 'deadline' && item.due);
  const snoozedKeys = new Set(snoozedOpen.map((item) => item.key));
  const overdueSnoozed = snoozedOpen.filter((item) => (item.due as string) < today).length;
  const soonSnoozed = snoozedOpen.filter(
    (item) => (item.due as string) >= today && (item.due as string) <= horizon,
  ).length;
  // One ranged read of as many as could be needed (a filter would step a cursor row by row).
  const next =
    limit > 0
      ? (
          await openDue
            .between([...OPEN_DEADLINE, Dexie.minKey], [...OPEN_DEADLINE, Dexie.maxKey])
            .limit(limit + snoozedKeys.size)
            .toArray()
        )
          .filter((item) => !snoozedKeys.has(item.key))
          .slice(0, limit)
      : [];
  return {
    days,
    overdue: overdueAll - overdueSnoozed,
    dueSoon: dueSoonAll - soonSnoozed,
    snoozed: overdueSnoozed + soonSnoozed,
    next,
  };
}
