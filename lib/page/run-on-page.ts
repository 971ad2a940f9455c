/**
 * Whether the annotator runs on this page, and with which settings, followed live: a site the
 * user switches off stops being annotated at once (everything we added is removed), and comes
 * back when switched on again, without a reload. "Scan this page" is an explicit request and
 * annotates even a switched-off site.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setUiLanguage } from '../i18n';
import { isHostAllowed, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/store';
import { type Annotator, startAnnotator } from './annotator';
import { isUiHostMounted } from './ui-host';

export async function runOnPage(
  ctx: ContentScriptContext,
  requested: boolean,
  doc: Document = document,
): Promise<void> {
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
    } else if (!isUiHostMounted(doc) && ctx.isValid) {
      annotator = startAnnotator(ctx, settings, doc);
    }
  };
  follow();
  const unwatch = watchSettings((next) => {
    settings = next;
    follow();
  });
  ctx.onInvalidated(unwatch);
}
