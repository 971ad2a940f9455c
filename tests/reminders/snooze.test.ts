import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WatchlistDb } from '../../lib/db/schema';
import { addItem, dueSummary, editItem, setStatus } from '../../lib/db/watchlist';
import { REMINDER_NOTIFICATION, remindIfDue } from '../../lib/reminders/alarms';
import { refreshBadge } from '../../lib/reminders/badge';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { addDays, isSnoozed } from '../../lib/watchlist/due';
import { seededRandom } from '../helpers/seeded-random';

// A fixed clock: 24/11/2026, 10:00 in Hà Nội.
const NOW = new Date('2026-11-24T03:00:00Z');
const TODAY = '2026-11-24';
const ON: Settings = { ...DEFAULT_SETTINGS, notify: true, notifyTime: '08:00' };
const originalZone = process.env.TZ;
let db: WatchlistDb;
let counter = 0;
const keys: Record<string, string> = {};

const add = (name: string, due: string, kind: 'deadline' | 'date' = 'deadline') =>
  addItem(db, { kind, due, task: `${name}: gửi báo cáo`, sentence: `${name} gửi báo cáo trước ${due}.` }).then(
    (key) => {
      keys[name] = key;
    },
  );

beforeEach(async () => {
  fakeBrowser.reset();
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  db = new WatchlistDb(`snooze-${++counter}`);
  await add('late', '2026-11-20'); // overdue
  await add('lateSnoozed', '2026-11-18'); // overdue, snoozed
  await add('soon', '2026-11-27'); // due in the window
  await add('soonSnoozed', '2026-11-26'); // due in the window, snoozed
  await add('far', '2027-01-15'); // beyond the window
  await add('meeting', '2026-11-25', 'date'); // not a deadline
  await editItem(db, keys.lateSnoozed as string, { snoozedUntil: '2026-11-27' });
  await editItem(db, keys.soonSnoozed as string, { snoozedUntil: '2026-11-25' });
});
afterEach(async () => {
  process.env.TZ = originalZone;
  await db.delete();
});

describe('snoozed deadlines', () => {
  it('are left out of the due summary’s counts and its next deadlines, and counted apart', async () => {
    const summary = await dueSummary(db, TODAY, 7, 10);
    expect([summary.overdue, summary.dueSoon, summary.snoozed]).toEqual([1, 1, 2]);
    expect(summary.next.map((item) => item.due)).toEqual(['2026-11-20', '2026-11-27', '2027-01-15']);
  });

  it('come back on the day their snooze ends', async () => {
    // 25/11: soonSnoozed's snooze (until 25/11) is over; lateSnoozed's is not.
    const summary = await dueSummary(db, '2026-11-25', 7, 10);
    expect([summary.overdue, summary.dueSoon, summary.snoozed]).toEqual([1, 2, 1]);
    expect(summary.next.map((item) => item.due)).toContain('2026-11-26');
    await editItem(db, keys.lateSnoozed as string, { snoozedUntil: null });
    expect((await dueSummary(db, TODAY, 7)).overdue).toBe(2);
  });

  it('are not counted once done, snoozed or not', async () => {
    await setStatus(db, [keys.soonSnoozed as string, keys.late as string], 'done');
    const summary = await dueSummary(db, TODAY, 7);
    expect([summary.overdue, summary.dueSoon, summary.snoozed]).toEqual([0, 1, 1]);
  });

  it('are not on the badge', async () => {
    await refreshBadge(db, 7, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    // Without the snoozes, all four would count.
    await editItem(db, keys.lateSnoozed as string, { snoozedUntil: null });
    await editItem(db, keys.soonSnoozed as string, { snoozedUntil: null });
    await refreshBadge(db, 7, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
  });

  it('are not in the daily notification', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
    expect(await remindIfDue(db, ON, NOW)).toBe('shown');
    const shown = fakeBrowser.notifications.getAllCreateOptions()[REMINDER_NOTIFICATION];
    expect(shown?.title).toBe('Hạn chót: 1 quá hạn, 1 đến hạn trong 7 ngày tới');
    expect(shown?.message).toBe(
      '20/11/2026: late gửi báo cáo trước 2026-11-20.\n27/11/2026: soon gửi báo cáo trước 2026-11-27.',
    );
  });

  it('make no notification on a day when only snoozed ones are due', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
    await setStatus(db, [keys.late as string, keys.soon as string], 'done');
    expect(await remindIfDue(db, ON, NOW)).toBe('nothing-due');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('count from the indexes exactly what a scan of every item counts', async () => {
    // Deterministic mixed items: kinds, statuses, due days around today, with and without snoozes.
    const next = seededRandom(7).below;
    const items = Array.from({ length: 300 }, (_, i) => {
      const day = addDays(TODAY, next(40) - 20);
      return {
        key: `mixed-${i}`,
        kind: (['deadline', 'deadline', 'date', 'document'] as const)[next(4)] ?? 'deadline',
        text: day,
        due: next(10) === 0 ? null : day,
        status: next(4) === 0 ? ('done' as const) : ('open' as const),
        snoozedUntil: next(3) === 0 ? addDays(TODAY, next(10) - 3) : next(2) === 0 ? null : undefined,
        note: '',
        createdAt: i,
        updatedAt: i,
        search: '',
        site: '',
      };
    });
    await db.items.clear();
    await db.items.bulkAdd(items);
    for (const [today, days] of [
      [TODAY, 7],
      [addDays(TODAY, 3), 0],
      [addDays(TODAY, -5), 30],
    ] as const) {
      const counted = items.filter(
        (item) => item.kind === 'deadline' && item.status === 'open' && item.due && !isSnoozed(item, today),
      );
      const horizon = addDays(today, days);
      const summary = await dueSummary(db, today, days, 500);
      expect(summary.overdue).toBe(counted.filter((item) => (item.due as string) < today).length);
      expect(summary.dueSoon).toBe(
        counted.filter((item) => (item.due as string) >= today && (item.due as string) <= horizon).length,
      );
      expect(summary.next.map((item) => item.key).sort()).toEqual(counted.map((item) => item.key).sort());
      expect(summary.next.map((item) => item.due)).toEqual(counted.map((item) => item.due).sort());
    }
  });
});
