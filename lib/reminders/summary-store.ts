/**
 * Where the popup's summary (`popup-summary.ts`) is kept: `storage.session` (memory, cleared when
 * the browser closes), or `storage.local` where a browser has no session area. Each context that
 * counts what is due for the badge stores what it counted; the popup reads it at start.
 */
import { browser } from 'wxt/browser';
import { quietly } from '../log';
import type { PopupSummary } from './popup-summary';

const SUMMARY_KEY = 'popupSummary';

function summaryArea() {
  return browser.storage.session ?? browser.storage.local;
}

/** What is stored, unchecked (`summaryFor` tells whether it can be shown); undefined on a failed read. */
export async function readStoredSummary(): Promise<unknown> {
  const stored = await summaryArea().get(SUMMARY_KEY).catch(quietly('reading the popup summary'));
  return stored?.[SUMMARY_KEY];
}

export async function storeSummary(summary: PopupSummary): Promise<void> {
  await summaryArea()
    .set({ [SUMMARY_KEY]: summary })
    .catch(quietly('storing the popup summary'));
}
