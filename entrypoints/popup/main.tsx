import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { PopupApp } from '../../components/PopupApp';
import { saveFromPopup } from '../../lib/db/popup-watchlist';
import { WatchlistDb } from '../../lib/db/schema';
import { dueSummary, savedKeys } from '../../lib/db/watchlist';
import { enableSite, scanTab } from '../../lib/optional-sites';
import { findTargetTab, getFindings, getTabStatus, scrollToFinding } from '../../lib/tabs';
import { isoToday } from '../../lib/watchlist-view';

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
    openWatchlist={() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/watchlist.html') });
      window.close();
    }}
    loadSaved={(keys) => savedKeys(db, keys)}
    save={(findings, page, save) => saveFromPopup(db, findings, page, save)}
    loadDue={() => dueSummary(db, isoToday())}
  />,
  document.body,
);
