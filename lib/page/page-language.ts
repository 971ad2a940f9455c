/**
 * The interface language on the page. The content script carries no message files (i18n.ts):
 * when the user chose a language other than the browser's, the background sends that one file.
 * Asked only where we annotate, together with loading the annotator.
 */
import { type MessageTable, missingCatalogue, provideCatalogues } from '../i18n';
import { logQuietly } from '../log';
import { sendToBackground } from '../messaging/channel';

/** Gets the chosen language's messages (set with `setUiLanguage`) when `t()` cannot speak it yet. */
export async function loadChosenLanguage(
  ask: (lang: 'vi' | 'en') => Promise<MessageTable> = (lang) => sendToBackground('getMessages', { lang }),
): Promise<void> {
  const missing = missingCatalogue();
  if (!missing) return;
  try {
    provideCatalogues({ [missing]: await ask(missing) });
  } catch (error) {
    // The browser's language answers meanwhile; the next change of settings asks again.
    logQuietly('loading the chosen interface language', error);
  }
}
