import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WatchlistDb } from '../../lib/db/schema';
import { saveFinding, setStatus } from '../../lib/db/watchlist';
import {
  DAY_CHANGE_ALARM,
  REMINDER_ALARM,
  REMINDER_NOTIFICATION,
  remindIfDue,
  scheduleAlarms,
  startReminders,
} from '../../lib/reminders/alarms';
import { badgeFor, refreshBadge } from '../../lib/reminders/badge';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { deadlineSummary } from '../helpers/factories';

let db: WatchlistDb;
let counter = 0;
const originalZone = process.env.TZ;
const ON: Settings = { ...DEFAULT_SETTINGS, notify: true, notifyTime: '08:00' };

const deadline = (due: string, value = due) =>
  deadlineSummary(`deadline|${value}|x`, due, value, { sentence: `Báo cáo trước ${value}.` });
const source = { url: 'https://a.gov.vn/', title: '', seenAt: '', quote: 'q', prefix: '', suffix: '' };
const granted = (yes: boolean) =>
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => yes) as never);

beforeEach(async () => {
  fakeBrowser.reset();
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  db = new WatchlistDb(`reminders-${++counter}`);
  await saveFinding(db, deadline('2026-11-30'), source); // due soon from 24/11
  await saveFinding(db, deadline('2026-11-20'), source); // overdue
  await saveFinding(db, deadline('2026-12-31', '2026-Q4'), source); // beyond the 7-day window
});
afterEach(async () => {
  process.env.TZ = originalZone;
  await db.delete();
});

describe('badge', () => {
  it('counts overdue and due-soon deadlines, red when any is overdue, blank when none', () => {
    expect(badgeFor({ overdue: 1, dueSoon: 2 }, 7)).toMatchObject({ text: '3', colour: '#c62828' });
    expect(badgeFor({ overdue: 0, dueSoon: 2 }, 7)).toMatchObject({ text: '2', colour: '#1f5fbf' });
    expect(badgeFor({ overdue: 0, dueSoon: 0 }, 7).text).toBe('');
    expect(badgeFor({ overdue: 1000, dueSoon: 5 }, 7).text).toBe('999+');
  });

  it('is set from the database for the user window, and follows a change of status', async () => {
    const now = new Date('2026-11-24T03:00:00Z');
    await refreshBadge(db, 7, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await refreshBadge(db, 40, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    await setStatus(db, ['deadline|2026-11-20|x'], 'done');
    await refreshBadge(db, 7, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([31, 95, 191, 255]);
  });
});

describe('reminders', () => {
  it('arms the day-change alarm for just after local midnight, and the reminder at the chosen time', async () => {
    const now = new Date('2026-12-31T16:30:00Z'); // 23:30 in Hà Nội
    await scheduleAlarms(ON, now);
    expect((await fakeBrowser.alarms.get(DAY_CHANGE_ALARM))?.scheduledTime).toBe(Date.parse('2026-12-31T17:00:01Z'));
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(Date.parse('2027-01-01T01:00:00Z'));
    await scheduleAlarms(DEFAULT_SETTINGS, now);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('shows one summary a day once the time has come, with what is due, and never a second', async () => {
    granted(true);
    const early = new Date('2026-11-24T00:30:00Z'); // 07:30 in Hà Nội
    expect(await remindIfDue(db, ON, early)).toBe('not-yet');
    const late = new Date('2026-11-24T01:05:00Z'); // 08:05
    expect(await remindIfDue(db, ON, late)).toBe('shown');
    const shown = fakeBrowser.notifications.getAllCreateOptions()[REMINDER_NOTIFICATION];
    expect(shown?.title).toBe('Hạn chót: 1 quá hạn, 1 đến hạn trong 7 ngày tới');
    expect(shown?.message).toBe('20/11/2026: Báo cáo trước 2026-11-20.\n30/11/2026: Báo cáo trước 2026-11-30.');
    expect(await remindIfDue(db, ON, new Date('2026-11-24T10:00:00Z'))).toBe('already-today');
    // The next day it may remind again.
    expect(await remindIfDue(db, ON, new Date('2026-11-25T02:00:00Z'))).toBe('shown');
  });

  it('stays quiet when off, without permission, or with nothing due', async () => {
    const late = new Date('2026-11-24T05:00:00Z');
    granted(true);
    expect(await remindIfDue(db, DEFAULT_SETTINGS, late)).toBe('off');
    granted(false);
    expect(await remindIfDue(db, ON, late)).toBe('no-permission');
    granted(true);
    await setStatus(db, ['deadline|2026-11-30|x', 'deadline|2026-11-20|x'], 'done');
    expect(await remindIfDue(db, ON, late)).toBe('nothing-due');
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('opens the watchlist on what the reminder counted when it is clicked', async () => {
    granted(true);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const firstRefresh = startReminders(db, async () => ON);
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/watchlist\.html\?view=due$/) });
    await firstRefresh; // before the database is deleted under it
  });
});
