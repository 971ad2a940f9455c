import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { PopupApp } from '../../components/PopupApp';
import { saveFromPopup } from '../../lib/db/popup-watchlist';
import { WatchlistDb } from '../../lib/db/schema';
import { dueSummary, listItems, savedKeys } from '../../lib/db/watchlist';
import { exportCsv } from '../../lib/export/export-watchlist';
import { enableSite, scanTab } from '../../lib/optional-sites';
import { findTargetTab, getFindings, getTabStatus, rescanTab, scrollToFinding } from '../../lib/tabs';
import { applyFilter, DEFAULT_FILTER, isoToday } from '../../lib/watchlist-view';

const db = new WatchlistDb();
const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
document.documentElement.lang = lang;
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
    loadSaved={(keys) => savedKeys(db, keys)}
    save={(findings, page, save) => saveFromPopup(db, findings, page, save)}
    loadDue={() => dueSummary(db, isoToday())}
    exportCsv={async () => exportCsv(db, applyFilter(await listItems(db), DEFAULT_FILTER), lang, isoToday())}
  />,
  document.body,
);
