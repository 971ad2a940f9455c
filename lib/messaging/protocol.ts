/**
 * The one typed protocol between content script, background and extension pages: every request
 * names its payload and its answer, so senders and handlers are checked by the compiler, and
 * `schemas.ts` checks the same shapes at run time before anything touches the database.
 */

import type { Extraction, TextTable } from '../extract/types';
import type { MessageTable } from '../i18n';
import type { Attachment } from '../links/attachments';
import type { FindingSource, FindingSummary, SaveResult } from '../watchlist/types';

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

/** Why a save from a private window was refused; pages say it in the user's words. */
export const PRIVATE_WINDOW = 'private window';

/** One request: its payload and its answer. */
export interface Exchange<Request, Response> {
  request: Request;
  response: Response;
}

type Nothing = Record<string, never>;

/** What the background answers (content scripts and extension pages ask). */
export type BackgroundProtocol = {
  /** Save (or unsave) a finding in the watchlist, with where it was seen. */
  saveFinding: Exchange<{ finding: FindingSummary; source: FindingSource; save: boolean }, SaveResult>;
  /** Which of these watchlist keys are saved already. */
  getSavedKeys: Exchange<{ keys: string[] }, string[]>;
  /**
   * The reading of a page's text, off its main thread (`extractDocument`: references, dates,
   * every deadline's task, owners and document, and compromise on English).
   */
  readText: Exchange<{ text: string; published?: string; lang?: 'vi' | 'en'; tables?: TextTable[] }, Extraction>;
  /** The message file of a language, for a content script whose chosen language is not the browser's. */
  getMessages: Exchange<{ lang: 'vi' | 'en' }, MessageTable>;
  /** Open the document viewer on this http(s) URL in a new tab (a click on a PDF link). */
  openDocument: Exchange<{ url: string }, boolean>;
};

/** What a tab's content script answers (the popup asks). */
export type PageProtocol = {
  /** Is it running here, and what did it find? */
  getPageStatus: Exchange<Nothing, PageStatus>;
  /** The findings, one line per document or date. */
  getFindings: Exchange<Nothing, FindingSummary[]>;
  /** Scroll to the finding at `index` and open its card. */
  scrollToFinding: Exchange<{ index: number }, boolean>;
  /** The watchlist changed: repaint what is saved. */
  refreshSaved: Exchange<Nothing, boolean>;
  /** Scan the page again from scratch. */
  rescan: Exchange<Nothing, PageStatus>;
  /** The PDF and Word files the page links or embeds. */
  getAttachments: Exchange<Nothing, Attachment[]>;
};

export type AnyProtocol = Record<string, Exchange<unknown, unknown>>;
export type RequestOf<P extends AnyProtocol, K extends keyof P> = P[K]['request'];
export type ResponseOf<P extends AnyProtocol, K extends keyof P> = P[K]['response'];
