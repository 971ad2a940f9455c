/**
 * Whether the annotator runs on this page, and with which settings, followed live: a site the
 * user switches off stops being annotated at once (everything we added is removed), and comes
 * back when switched on again, without a reload. "Scan this page" is an explicit request and
 * annotates even a switched-off site.
 */
import { setUiLanguage } from '../i18n';
import { logQuietly } from '../log';
import { sendToBackground } from '../messaging/channel';
import { isHostAllowed, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/store';
import type { Annotator } from './annotator';
import { dropEarlyStyles } from './early-styles';
import type { PageLife } from './lifetime';
import { loadChosenLanguage } from './page-language';
import { interceptPdfClicks } from './pdf-links';

export async function runOnPage(life: PageLife, requested: boolean, doc: Document = document): Promise<void> {
  let settings: Settings = await loadSettings();
  let annotator: Annotator | undefined;
  /**
   * The annotator loads the first time the page is to be annotated, in a task of its own, not in
   * the script's evaluation; a switched-off site never needs it. (Extraction runs in the background.)
   */
  let startAnnotator: typeof import('./annotator').startAnnotator | undefined;
  let loadingAnnotator = false;
  const loadAnnotator = () => {
    loadingAnnotator = true;
    // The chosen language's messages (when not the browser's) come with it: only where we annotate.
    Promise.all([import('./annotator'), loadChosenLanguage()]).then(
      ([module]) => {
        startAnnotator = module.startAnnotator;
        loadingAnnotator = false;
        if (life.alive) follow();
      },
      (error: unknown) => {
        loadingAnnotator = false;
        logQuietly('loading the annotator', error);
        dropEarlyStyles(doc);
      },
    );
  };
  let stopPdfClicks: (() => void) | undefined;
  const followPdfOption = () => {
    const wanted = annotator !== undefined && settings.openPdfInViewer;
    if (wanted && !stopPdfClicks) {
      stopPdfClicks = interceptPdfClicks(doc, (url) => {
        sendToBackground('openDocument', { url }).catch((error) => {
          // The extension went away (reloaded): follow the link as the browser would have.
          logQuietly('opening the viewer failed', error);
          doc.location.assign(url);
        });
      });
    } else if (!wanted && stopPdfClicks) {
      stopPdfClicks();
      stopPdfClicks = undefined;
    }
  };
  const follow = () => {
    setUiLanguage(settings.language);
    const allowed = requested || isHostAllowed(doc.location.hostname, settings);
    if (!allowed) {
      annotator?.stop();
      annotator = undefined;
    } else if (annotator) {
      annotator.apply(settings);
    } else if (life.alive && startAnnotator) {
      annotator = startAnnotator(life, settings, doc);
    } else if (life.alive && !loadingAnnotator) {
      loadAnnotator();
    }
    // The highlight rules adopted at document_start stay only with an annotator to use them.
    if (!annotator && !loadingAnnotator) dropEarlyStyles(doc);
    followPdfOption();
  };
  follow();
  const unwatch = watchSettings((next) => {
    settings = next;
    follow();
    if (annotator) void loadChosenLanguage();
  });
  life.onEnd(() => {
    unwatch();
    stopPdfClicks?.();
  });
}
