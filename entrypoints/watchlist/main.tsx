import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { WatchlistApp } from '../../components/WatchlistApp';
import { WatchlistDb } from '../../lib/db/schema';
import { isoToday } from '../../lib/watchlist-view';

const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
document.documentElement.lang = lang;
document.title = browser.i18n.getMessage('watchlistTitle');
render(
  <WatchlistApp
    db={new WatchlistDb()}
    today={isoToday()}
    lang={lang}
    listHeight={Math.max(320, window.innerHeight - 260)}
  />,
  document.body,
);
