/**
 * Typed access to `_locales`. By default the browser picks the language (Vietnamese unless the
 * browser is set otherwise); when the user chooses one in the settings, the same message files
 * answer instead, with the browser's placeholder rules. The files are not imported here: the
 * extension's pages and background provide them (`i18n-catalogues.ts`), and the content script,
 * which runs on every page and would pay for compiling 67 KB of messages each time, asks the
 * background for the one it needs only when the choice differs from the browser's language.
 */
import { browser } from 'wxt/browser';
import type VI_MESSAGES from '../assets/public/_locales/vi/messages.json';
import type { UiLanguage } from './settings/settings';

/** Every key of `_locales/vi/messages.json`; the English file must have the same keys (a unit test checks). */
export type MessageKey = keyof typeof VI_MESSAGES;

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Record<string, MessageEntry | undefined>;
export type Catalogues = Partial<Record<'vi' | 'en', MessageTable>>;

const tables: Catalogues = {};
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

/** Makes these message files answer when their language is chosen. */
export function provideCatalogues(catalogues: Catalogues): void {
  Object.assign(tables, catalogues);
}

/**
 * The language chosen in the settings when its messages are still missing here and the browser
 * would answer in another one; undefined when `t()` can already speak the chosen language.
 */
export function missingCatalogue(): 'vi' | 'en' | undefined {
  return chosen && !tables[chosen] && chosen !== browserLanguage() ? chosen : undefined;
}

const browserLanguage = (): 'vi' | 'en' => (browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en');

/** Follows the user's language setting from now on in this context ('auto' gives it back to the browser). */
export function setUiLanguage(setting: UiLanguage): void {
  chosen = setting === 'auto' ? undefined : setting;
}

/** The language the UI speaks in this context. */
export function uiLanguage(): 'vi' | 'en' {
  return chosen ?? browserLanguage();
}

/**
 * The UI string for `key`. Falls back to the key itself so a missing message is visible rather
 * than blank.
 */
export function t(key: MessageKey, substitutions?: string[]): string {
  // Without the chosen language's file (a content script before the background answered), the browser's.
  const table = chosen && tables[chosen];
  const text = table ? formatMessage(table[key], substitutions) : browser.i18n.getMessage(key, substitutions);
  return text || key;
}
