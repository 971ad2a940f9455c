/**
 * Deadline reminders in the background: the badge on start-up and when the day changes, and the
 * daily summary notification at the user's time, at most once a day. Alarms are one-shot and
 * re-armed each time they fire, so a daylight-saving change or a sleeping machine never shifts the
 * hour; a reminder missed while the browser was closed comes at the next start that day.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { WatchlistDb } from '../db/schema';
import { dueSummary } from '../db/watchlist';
import { t, uiLanguage } from '../i18n';
import { quietly } from '../log';
import type { Settings } from '../settings/settings';
import { addDays, isPastTimeToday, localDay, nextDailyAt } from '../watchlist/due';
import { formatDateValue } from '../watchlist/format';
import { refreshBadge } from './badge';

export const DAY_CHANGE_ALARM = 'vanban-day-change';
export const REMINDER_ALARM = 'vanban-reminder';
export const REMINDER_NOTIFICATION = 'vanban-reminder';
/** The watchlist filtered to what the badge and the reminder count. */
export const DUE_VIEW_PATH = '/watchlist.html?view=due';

/** The day the last reminder was shown: the guard against more than one a day. */
const lastReminderDay = storage.defineItem<string>('local:lastReminderDay');

/** Arms the day-change alarm (just after local midnight) and, when on, the reminder alarm. */
export async function scheduleAlarms(settings: Settings, now: Date = new Date()): Promise<void> {
  await browser.alarms.create(DAY_CHANGE_ALARM, { when: nextDailyAt(now, '00:00') + 1_000 });
  if (settings.notify) await browser.alarms.create(REMINDER_ALARM, { when: nextDailyAt(now, settings.notifyTime) });
  else await browser.alarms.clear(REMINDER_ALARM);
}

export async function hasNotificationPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false); // no permission API answer: treat as not granted
}

export type ReminderOutcome = 'off' | 'no-permission' | 'not-yet' | 'already-today' | 'nothing-due' | 'shown';

/**
 * Shows today's summary if it is time, it is on, and none was shown today. The day is recorded
 * before the notification is created, so two wake-ups racing cannot both show one.
 */
export async function remindIfDue(
  db: WatchlistDb,
  settings: Settings,
  now: Date = new Date(),
): Promise<ReminderOutcome> {
  if (!settings.notify) return 'off';
  if (!isPastTimeToday(now, settings.notifyTime)) return 'not-yet';
  const today = localDay(now);
  if ((await lastReminderDay.getValue()) === today) return 'already-today';
  if (!(await hasNotificationPermission())) return 'no-permission';
  await lastReminderDay.setValue(today);
  const summary = await dueSummary(db, today, settings.reminderDays, 4);
  if (summary.overdue + summary.dueSoon === 0) return 'nothing-due';
  const horizon = addDays(today, settings.reminderDays);
  const lang = uiLanguage();
  const lines = summary.next
    .filter((item) => item.due && item.due <= horizon)
    .map((item) => `${formatDateValue(item.due as string, lang)}: ${item.sentence ?? item.text}`);
  await browser.notifications.create(REMINDER_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminderTitle', [String(summary.overdue), String(summary.dueSoon), String(settings.reminderDays)]),
    message: lines.join('\n'),
    priority: summary.overdue > 0 ? 1 : 0,
  });
  return 'shown';
}

/**
 * Everything the background does for reminders, wired to alarms, start-up and notification clicks.
 * Returns the first refresh (badge, alarms, reminder), settled whether it worked or not.
 */
export function startReminders(db: WatchlistDb, settings: () => Promise<Settings>): Promise<void> {
  const refresh = async () => {
    const current = await settings();
    await refreshBadge(db, current.reminderDays);
    await scheduleAlarms(current);
    await remindIfDue(db, current);
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAY_CHANGE_ALARM || alarm.name === REMINDER_ALARM)
      void refresh().catch(quietly('refreshing the badge'));
  });
  browser.runtime.onStartup.addListener(() => void refresh().catch(quietly('refreshing the badge')));
  // Chrome only has `notifications` once the optional permission is granted.
  let listening = false;
  const listenForClicks = () => {
    if (listening || !browser.notifications) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => {
      if (id !== REMINDER_NOTIFICATION) return;
      void browser.tabs.create({ url: browser.runtime.getURL(DUE_VIEW_PATH) });
      void browser.notifications.clear(id);
    });
  };
  listenForClicks();
  browser.permissions.onAdded.addListener(listenForClicks);
  // Every wake-up of the background (install, update, start, any event) sets the badge again.
  return refresh().catch(quietly('refreshing the badge'));
}
