import { browser } from 'wxt/browser';
import type VI_MESSAGES from '../assets/public/_locales/vi/messages.json';

/** Every key of `_locales/vi/messages.json`; the English file must have the same keys (a unit test checks). */
export type MessageKey = keyof typeof VI_MESSAGES;

/**
 * The UI string for `key` in the browser's language (Vietnamese by default).
 * Falls back to the key itself so a missing message is visible rather than blank.
 */
export function t(key: MessageKey, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
