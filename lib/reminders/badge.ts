/**
 * The toolbar badge: how many open deadlines are overdue or due within the user's window, red when
 * any is overdue. Any extension context that writes the watchlist keeps it current (`watchBadge`),
 * and the background also sets it on start-up and when the day changes.
 */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { WatchlistDb } from '../db/schema';
import { type DueSummary, dueSummary } from '../db/watchlist';
import { t } from '../i18n';
import { quietly } from '../log';
import { localDay } from '../watchlist/due';

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

/** Sets the badge from the database now. */
export async function refreshBadge(db: WatchlistDb, days: number, now: Date = new Date()): Promise<BadgeState> {
  const state = badgeFor(await dueSummary(db, localDay(now), days, 0), days);
  await showBadge(state).catch(quietly('setting the badge'));
  return state;
}

/** Keeps the badge current while this context lives: it follows every write to the watchlist. */
export function watchBadge(db: WatchlistDb, days: number): () => void {
  const subscription = liveQuery(() => dueSummary(db, localDay(), days, 0)).subscribe({
    next: (summary) => void showBadge(badgeFor(summary, days)).catch(quietly('setting the badge')),
    error: () => {},
  });
  return () => subscription.unsubscribe();
}
