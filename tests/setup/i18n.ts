/**
 * WXT's fake browser has no i18n; components call `browser.i18n.getMessage`. This gives it the real
 * Vietnamese messages (the default locale), placeholders included, so tests read what users read.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { formatMessage, type MessageEntry, provideCatalogues } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n-catalogues';

const MESSAGES = JSON.parse(readFileSync('assets/public/_locales/vi/messages.json', 'utf8')) as Record<
  string,
  MessageEntry
>;

function getMessage(key: string, substitutions?: string | string[]): string {
  return formatMessage(MESSAGES[key], typeof substitutions === 'string' ? [substitutions] : substitutions);
}

Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'vi' });
// As the extension's pages and background do at their start.
provideCatalogues(CATALOGUES);
