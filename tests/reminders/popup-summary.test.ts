import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settlePending } from '../../lib/db/pending';
import { WatchlistDb } from '../../lib/db/schema';
import {
  addItem,
  editItem,
  listItems,
  removeItems,
  restoreItems,
  saveFinding,
  saveFindingsOfPage,
  setStatus,
} from '../../lib/db/watchlist';
import { makeBackup, restoreBackup } from '../../lib/export/backup';
import { refreshBadge, watchBadge } from '../../lib/reminders/badge';
import { COMING_UP_LIMIT, type PopupSummary, popupSummaryOf, summaryFor } from '../../lib/reminders/popup-summary';
import { readStoredSummary } from '../../lib/reminders/summary-store';
import { addDays, localDay } from '../../lib/watchlist/due';
import type { WatchItem } from '../../lib/watchlist/types';
import { deadlineSummary, findingSummary } from '../helpers/factories';

const DAYS = 7;
const source = { url: 'https://a.gov.vn/tin', title: 'Tin', seenAt: '', quote: 'q', prefix: '', suffix: '' };
let db: WatchlistDb;
let counter = 0;
let stopWatching = () => {};

beforeEach(async () => {
  fakeBrowser.reset();
  db = new WatchlistDb(`popup-summary-${++counter}`);
  await db.open();
});
afterEach(async () => {
  stopWatching();
  db.close();
  await db.delete();
});

/**
 * What "coming up" must say, counted the slow way: every item read and tested one by one
 * (open deadlines with a due day; snoozed ones apart; the next ones soonest first, then by key).
 */
async function recount(database: WatchlistDb, today: string, days: number): Promise<PopupSummary> {
  const horizon = addDays(today, days);
  // The whole list as the user sees it: a restore's pending records too (db/pending.ts).
  const open = (await listItems(database)).filter(
    (item): item is WatchItem & { due: string } =>
      item.status === 'open' && item.kind === 'deadline' && typeof item.due === 'string',
  );
  const snoozed = (item: WatchItem) => !!item.snoozedUntil && item.snoozedUntil > today;
  const inCount = (item: WatchItem & { due: string }) => item.due <= horizon;
  const next = open
    .filter((item) => !snoozed(item))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : 1))
    .slice(0, COMING_UP_LIMIT);
  return popupSummaryOf(
    {
      days,
      overdue: open.filter((item) => !snoozed(item) && item.due < today).length,
      dueSoon: open.filter((item) => !snoozed(item) && item.due >= today && inCount(item)).length,
      snoozed: open.filter((item) => snoozed(item) && inCount(item)).length,
      next,
    },
    today,
  );
}

/** Waits until the stored summary is the full recount (the live watch stores after each write). */
async function storedEqualsRecount(database: WatchlistDb): Promise<void> {
  const today = localDay();
  const expected = await recount(database, today, DAYS);
  for (let attempt = 0; attempt < 200; attempt++) {
    const stored = summaryFor(await readStoredSummary(), today, DAYS);
    if (JSON.stringify(stored) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(summaryFor(await readStoredSummary(), today, DAYS)).toEqual(expected);
}

const dayFrom = (offset: number) => addDays(localDay(), offset);

describe('the popup summary kept by the badge watch', () => {
  it('equals a full recount after every kind of write', async () => {
    stopWatching = watchBadge(db, DAYS);
    await storedEqualsRecount(db);
    // Saves from a page: deadlines overdue, due soon, later; a document (not a deadline).
    for (const [index, offset] of [-3, -1, 0, 2, 7, 8, 30].entries()) {
      await saveFinding(db, deadlineSummary(`deadline|${index}`, dayFrom(offset)), source);
    }
    await saveFinding(db, findingSummary('12-KH/TU'), source);
    await storedEqualsRecount(db);
    await saveFindingsOfPage(
      db,
      [deadlineSummary('deadline|page-a', dayFrom(1)), deadlineSummary('deadline|page-b', dayFrom(-10))],
      source,
      true,
    );
    await storedEqualsRecount(db);
    // Added by hand, corrected by hand (a new due day), snoozed, marked done and reopened.
    const manual = await addItem(db, { kind: 'deadline', due: dayFrom(3), task: 'gửi báo cáo' });
    await storedEqualsRecount(db);
    await editItem(db, 'deadline|0', { due: dayFrom(5) });
    await storedEqualsRecount(db);
    await editItem(db, 'deadline|1', { snoozedUntil: dayFrom(3) });
    await storedEqualsRecount(db);
    await setStatus(db, [manual, 'deadline|3'], 'done');
    await storedEqualsRecount(db);
    await setStatus(db, ['deadline|3'], 'open');
    await storedEqualsRecount(db);
    // Deleted, then put back (undo).
    const removed = await removeItems(db, ['deadline|page-b', 'deadline|2']);
    await storedEqualsRecount(db);
    await restoreItems(db, removed);
    await storedEqualsRecount(db);
    // A backup restored into an emptied list.
    const backup = JSON.stringify(await makeBackup(db));
    await removeItems(
      db,
      (await db.items.toArray()).map((item) => item.key),
    );
    await storedEqualsRecount(db);
    expect(await restoreBackup(db, backup, { settleDelayMs: 60_000 })).toMatchObject({ ok: true });
    await storedEqualsRecount(db);
    expect(summaryFor(await readStoredSummary(), localDay(), DAYS)?.overdue).toBeGreaterThan(0);
    // Its records moved into the rows: the same count, now from the indexes.
    await settlePending(db);
    expect(await db.pending.count()).toBe(0);
    await storedEqualsRecount(db);
    expect(summaryFor(await readStoredSummary(), localDay(), DAYS)?.overdue).toBeGreaterThan(0);
  });

  it('is stored by a one-off refresh too, with the next deadlines the popup lists', async () => {
    for (let index = 0; index < COMING_UP_LIMIT + 2; index++) {
      await saveFinding(db, deadlineSummary(`deadline|${index}`, dayFrom(index - 2)), source);
    }
    await refreshBadge(db, DAYS);
    await storedEqualsRecount(db);
    expect(summaryFor(await readStoredSummary(), localDay(), DAYS)?.next).toHaveLength(COMING_UP_LIMIT);
  });
});

describe('summaryFor', () => {
  const summary = popupSummaryOf({ days: 7, overdue: 2, dueSoon: 1, snoozed: 0, next: [] }, '2026-11-24');

  it('gives the summary for its day and window only', () => {
    expect(summaryFor(summary, '2026-11-24', 7)).toEqual(summary);
    expect(summaryFor(summary, '2026-11-25', 7)).toBeUndefined();
    expect(summaryFor(summary, '2026-11-24', 14)).toBeUndefined();
  });

  it('refuses what is not a summary', () => {
    expect(summaryFor(undefined, '2026-11-24', 7)).toBeUndefined();
    expect(summaryFor({ ...summary, overdue: -1 }, '2026-11-24', 7)).toBeUndefined();
    expect(summaryFor({ ...summary, dueSoon: '3' }, '2026-11-24', 7)).toBeUndefined();
    expect(summaryFor({ ...summary, next: [{ key: 1 }] }, '2026-11-24', 7)).toBeUndefined();
    expect(summaryFor({ ...summary, next: null }, '2026-11-24', 7)).toBeUndefined();
  });

  it('keeps only what the popup shows of each deadline', () => {
    const item = {
      key: 'deadline|x',
      kind: 'deadline' as const,
      text: '30/11/2026',
      due: '2026-11-30',
      value: '2026-11-30',
      sentence: 'Gửi báo cáo trước 30/11/2026.',
      search: 'gui bao cao',
      note: 'ghi chú riêng',
    };
    expect(popupSummaryOf({ days: 7, overdue: 0, dueSoon: 1, next: [item] }, '2026-11-24').next).toEqual([
      {
        key: 'deadline|x',
        text: '30/11/2026',
        due: '2026-11-30',
        value: '2026-11-30',
        sentence: 'Gửi báo cáo trước 30/11/2026.',
        recurrence: null,
      },
    ]);
  });
});
