/**
 * The interface language on the page. The content script carries no message files (i18n.ts):
 * when the user chose a language other than the browser's, the background sends that one file.
 */

import type { MessageTable } from '../i18n';
import { missingCatalogue, provideCatalogues, setUiLanguage } from '../i18n';
import { logQuietly } from '../log';
import { sendToBackground } from '../messaging/channel';
import type { UiLanguage } from '../settings/settings';

export async function followLanguage(
  setting: UiLanguage,
  ask: (lang: 'vi' | 'en') => Promise<MessageTable> = (lang) => sendToBackground('getMessages', { lang }),
): Promise<void> {
  setUiLanguage(setting);
  const missing = missingCatalogue();
  if (!missing) return;
  try {
    provideCatalogues({ [missing]: await ask(missing) });
  } catch (error) {
    // The browser's language answers meanwhile; the next change of settings asks again.
    logQuietly('loading the chosen interface language', error);
  }
}
