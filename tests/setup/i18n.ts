/**
 * WXT's fake browser has no i18n; components call `browser.i18n.getMessage`. This gives it the real
 * Vietnamese messages (the default locale), placeholders included, so tests read what users read.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const MESSAGES = JSON.parse(readFileSync('assets/public/_locales/vi/messages.json', 'utf8')) as Messages;

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  });
}

Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'vi' });
