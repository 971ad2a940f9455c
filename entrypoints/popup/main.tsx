import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { PopupApp } from '../../components/PopupApp';
import { WatchlistDb } from '../../lib/db/schema';
import { dueSummary, savedKeys, saveFindingsOfPage } from '../../lib/db/watchlist';
import { exportAllCsv } from '../../lib/export/export-watchlist';
import { setUiLanguage, uiLanguage } from '../../lib/i18n';
import {
  findTargetTab,
  getFindings,
  getTabStatus,
  refreshSavedInTab,
  rescanTab,
  scrollToFinding,
} from '../../lib/messaging/tabs';
import { watchBadge } from '../../lib/reminders/badge';
import { loadSettings } from '../../lib/settings/store';
import { enableSite, scanTab } from '../../lib/sites/optional';
import { localDay } from '../../lib/watchlist/due';

const db = new WatchlistDb();
const settings = await loadSettings();
setUiLanguage(settings.language);
const lang = uiLanguage();
document.documentElement.lang = lang;
watchBadge(db, settings.reminderDays);
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
    loadSaved={(keys) => savedKeys(db, keys)}
    save={async (findings, { tabId, url, title }, save) => {
      const result = await saveFindingsOfPage(db, findings, { url, title }, save);
      await refreshSavedInTab(tabId);
      return result;
    }}
    loadDue={() => dueSummary(db, localDay(), settings.reminderDays)}
    exportCsv={() => exportAllCsv(db, lang, localDay())}
  />,
  document.body,
);
