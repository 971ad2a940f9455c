import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import './viewer.css';
import { ViewerApp } from '../../components/viewer/ViewerApp';
import { browserReaders, startAnalysisWorker, startDocxWorker } from '../../lib/documents/viewer/browser-readers';
import { provideCatalogues, setUiLanguage, t, uiLanguage } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n-catalogues';
import { attachmentKind } from '../../lib/links/attachments';
import { PRIVATE_WINDOW } from '../../lib/messaging/protocol';
import { loadSettings } from '../../lib/settings/store';
import { openWatchlist, openWatchlistAfterFirstFrame } from './lazy-watchlist';

provideCatalogues(CATALOGUES); // the chosen language's messages, whatever the browser's

function isDocxUrl(url: string): boolean {
  try {
    return attachmentKind(new URL(url)) === 'docx';
  } catch {
    return false;
  }
}

// viewer.html?file=<encoded absolute URL>; without it, the file picker and drag-and-drop.
const file = new URLSearchParams(location.search).get('file') ?? undefined;
// Extraction's worker loads its tables while the settings and the document are read; so does the
// DOCX worker, when the URL names a Word file.
startAnalysisWorker();
if (file && isDocxUrl(file)) startDocxWorker();
// In a private window documents are read and shown, and nothing is written to the on-disk list.
const privateWindow = browser.extension?.inIncognitoContext === true;
const settings = await loadSettings();
setUiLanguage(settings.language);
const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('viewerTitle');
if (!privateWindow) openWatchlistAfterFirstFrame(settings.reminderDays);
const watchlist = () => openWatchlist(settings.reminderDays);
render(
  <ViewerApp
    initialUrl={file}
    lang={lang}
    t={(key, subs) => t(key as never, subs)}
    readers={browserReaders}
    save={async (finding, source, save) => {
      if (privateWindow) return { ok: false, error: PRIVATE_WINDOW };
      const { saveDocumentFinding } = await import('../../lib/documents/viewer/save');
      return saveDocumentFinding(await watchlist(), finding, source, save);
    }}
    savedKeys={async (keys) => {
      if (privateWindow) return [];
      const { savedKeys } = await import('../../lib/db/watchlist');
      return savedKeys(await watchlist(), keys);
    }}
  />,
  document.body,
);
