/**
 * The one typed protocol between content script, background and extension pages.
 * Every message is `{ type, ...payload }`; receivers validate with `isMessage` and ignore the rest,
 * because a page can post anything to a content script's listeners.
 */

import type { DateMention, Reference } from '../extract/types';

/** What the content script reports about its tab. */
export interface PageStatus {
  /** The content script is running in this tab. */
  active: true;
  url: string;
  title: string;
  references: number;
  dates: number;
  /** What scanning cost the page (main-thread ms). */
  scan?: { busyMs: number; longestTaskMs: number; fullScanMs: number; done: boolean };
}

/** One document or date as the popup lists it: every occurrence on the page folded into one line. */
export interface FindingSummary {
  /** Reference key, or `date:<kind>:<value>` for a date. */
  key: string;
  category: FindingCategory;
  /** The text as written at the first occurrence. */
  text: string;
  reference?: Reference;
  date?: DateMention;
  /** How often it occurs on the page. */
  count: number;
  /** Index of its first occurrence in the page's findings, for `scrollToFinding`. */
  first: number;
  /** Its watchlist key (see watch-key.ts) and the sentence of its first occurrence. */
  watchKey: string;
  sentence: string;
  /** A little text around the first occurrence, so it can be found again. */
  prefix: string;
  suffix: string;
  /** Key of a document the sentence names, for a date. */
  documentKey: string | null;
}

export type FindingCategory = 'reference' | 'weak-reference' | 'deadline' | 'date';

/** Where a saved item was seen: enough to find the quote again on the page. */
export interface FindingSource {
  url: string;
  title: string;
  seenAt: string;
  quote: string;
  prefix: string;
  suffix: string;
}

export type SaveResult = { ok: true; saved: boolean } | { ok: false; error: string };

export interface Protocol {
  /** popup → content script: is it running here, and what did it find? */
  getPageStatus: { request: object; response: PageStatus };
  /** popup → content script: the findings, one line per document or date. */
  getFindings: { request: object; response: FindingSummary[] };
  /** popup → content script: scroll to the finding at `index` and open its card. */
  scrollToFinding: { request: { index: number }; response: boolean };
  /** popup → content script: the watchlist changed; repaint what is saved. */
  refreshSaved: { request: object; response: boolean };
  /** popup → content script: scan the page again from scratch. */
  rescan: { request: object; response: PageStatus };
  /** content script → background: save (or unsave) a finding in the watchlist. */
  saveFinding: { request: { finding: FindingSummary; source: FindingSource; save: boolean }; response: SaveResult };
  /** content script → background: which of these keys are saved already. */
  getSavedKeys: { request: { keys: string[] }; response: string[] };
}

export type MessageType = keyof Protocol;
export type Message<K extends MessageType = MessageType> = { type: K } & Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>([
  'getPageStatus',
  'getFindings',
  'scrollToFinding',
  'rescan',
  'refreshSaved',
  'saveFinding',
  'getSavedKeys',
]);

/** True when `value` is a message of our protocol (a known `type` on a plain object). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    MESSAGE_TYPES.has((value as { type: string }).type)
  );
}
