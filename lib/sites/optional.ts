/**
 * Sites outside the government list run the content script only when the user asks: "Enable on
 * this site" requests that origin's host permission and registers the content script for it
 * (remembered by the browser across sessions); "Scan this page" injects it once via activeTab.
 * Extension pages and the background only.
 */
import { browser } from 'wxt/browser';
import { requestScan } from './scan-request';

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
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
  }
  return true;
}

/** The match patterns of the sites the user enabled, e.g. `*://example.com/*`. */
export async function listAddedSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .filter((script) => script.id.startsWith(SCRIPT_ID_PREFIX))
    .map((script) => script.id.slice(SCRIPT_ID_PREFIX.length))
    .sort();
}

/** Stops annotating an added site: its content script is unregistered and its permission given back. */
export async function removeAddedSite(pattern: string): Promise<void> {
  const id = SCRIPT_ID_PREFIX + pattern;
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [pattern] });
}

/**
 * Runs the content script once in `tabId` (allowed by activeTab after a user gesture), marked as
 * asked for, so it annotates even a site the user switched off in the settings.
 */
export async function scanTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: requestScan });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}
