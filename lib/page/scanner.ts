import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isMessage, type PageStatus } from '../messages';
import { mountUiHost } from './ui-host';

/**
 * Starts the content script's work in this page: mounts our UI host and answers the popup.
 * Everything it registers is tied to `ctx`, so it stops when the extension reloads.
 */
export function startScanner(ctx: ContentScriptContext, doc: Document = document): void {
  const ui = mountUiHost(doc);
  ctx.onInvalidated(() => ui.remove());

  const onMessage = (message: unknown): Promise<PageStatus> | undefined => {
    if (!isMessage(message) || message.type !== 'getPageStatus') return undefined;
    return Promise.resolve({ active: true, url: doc.location.href, references: 0, dates: 0 });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
