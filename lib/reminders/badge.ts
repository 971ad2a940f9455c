/**
 * The toolbar badge: how many open deadlines are overdue or due within the user's window, red when
 * any is overdue. Any extension context that writes the watchlist keeps it current (`watchBadge`),
 * and the background also sets it on start-up and when the day changes. The same count, with the
 * next few deadlines, is stored for the popup's first render (`popup-summary.ts`).
 */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { WatchlistDb } from '../db/schema';
import { type DueSummary, dueSummary } from '../db/watchlist';
import { t } from '../i18n';
import { quietly } from '../log';
import { localDay } from '../watchlist/due';
import { COMING_UP_LIMIT, popupSummaryOf } from './popup-summary';
import { storeSummary } from './summary-store';

export const OVERDUE_COLOUR = '#c62828';
export const DUE_SOON_COLOUR = '#1f5fbf';

export interface BadgeState {
  text: string;
  colour: string;
  title: string;
}

/** What the badge shows for a due summary; empty when nothing is due. */
export function badgeFor(summary: Pick<DueSummary, 'overdue' | 'dueSoon'>, days: number): BadgeState {
  const count = summary.overdue + summary.dueSoon;
  return {
    text: count === 0 ? '' : count > 999 ? '999+' : String(count),
    colour: summary.overdue > 0 ? OVERDUE_COLOUR : DUE_SOON_COLOUR,
    title:
      count === 0 ? t('extName') : t('badgeTitle', [String(summary.overdue), String(summary.dueSoon), String(days)]),
  };
}

/** `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showBadge(state: BadgeState): Promise<void> {
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ text: state.text }),
    button.setBadgeBackgroundColor({ color: state.colour }),
    button.setBadgeTextColor?.({ color: '#ffffff' }),
    button.setTitle({ title: state.title }),
  ]);
}

/** What is due on `day`, counted in the database, with the next deadlines the popup lists. */
async function countDue(db: WatchlistDb, day: string, days: number): Promise<{ day: string; summary: DueSummary }> {
  return { day, summary: await dueSummary(db, day, days, COMING_UP_LIMIT) };
}

/** Shows the badge for a fresh count and keeps the count for the popup. */
async function publish({ day, summary }: { day: string; summary: DueSummary }, days: number): Promise<BadgeState> {
  const state = badgeFor(summary, days);
  await Promise.all([showBadge(state).catch(quietly('setting the badge')), storeSummary(popupSummaryOf(summary, day))]);
  return state;
}

/** Sets the badge (and the popup's summary) from the database now. */
export async function refreshBadge(db: WatchlistDb, days: number, now: Date = new Date()): Promise<BadgeState> {
  return publish(await countDue(db, localDay(now), days), days);
}

/**
 * What is due now, counted in the database: returned at once, while the badge and the popup's
 * summary are set from it (the popup checks its stored summary with this).
 */
export async function recountDue(db: WatchlistDb, days: number, now: Date = new Date()): Promise<DueSummary> {
  const count = await countDue(db, localDay(now), days);
  void publish(count, days);
  return count.summary;
}

/**
 * Keeps the badge and the popup's summary current while this context lives: they follow every
 * write to the watchlist (Dexie's live query, across the extension's contexts).
 */
export function watchBadge(db: WatchlistDb, days: number): () => void {
  const subscription = liveQuery(() => countDue(db, localDay(), days)).subscribe({
    next: (count) => void publish(count, days),
    error: () => {},
  });
  return () => subscription.unsubscribe();
}
