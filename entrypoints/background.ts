import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { settlePending } from '../lib/db/pending';
import { WatchlistDb } from '../lib/db/schema';
import { dexieWatchlist } from '../lib/db/watchlist-port';
import { registerDocumentMenu, viewerUrl } from '../lib/documents/context-menu';
import { extractDocumentLazily } from '../lib/extract/document';
import { provideCatalogues, setUiLanguage, t } from '../lib/i18n';
import { CATALOGUES } from '../lib/i18n-catalogues';
import { quietly } from '../lib/log';
import { registerBackgroundHandlers } from '../lib/messaging/background-handlers';
import { CAPTURE_MENU_ID, openOrFocus, registerCaptureMenu } from '../lib/messaging/capture-handoff';
import { scheduleAlarms, startReminders } from '../lib/reminders/alarms';
import { watchBadge } from '../lib/reminders/badge';
import type { Settings } from '../lib/settings/settings';
import { loadSettings, watchSettings } from '../lib/settings/store';
import { scanTab } from '../lib/sites/optional';

const SCAN_MENU_ID = 'scan-page';
const OPEN_WATCHLIST_COMMAND = 'open-watchlist';

export default defineBackground(() => {
  provideCatalogues(CATALOGUES); // the chosen language's messages, whatever the browser's
  const db = new WatchlistDb();
  registerBackgroundHandlers({
    watchlist: dexieWatchlist(db),
    readText: (text, options) => extractDocumentLazily(text, options),
    // A clicked PDF link (option "openPdfInViewer"): the viewer opens next to the page.
    openDocument: async (url, besideIndex) => {
      await browser.tabs.create({
        url: viewerUrl(url),
        index: besideIndex === undefined ? undefined : besideIndex + 1,
      });
    },
  });
  registerDocumentMenu(); // "Open document with VănBản Watch" on links to PDF and Word files
  registerCaptureMenu(() => t('menuCaptureSelection')); // "Add to watchlist" on selected text, any page
  // Ask the browser not to evict the watchlist under storage pressure. Firefox's background page
  // has persist(); Chromium's service worker does not, and Chromium never evicts the storage of an
  // extension holding `unlimitedStorage` (its quota policy), though persisted() stays false there.
  void navigator.storage?.persist?.().catch(quietly('asking for persistent storage'));
  // A restore whose page closed before its records were moved into the rows: move them now.
  void settlePending(db).catch(quietly('settling a restore'));

  // Settings: read once per wake-up, followed live; the badge follows the watchlist and the window.
  let settings: Promise<Settings> = loadSettings();
  let stopBadge = () => {};
  const apply = (current: Settings) => {
    setUiLanguage(current.language);
    stopBadge();
    stopBadge = watchBadge(db, current.reminderDays);
    void browser.contextMenus.update(SCAN_MENU_ID, { title: t('menuScanPage') }).catch(quietly('renaming the menu'));
    void browser.contextMenus
      .update(CAPTURE_MENU_ID, { title: t('menuCaptureSelection') })
      .catch(quietly('renaming the menu'));
  };
  void settings.then(apply);
  watchSettings((current) => {
    settings = Promise.resolve(current);
    apply(current); // restarting the badge watch sets the badge for the new window
    void scheduleAlarms(current);
  });
  void startReminders(db, () => settings);

  // "Scan this page" from the context menu and the keyboard shortcut, through activeTab.
  browser.runtime.onInstalled.addListener(() => {
    void settings.then(() =>
      browser.contextMenus.create({ id: SCAN_MENU_ID, title: t('menuScanPage'), contexts: ['page', 'selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SCAN_MENU_ID && tab?.id !== undefined)
      void scanTab(tab.id).catch(quietly('scanning the tab'));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SCAN_MENU_ID && tab?.id !== undefined) void scanTab(tab.id).catch(quietly('scanning the tab'));
    if (command === OPEN_WATCHLIST_COMMAND) void openOrFocus('/watchlist.html').catch(quietly('opening the watchlist'));
  });
});
