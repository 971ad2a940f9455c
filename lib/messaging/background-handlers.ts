/**
 * The background's answers to content scripts and extension pages. Each request was checked
 * against its schema (schemas.ts) before it gets here; a content script may only unsave an item
 * its own page holds, so a hostile page cannot empty the watchlist through it.
 */
import type { WatchlistPort } from '../db/watchlist-port';
import type { Extraction, TextTable } from '../extract/types';
import { CATALOGUES } from '../i18n-catalogues';
import { type Sender, serve } from './channel';
import { type BackgroundProtocol, PRIVATE_WINDOW } from './protocol';
import { checksOf } from './schema-checks';
import { BACKGROUND_SCHEMAS } from './schemas';

export interface BackgroundServices {
  watchlist: WatchlistPort;
  /** The extraction of a page's text (with deadline details and compromise on English), off its thread. */
  readText(
    text: string,
    options: { published?: string; lang?: 'vi' | 'en'; tables?: TextTable[] },
  ): Extraction | Promise<Extraction>;
  /** Opens the document viewer on `url` (already checked: http or https) in a tab after `besideIndex`. */
  openDocument(url: string, besideIndex?: number): Promise<void>;
}

export function registerBackgroundHandlers(services: BackgroundServices): () => void {
  return serve<BackgroundProtocol>(checksOf(BACKGROUND_SCHEMAS), {
    saveFinding: ({ finding, source, save }, sender) => {
      // A private window's pages must not be written into the on-disk watchlist.
      if (sender.tab?.incognito) return { ok: false, error: PRIVATE_WINDOW };
      return services.watchlist.save(finding, source, save, pageOf(sender));
    },
    getSavedKeys: ({ keys }) => services.watchlist.savedKeys(keys),
    readText: ({ text, ...options }) => services.readText(text, options),
    getMessages: ({ lang }) => CATALOGUES[lang],
    openDocument: ({ url }, sender) => services.openDocument(url, sender.tab?.index).then(() => true),
  });
}

/** The page a content script speaks for; undefined for our own extension pages, which may do anything. */
function pageOf(sender: Sender): string | undefined {
  return sender.tab ? (sender.url ?? sender.tab.url ?? '') : undefined;
}
