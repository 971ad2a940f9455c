import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import './capture.css';
import { CaptureApp } from '../../components/capture/CaptureApp';
import { WatchlistDb } from '../../lib/db/schema';
import { describeStorageError, saveFindingsOfPage } from '../../lib/db/watchlist';
import { dexieWatchlistData } from '../../lib/db/watchlist-data';
import { documentFindings } from '../../lib/documents/findings';
import { extractDocumentLazily } from '../../lib/extract/document';
import { provideCatalogues, setUiLanguage, t, uiLanguage } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n-catalogues';
import { openOrFocus, takeSelection } from '../../lib/messaging/capture-handoff';
import { PRIVATE_WINDOW } from '../../lib/messaging/protocol';
import { watchBadge } from '../../lib/reminders/badge';
import { loadSettings } from '../../lib/settings/store';
import { captureSource, proposeCapture } from '../../lib/watchlist/capture';
import { localDay } from '../../lib/watchlist/due';
import { summarizeLines } from '../../lib/watchlist/summary';

provideCatalogues(CATALOGUES); // the chosen language's messages, whatever the browser's

const settings = await loadSettings();
setUiLanguage(settings.language);
const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('captureTitle');

const id = new URLSearchParams(location.search).get('id') ?? '';
const selection = id ? await takeSelection(id) : undefined;
// Selected in a private window (or this page opened in one): read, show, never write.
const privateWindow = selection?.private === true || browser.extension?.inIncognitoContext === true;
const db = privateWindow ? undefined : new WatchlistDb();
if (db) watchBadge(db, settings.reminderDays);
const data = db && dexieWatchlistData(db);

// The one extraction pipeline; a year-less date in the selection is read as of today.
const text = selection?.text ?? '';
const today = localDay();
const extraction = text ? await extractDocumentLazily(text, { published: today }) : { references: [], dates: [] };
const proposal = proposeCapture(summarizeLines(documentFindings(text, extraction)));
const onWeb = !!selection && /^https?:\/\//i.test(selection.url);
const source = () => (selection && onWeb ? captureSource(selection, new Date().toISOString()) : undefined);

render(
  <CaptureApp
    lang={lang}
    selection={selection}
    proposal={proposal}
    privateWindow={privateWindow}
    saveDraft={async (draft) => {
      if (!data) throw new Error(PRIVATE_WINDOW);
      return data.add(draft, source()).catch((error: unknown) => {
        throw new Error(describeStorageError(error));
      });
    }}
    saveDocuments={async (documents) => {
      if (!db || !selection) return { ok: false, error: PRIVATE_WINDOW };
      return saveFindingsOfPage(db, documents, { url: selection.url, title: selection.title }, true);
    }}
    openWatchlist={() => void openOrFocus('/watchlist.html')}
  />,
  document.body,
);
