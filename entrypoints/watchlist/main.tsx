import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { PrivateWindowNotice } from '../../components/PrivateWindowNotice';
import { firstScreenRows, WatchlistApp } from '../../components/WatchlistApp';
import { WatchlistDb } from '../../lib/db/schema';
import { dexieWatchlistData } from '../../lib/db/watchlist-data';
import { watchlistFiles } from '../../lib/export/export-watchlist';
import { provideCatalogues, setUiLanguage, t, uiLanguage } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n-catalogues';
import { watchBadge } from '../../lib/reminders/badge';
import { loadSettings } from '../../lib/settings/store';
import { localDay } from '../../lib/watchlist/due';
import { dueSoonFilter, firstItemsLead, OPEN_FILTER } from '../../lib/watchlist/view';

provideCatalogues(CATALOGUES); // the chosen language's messages, whatever the browser's

// In a private window the on-disk list is neither opened nor written (Firefox refuses IndexedDB
// there): the page says so and offers to open itself in a normal window.
const privateWindow = browser.extension?.inIncognitoContext === true;
const db = privateWindow ? undefined : new WatchlistDb();
const data = db && dexieWatchlistData(db);
const listHeight = Math.max(320, window.innerHeight - 260);
// The rows of the first screen are read while the settings load (the page's default order needs no
// setting), so its first render has them. A failed read is tried again, and said, by the page.
const firstRead = data?.firstOpenItems?.(firstScreenRows(listHeight)).catch(() => undefined);
const settings = await loadSettings();
setUiLanguage(settings.language);
const lang = uiLanguage();
const today = localDay();
document.documentElement.lang = lang;
document.title = t('watchlistTitle');
if (!db) {
  render(
    <PrivateWindowNotice
      openInNormalWindow={async () => {
        await browser.windows.create({ url: location.href, incognito: false });
      }}
    />,
    document.body,
  );
} else {
  // The badge follows this page's writes; it need not be read before the first rows are.
  const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(() => watchBadge(db, settings.reminderDays), { timeout: 2000 });
  // `?view=due` comes from the reminder notification: show what it counted.
  const showDue = new URLSearchParams(location.search).get('view') === 'due';
  const initialFilter = showDue ? dueSoonFilter(today, settings.reminderDays) : OPEN_FILTER;
  const initialFirst = firstItemsLead(initialFilter) ? await firstRead : undefined;
  render(
    <WatchlistApp
      data={data ?? dexieWatchlistData(db)}
      files={watchlistFiles(db, lang, today, t('calendarName'))}
      today={today}
      lang={lang}
      reminderDays={settings.reminderDays}
      initialFilter={initialFilter}
      initialFirst={initialFirst}
      listHeight={listHeight}
    />,
    document.body,
  );
}
