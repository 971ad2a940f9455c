import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import './viewer.css';
import { ViewerApp } from '../../components/viewer/ViewerApp';
import { WatchlistDb } from '../../lib/db/schema';
import { savedKeys } from '../../lib/db/watchlist';
import { browserReaders } from '../../lib/documents/viewer/browser-readers';
import { saveDocumentFinding } from '../../lib/documents/viewer/save';
import { setUiLanguage, t, uiLanguage } from '../../lib/i18n';
import { PRIVATE_WINDOW } from '../../lib/messaging/protocol';
import { watchBadge } from '../../lib/reminders/badge';
import { loadSettings } from '../../lib/settings/store';

// viewer.html?file=<encoded absolute URL>; without it, the file picker and drag-and-drop.
// In a private window documents are read and shown, and nothing is written to the on-disk list.
const privateWindow = browser.extension?.inIncognitoContext === true;
const db = privateWindow ? undefined : new WatchlistDb();
const settings = await loadSettings();
setUiLanguage(settings.language);
const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('viewerTitle');
if (db) watchBadge(db, settings.reminderDays);
const file = new URLSearchParams(location.search).get('file') ?? undefined;
render(
  <ViewerApp
    initialUrl={file}
    lang={lang}
    t={(key, subs) => t(key as never, subs)}
    readers={browserReaders}
    save={async (finding, source, save) =>
      db ? saveDocumentFinding(db, finding, source, save) : { ok: false, error: PRIVATE_WINDOW }
    }
    savedKeys={async (keys) => (db ? savedKeys(db, keys) : [])}
  />,
  document.body,
);
