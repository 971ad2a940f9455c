/**
 * Whether the annotator runs on this page, and with which settings, followed live: a site the
 * user switches off stops being annotated at once (everything we added is removed), and comes
 * back when switched on again, without a reload. "Scan this page" is an explicit request and
 * annotates even a switched-off site.
 */
import { setUiLanguage } from '../i18n';
import { isHostAllowed, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/store';
import { type Annotator, startAnnotator } from './annotator';
import type { PageLife } from './lifetime';

export async function runOnPage(life: PageLife, requested: boolean, doc: Document = document): Promise<void> {
  let settings: Settings = await loadSettings();
  let annotator: Annotator | undefined;
  const follow = () => {
    setUiLanguage(settings.language);
    const allowed = requested || isHostAllowed(doc.location.hostname, settings);
    if (!allowed) {
      annotator?.stop();
      annotator = undefined;
    } else if (annotator) {
      annotator.apply(settings);
    } else if (life.alive) {
      annotator = startAnnotator(life, settings, doc);
    }
  };
  follow();
  const unwatch = watchSettings((next) => {
    settings = next;
    follow();
  });
  life.onEnd(unwatch);
}
