import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { PopupApp } from '../../components/PopupApp';
import { WatchlistDb } from '../../lib/db/schema';
import { dueSummary, savedKeys, saveFindingsOfPage } from '../../lib/db/watchlist';
import { viewerUrl } from '../../lib/documents/context-menu';
import { setUiLanguage, uiLanguage } from '../../lib/i18n';
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
import { refreshBadge } from '../../lib/reminders/badge';
import { loadSettings } from '../../lib/settings/store';
import { enableSite, scanTab } from '../../lib/sites/optional';
import { localDay } from '../../lib/watchlist/due';

// In a private window the watchlist is neither read nor written (Firefox refuses IndexedDB there,
// and what is read privately must not reach the disk): the popup still lists the page's findings.
const privateWindow = browser.extension?.inIncognitoContext === true;
const db = privateWindow ? undefined : new WatchlistDb();
// The database opens while the settings are read (a failure is said where "coming up" is read).
void db?.open().catch(() => undefined);
// The shortcut as the browser has it now (the user may have changed or removed it), read alongside.
const [settings, commands] = await Promise.all([loadSettings(), browser.commands?.getAll?.().catch(() => [])]);
setUiLanguage(settings.language);
const lang = uiLanguage();
document.documentElement.lang = lang;
const readDue = (database: WatchlistDb) => dueSummary(database, localDay(), settings.reminderDays);
// "Coming up" is read from here, before the first render, not after it; later reads start anew.
let firstDue = db ? readDue(db) : undefined;
firstDue?.catch(() => undefined);
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
    loadSaved={db ? (keys) => savedKeys(db, keys) : async () => []}
    save={async (findings, { tabId, url, title }, save) => {
      if (!db) return { ok: false, error: PRIVATE_WINDOW };
      const result = await saveFindingsOfPage(db, findings, { url, title }, save);
      // The popup's only writes: the badge follows them (a live watch here would double the first read).
      void refreshBadge(db, settings.reminderDays);
      await refreshSavedInTab(tabId);
      return result;
    }}
    loadDue={
      db
        ? () => {
            const read = firstDue ?? readDue(db);
            firstDue = undefined;
            return read;
          }
        : refused
    }
    // The export code (CSV, calendar, backup) loads on the click, not with the popup.
    exportCsv={
      db ? async () => (await import('../../lib/export/export-watchlist')).exportAllCsv(db, lang, localDay()) : refused
    }
    loadAttachments={getAttachments}
    openDocument={(url) => {
      void browser.tabs.create({ url: viewerUrl(url) });
      window.close();
    }}
  />,
  document.body,
);
