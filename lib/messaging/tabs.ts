/** The popup's side of the page protocol: finding the tab it speaks for and asking its content script. */
import { browser } from 'wxt/browser';
import type { Attachment } from '../links/attachments';
import { quietly } from '../log';
import type { FindingSummary } from '../watchlist/types';
import { sendToTab } from './channel';
import type { PageStatus } from './protocol';

export type TabStatus =
  | { kind: 'active'; tabId: number; status: PageStatus }
  | { kind: 'inactive'; tabId: number; url: string }
  | { kind: 'none' };

/**
 * The tab a popup speaks for: `?tab=<id>` in the page's own URL when it was opened for a given tab
 * (a detached popup window, tests), else the active tab of the last focused window.
 */
export async function findTargetTab(search: string = location.search): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/**
 * Asks the content script in `tabId` for its status; a tab without it (not enabled) is `inactive`.
 * The tab's URL is known when the popup was opened from the toolbar (activeTab); a popup opened
 * for a tab (`?tab=…&url=…`, a detached window or a test) is told it.
 */
export async function getTabStatus(tabId: number | undefined, search: string = location.search): Promise<TabStatus> {
  if (tabId === undefined) return { kind: 'none' };
  const tab = await browser.tabs.get(tabId).catch(quietly('reading the tab'));
  if (!tab) return { kind: 'none' };
  // No answer means no content script in this tab: that is the "inactive" state, not a failure.
  const status = await sendToTab(tabId, 'getPageStatus', {}).catch(() => undefined);
  if (status?.active) return { kind: 'active', tabId, status };
  return { kind: 'inactive', tabId, url: tab.url ?? new URLSearchParams(search).get('url') ?? '' };
}

/** The findings of the content script in `tabId`, one line per document or date. */
export async function getFindings(tabId: number): Promise<FindingSummary[]> {
  return (await sendToTab(tabId, 'getFindings', {}).catch(quietly('listing the findings'))) ?? [];
}

/** Scrolls the page in `tabId` to the finding at `index` and opens its card. */
export async function scrollToFinding(tabId: number, index: number): Promise<void> {
  await sendToTab(tabId, 'scrollToFinding', { index });
}

/** Asks the content script in `tabId` to scan its page again from scratch. */
export async function rescanTab(tabId: number): Promise<void> {
  await sendToTab(tabId, 'rescan', {});
}

/** Tells the content script in `tabId` that the watchlist changed; a tab without one needs nothing. */
export async function refreshSavedInTab(tabId: number): Promise<void> {
  await sendToTab(tabId, 'refreshSaved', {}).catch(quietly('repainting saved findings'));
}

/** The PDF and Word files the page in `tabId` links or embeds; none when no content script answers. */
export async function getAttachments(tabId: number): Promise<Attachment[]> {
  return (await sendToTab(tabId, 'getAttachments', {}).catch(quietly('listing the attachments'))) ?? [];
}
