import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WatchItem, WatchlistDb } from '../../lib/db/schema';
import { dueSummary } from '../../lib/db/watchlist';

let db: WatchlistDb;
let counter = 0;
beforeEach(async () => {
  db = new WatchlistDb(`due-next-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const deadline = (key: string, due: string, over: Partial<WatchItem> = {}): WatchItem =>
  ({
    key,
    kind: 'deadline',
    text: due,
    due,
    status: 'open',
    note: '',
    createdAt: 0,
    updatedAt: 0,
    search: '',
    site: '',
    ...over,
  }) as WatchItem;

describe('db/dueSummary next deadlines', () => {
  it('lists the soonest open deadlines that are not snoozed, however many snoozed ones come first', async () => {
    await db.items.bulkAdd([
      deadline('a', '2026-11-20', { snoozedUntil: '2026-11-30' }),
      deadline('b', '2026-11-21', { snoozedUntil: '2026-11-28' }),
      deadline('c', '2026-11-22'),
      deadline('d', '2026-11-23', { status: 'done' }),
      deadline('e', '2026-11-24', { snoozedUntil: '2026-11-26' }),
      deadline('f', '2026-11-25'),
      deadline('g', '2026-11-26'),
      deadline('h', '2026-11-27', { kind: 'date' }),
    ]);
    const keys = async (limit: number) => (await dueSummary(db, '2026-11-24', 7, limit)).next.map((item) => item.key);
    expect(await keys(1)).toEqual(['c']);
    expect(await keys(2)).toEqual(['c', 'f']);
    expect(await keys(3)).toEqual(['c', 'f', 'g']);
    expect(await keys(9)).toEqual(['c', 'f', 'g']);
    expect(await keys(0)).toEqual([]);
  });
});
