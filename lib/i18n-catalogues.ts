/**
 * Both message files, for the extension's pages and background to provide to `i18n.ts` (the
 * content script asks the background for one instead: see there).
 */
import EN_MESSAGES from '../assets/public/_locales/en/messages.json';
import VI_MESSAGES from '../assets/public/_locales/vi/messages.json';
import type { MessageTable } from './i18n';

export const CATALOGUES: Readonly<Record<'vi' | 'en', MessageTable>> = { vi: VI_MESSAGES, en: EN_MESSAGES };
