import { browser } from 'wxt/browser';
import type { WatchlistPort } from '../db/watchlist-port';
import { isMessage, type Message } from './protocol';

/**
 * Answers content scripts and pages. Only known message types with well-formed fields are served;
 * anything else is ignored (a page cannot reach this, but a confused sender must not break it).
 */
export function registerMessageHandlers(watchlist: WatchlistPort): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'saveFinding') {
      const { finding, source, save } = message as Message<'saveFinding'>;
      if (typeof finding?.key !== 'string' || typeof source?.url !== 'string' || typeof save !== 'boolean') {
        return Promise.resolve({ ok: false, error: 'malformed request' });
      }
      return watchlist.save(finding, source, save);
    }
    if (message.type === 'getSavedKeys') {
      const { keys } = message as Message<'getSavedKeys'>;
      if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) return Promise.resolve([]);
      return watchlist.savedKeys(keys);
    }
    return undefined;
  });
}
