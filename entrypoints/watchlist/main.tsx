import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { WatchlistApp } from '../../components/WatchlistApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('watchlistTitle');
render(<WatchlistApp />, document.body);
