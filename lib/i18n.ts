/**
 * Typed access to `_locales`. By default the browser picks the language (Vietnamese unless the
 * browser is set otherwise); when the user chooses one in the settings, the same message files,
 * bundled, answer instead, with the browser's placeholder rules.
 */
import { browser } from 'wxt/browser';
import EN_MESSAGES from '../assets/public/_locales/en/messages.json';
import VI_MESSAGES from '../assets/public/_locales/vi/messages.json';
import type { UiLanguage } from './settings/settings';

/** Every key of `_locales/vi/messages.json`; the English file must have the same keys (a unit test checks). */
export type MessageKey = keyof typeof VI_MESSAGES;

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type MessageTable = Record<string, MessageEntry | undefined>;

const TABLES: Readonly<Record<'vi' | 'en', MessageTable>> = { vi: VI_MESSAGES, en: EN_MESSAGES };
let chosen: 'vi' | 'en' | undefined;

/** `$NAME$` placeholders filled from `substitutions` as the browser's `i18n.getMessage` does. */
export function formatMessage(entry: MessageEntry | undefined, substitutions: readonly string[] = []): string {
  if (!entry) return '';
  return entry.message
    .replace(/\$(\w+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
      return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
    })
    .replace(/\$\$/g, '$');
}

/** Follows the user's language setting from now on in this context ('auto' gives it back to the browser). */
export function setUiLanguage(setting: UiLanguage): void {
  chosen = setting === 'auto' ? undefined : setting;
}

/** The language the UI speaks in this context. */
export function uiLanguage(): 'vi' | 'en' {
  return chosen ?? (browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en');
}

/**
 * The UI string for `key`. Falls back to the key itself so a missing message is visible rather
 * than blank.
 */
export function t(key: MessageKey, substitutions?: string[]): string {
  const text = chosen ? formatMessage(TABLES[chosen][key], substitutions) : browser.i18n.getMessage(key, substitutions);
  return text || key;
}
