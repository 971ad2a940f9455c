import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { PopupApp } from '../../components/PopupApp';
import { viewerUrl } from '../../lib/documents/context-menu';
import { provideCatalogues, setUiLanguage, uiLanguage } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n-catalogues';
import { PRIVATE_WINDOW } from '../../lib/messaging/protocol';
import {
  findTargetTab,
  getAttachments,
  getFindings,
  getTabStatus,
  refreshSavedInTab,
  rescanTab,
  scrollToFinding,
} from '../../lib/messaging/tabs';
import { summaryFor } from '../../lib/reminders/popup-summary';
import { readStoredSummary } from '../../lib/reminders/summary-store';
import { loadSettings } from '../../lib/settings/store';
import { enableSite, scanTab } from '../../lib/sites/optional';
import { localDay } from '../../lib/watchlist/due';
import type { PopupWatchlist } from './watchlist-access';

provideCatalogues(CATALOGUES); // the chosen language's messages, whatever the browser's

// In a private window the watchlist is neither read nor written (Firefox refuses IndexedDB there,
// and what is read privately must not reach the disk): the popup still lists the page's findings.
const privateWindow = browser.extension?.inIncognitoContext === true;
// The first render waits only for the settings, the shortcut as the browser has it now (the user
// may have changed or removed it) and the stored "coming up" summary, read together. The database
// code loads after it (`watchlist-access.ts`).
const [settings, commands, stored] = await Promise.all([
  loadSettings(),
  browser.commands?.getAll?.().catch(() => []),
  privateWindow ? undefined : readStoredSummary(),
]);
setUiLanguage(settings.language);
const lang = uiLanguage();
document.documentElement.lang = lang;
let watchlistAccess: Promise<PopupWatchlist> | undefined;
const watchlist = () =>
  (watchlistAccess ??= import('./watchlist-access').then((module) => module.popupWatchlist(settings.reminderDays)));
const refused = () => Promise.reject(new Error(PRIVATE_WINDOW));
const watchlistShortcut = commands?.find((command) => command.name === 'open-watchlist')?.shortcut || undefined;
render(
  <PopupApp
    lang={lang}
    loadStatus={async () => getTabStatus(await findTargetTab())}
    loadFindings={getFindings}
    pick={(tabId, finding) => void scrollToFinding(tabId, finding.first)}
    enableSite={async (tabId, url) => {
      const granted = await enableSite(url);
      if (granted) await scanTab(tabId);
      return granted;
    }}
    scanOnce={scanTab}
    rescan={rescanTab}
    openWatchlist={() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/watchlist.html') });
      window.close();
    }}
    openSettings={() => {
      void browser.runtime.openOptionsPage();
      window.close();
    }}
    privateWindow={privateWindow}
    highlights={settings.categories}
    watchlistShortcut={watchlistShortcut}
    loadSaved={privateWindow ? async () => [] : async (keys) => (await watchlist()).savedKeys(keys)}
    save={async (findings, { tabId, url, title }, save) => {
      if (privateWindow) return { ok: false, error: PRIVATE_WINDOW };
      const result = await (await watchlist()).save(findings, { url, title }, save);
      await refreshSavedInTab(tabId);
      return result;
    }}
    storedDue={summaryFor(stored, localDay(), settings.reminderDays)}
    loadDue={privateWindow ? refused : async () => (await watchlist()).readDue()}
    exportCsv={privateWindow ? refused : async () => (await watchlist()).exportCsv(lang)}
    loadAttachments={getAttachments}
    openDocument={(url) => {
      void browser.tabs.create({ url: viewerUrl(url) });
      window.close();
    }}
  />,
  document.body,
);
// The database code starts loading now, while the first render is painted.
if (!privateWindow) void watchlist().catch(() => undefined);
