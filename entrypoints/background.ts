import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '../lib/background/handlers';
import { dexieWatchlist } from '../lib/background/watchlist-port';
import { WatchlistDb } from '../lib/db/schema';
import { scanTab } from '../lib/optional-sites';

const SCAN_MENU_ID = 'scan-page';

export default defineBackground(() => {
  registerMessageHandlers(dexieWatchlist(new WatchlistDb()));
  // Ask the browser not to evict the watchlist under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);

  // "Scan this page" from the context menu and the keyboard shortcut, through activeTab.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SCAN_MENU_ID,
      title: browser.i18n.getMessage('menuScanPage'),
      contexts: ['page', 'selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SCAN_MENU_ID && tab?.id !== undefined) void scanTab(tab.id).catch(() => {});
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SCAN_MENU_ID && tab?.id !== undefined) void scanTab(tab.id).catch(() => {});
  });
});
