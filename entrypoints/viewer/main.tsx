import { render } from 'preact';
import '../../assets/ui.css';
import './viewer.css';
import { ViewerApp } from '../../components/viewer/ViewerApp';
import { WatchlistDb } from '../../lib/db/schema';
import { savedKeys } from '../../lib/db/watchlist';
import { browserReaders, startAnalysisWorker } from '../../lib/documents/viewer/browser-readers';
import { saveDocumentFinding } from '../../lib/documents/viewer/save';
import { setUiLanguage, t, uiLanguage } from '../../lib/i18n';
import { watchBadge } from '../../lib/reminders/badge';
import { loadSettings } from '../../lib/settings/store';

// viewer.html?file=<encoded absolute URL>; without it, the file picker and drag-and-drop.
// Extraction's worker loads its tables while the settings and the document are read.
startAnalysisWorker();
const db = new WatchlistDb();
const settings = await loadSettings();
setUiLanguage(settings.language);
const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('viewerTitle');
watchBadge(db, settings.reminderDays);
const file = new URLSearchParams(location.search).get('file') ?? undefined;
render(
  <ViewerApp
    initialUrl={file}
    lang={lang}
    t={(key, subs) => t(key as never, subs)}
    readers={browserReaders}
    save={(finding, source, save) => saveDocumentFinding(db, finding, source, save)}
    savedKeys={(keys) => savedKeys(db, keys)}
  />,
  document.body,
);
