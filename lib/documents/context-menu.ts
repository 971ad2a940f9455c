/**
 * "Mở văn bản bằng VănBản Watch" on links to PDF and Word files: opens the viewer on the link in a
 * new tab next to the page. The background registers it with one call; nothing is fetched until
 * the viewer opens, on this click.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { GOVERNMENT_MATCH_PATTERNS } from '../sites/government';

const OPEN_DOCUMENT_MENU_ID = 'open-document';

/** Link patterns the item shows on (match patterns are case-sensitive, and cover the query too). */
const DOCUMENT_LINK_PATTERNS = ['pdf', 'PDF', 'Pdf', 'doc', 'DOC', 'Doc'].map((ext) => `*://*/*.${ext}*`);

/** The viewer's address for a document URL: `viewer.html?file=<encoded absolute URL>`. */
export function viewerUrl(documentUrl: string, base = browser.runtime.getURL('/viewer.html')): string {
  return `${base}?file=${encodeURIComponent(documentUrl)}`;
}

/** True when the extension may already fetch from `url`'s host (the government sites). */
function covered(url: string): boolean {
  const host = new URL(url).hostname;
  return GOVERNMENT_MATCH_PATTERNS.some((pattern) => {
    const patternHost = /^[^:]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? '';
    return patternHost.startsWith('*.')
      ? host === patternHost.slice(2) || host.endsWith(patternHost.slice(1))
      : host === patternHost;
  });
}

export function registerDocumentMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: OPEN_DOCUMENT_MENU_ID,
      title: t('menuOpenDocument'),
      contexts: ['link'],
      targetUrlPatterns: DOCUMENT_LINK_PATTERNS,
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== OPEN_DOCUMENT_MENU_ID || !info.linkUrl) return;
    const link = info.linkUrl;
    if (!/^https?:/i.test(link)) return;
    // Another site's file: ask for that one origin, on this click (the user's gesture), so the
    // viewer may read it; the viewer says so plainly if the answer is no.
    const asked = covered(link)
      ? Promise.resolve(true)
      : browser.permissions.request({ origins: [`${new URL(link).origin}/*`] }).catch(() => false);
    void asked.then(() => browser.tabs.create({ url: viewerUrl(link), index: tab ? tab.index + 1 : undefined }));
  });
}
