/**
 * Sites outside the government list run the content script only when the user asks: "Enable on
 * this site" requests that origin's host permission and registers the content script for it
 * (remembered by the browser across sessions); "Scan this page" injects it once via activeTab.
 * Extension pages and the background only.
 */
import { browser } from 'wxt/browser';
import { GOVERNMENT_MATCH_PATTERNS } from './sites';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const SCRIPT_ID_PREFIX = 'site:';

/** `https://example.com/*` for a page URL, or undefined for non-web pages. */
export function originPattern(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `*://${hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** True when `url` is covered by the built-in government list. */
export function isGovernmentSite(url: string): boolean {
  const host = (() => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  })();
  return GOVERNMENT_MATCH_PATTERNS.some((pattern) => {
    const wanted = pattern.slice('*://'.length, -'/*'.length);
    return wanted.startsWith('*.') ? host.endsWith(wanted.slice(1)) : host === wanted;
  });
}

export async function isSiteEnabled(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID_PREFIX + pattern] });
  return scripts.length > 0;
}

/** Asks for the site's permission (call from a click) and registers the content script there. */
export async function enableSite(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  if (!(await browser.permissions.request({ origins: [pattern] }))) return false;
  if (!(await isSiteEnabled(url))) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID_PREFIX + pattern,
        matches: [pattern],
        js: [CONTENT_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return true;
}

/** Unregisters the site's content script and gives its permission back. */
export async function disableSite(url: string): Promise<void> {
  const pattern = originPattern(url);
  if (!pattern) return;
  if (await isSiteEnabled(url)) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID_PREFIX + pattern] });
  await browser.permissions.remove({ origins: [pattern] });
}

/** Runs the content script once in `tabId` (allowed by activeTab after a user gesture). */
export async function scanTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}
