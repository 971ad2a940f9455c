import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { PopupApp } from '../../components/PopupApp';
import { findTargetTab, getTabStatus } from '../../lib/tabs';

const loadStatus = async () => getTabStatus(await findTargetTab());
const openWatchlist = () => {
  void browser.tabs.create({ url: browser.runtime.getURL('/watchlist.html') });
  window.close();
};

document.documentElement.lang = browser.i18n.getUILanguage();
render(<PopupApp loadStatus={loadStatus} openWatchlist={openWatchlist} />, document.body);
