/**
 * "Thêm vào danh sách theo dõi" on selected text, on any page (no host permission: the menu hands
 * us the selection). The background keeps the selection in session storage under a one-time id
 * (memory only, never on disk, and not in a long URL) and opens the capture page in a small
 * window; the capture page takes the entry and removes it.
 */
import { browser } from 'wxt/browser';
import { quietly } from '../log';
import { type CapturedSelection, capSelection } from '../watchlist/capture';

export const CAPTURE_MENU_ID = 'capture-selection';
const ENTRY_PREFIX = 'capture:';
const CAPTURE_WINDOW = { width: 520, height: 720 };

/** What the context menu tells us about a click, as far as the capture needs it. */
export interface SelectionClick {
  selectionText?: string;
  pageUrl?: string;
}

/** The capture page's address for a hand-off id. */
export function captureUrl(id: string, base = browser.runtime.getURL('/capture.html')): string {
  return `${base}?id=${encodeURIComponent(id)}`;
}

/** Keeps the selection for the capture page; returns the one-time id. */
export async function handOffSelection(
  click: SelectionClick,
  tab: { title?: string; incognito?: boolean } | undefined,
): Promise<string> {
  const { text, cut } = capSelection(click.selectionText ?? '');
  const selection: CapturedSelection = {
    text,
    cut,
    url: click.pageUrl ?? '',
    title: tab?.title ?? '',
    private: tab?.incognito === true,
  };
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [ENTRY_PREFIX + id]: selection });
  return id;
}

/** The selection handed over under `id`, removed as it is read (a second read finds nothing). */
export async function takeSelection(id: string): Promise<CapturedSelection | undefined> {
  const key = ENTRY_PREFIX + id;
  const stored = (await browser.storage.session.get(key))[key] as Partial<CapturedSelection> | undefined;
  await browser.storage.session.remove(key).catch(quietly('clearing the capture hand-off'));
  if (!stored || typeof stored.text !== 'string') return undefined;
  return {
    text: stored.text,
    cut: stored.cut === true,
    url: typeof stored.url === 'string' ? stored.url : '',
    title: typeof stored.title === 'string' ? stored.title : '',
    private: stored.private === true,
  };
}

/** Opens `url` in a small popup window, or in a tab where windows cannot be made (Android). */
export async function openSmallWindow(url: string): Promise<void> {
  try {
    await browser.windows.create({ url, type: 'popup', ...CAPTURE_WINDOW });
  } catch {
    await browser.tabs.create({ url });
  }
}

/** What the menu item does: hand the selection over and open the capture page on it. */
export async function captureSelection(
  click: SelectionClick,
  tab: { title?: string; incognito?: boolean } | undefined,
): Promise<void> {
  const id = await handOffSelection(click, tab);
  await openSmallWindow(captureUrl(id));
}

/** Brings an open tab of `path` (one of our pages) to the front, or opens one. */
export async function openOrFocus(path: string): Promise<void> {
  const url = browser.runtime.getURL(path as '/watchlist.html');
  const open = await findOurTab(url);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

/** A tab showing our page `url` (any query). Our own pages need no "tabs" permission to be found. */
async function findOurTab(url: string): Promise<{ id?: number; windowId?: number } | undefined> {
  const base = url.split(/[?#]/)[0] as string;
  const tabs = await browser.tabs.query({ url: `${base}*` }).catch(() => []);
  return tabs[0];
}

/** Registers the selection menu item; its title follows the UI language through `title()`. */
export function registerCaptureMenu(title: () => string): void {
  browser.runtime.onInstalled.addListener(() => {
    // Web pages only: the selection's page becomes the item's source, and backups keep http(s) sources.
    browser.contextMenus.create({
      id: CAPTURE_MENU_ID,
      title: title(),
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CAPTURE_MENU_ID) return;
    void captureSelection(info, tab).catch(quietly('capturing the selection'));
  });
}
