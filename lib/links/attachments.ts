/**
 * The documents a page offers: links to .pdf/.docx/.doc files, PDFs embedded in an iframe, embed or
 * object, and portal viewers whose query carries the file (`viewer.html?file=…`, Google's
 * `gview?url=…`). Reads the DOM only; the popup lists them and the viewer opens them.
 */

export type AttachmentKind = 'pdf' | 'docx' | 'doc';

export interface Attachment {
  /** Absolute http(s) URL of the file itself (unwrapped from a portal viewer). */
  url: string;
  kind: AttachmentKind;
  /** The link's text, or the file name when it has none. */
  title: string;
  /** How the page offers it. */
  via: 'link' | 'embed' | 'viewer';
}

const EXTENSION_RE = /\.(pdf|docx|doc)$/i;
/** Query parameters portal viewers carry the file in. */
const FILE_PARAMS = ['file', 'url', 'src', 'doc', 'document', 'filepath', 'path', 'fileurl'];

/** The kind of document at `url`, by its path's extension, or undefined. */
export function attachmentKind(url: URL): AttachmentKind | undefined {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  const match = EXTENSION_RE.exec(path.replace(/\/+$/, ''));
  return match ? (match[1]?.toLowerCase() as AttachmentKind) : undefined;
}

/** `url` itself when it names a document, or the document a viewer URL carries in its query. */
export function documentUrlOf(href: string, base: string): { url: URL; via: 'direct' | 'viewer' } | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (attachmentKind(url)) return { url, via: 'direct' };
  for (const [name, value] of url.searchParams) {
    if (!FILE_PARAMS.includes(name.toLowerCase()) || !value) continue;
    const inner = documentUrlOf(value, url.href);
    if (inner && inner.via === 'direct') return { url: inner.url, via: 'viewer' };
  }
  return undefined;
}

function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Every document `doc` links or embeds, once per URL (without its #fragment), in page order. */
export function findAttachments(doc: Document): Attachment[] {
  const base = doc.baseURI || doc.location?.href || '';
  const found = new Map<string, Attachment>();
  const add = (href: string | null, title: string, embedded: boolean) => {
    if (!href) return;
    const target = documentUrlOf(href, base);
    if (!target) return;
    const kind = attachmentKind(target.url) as AttachmentKind;
    target.url.hash = '';
    const key = target.url.href;
    if (found.has(key)) return;
    found.set(key, {
      url: key,
      kind,
      title: title.replace(/\s+/g, ' ').trim() || fileName(target.url),
      via: target.via === 'viewer' ? 'viewer' : embedded ? 'embed' : 'link',
    });
  };
  for (const element of doc.querySelectorAll('a[href], area[href], iframe[src], embed[src], object[data]')) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'a' || tag === 'area') {
      add(element.getAttribute('href'), element.textContent ?? element.getAttribute('title') ?? '', false);
    } else {
      const title = element.getAttribute('title') ?? '';
      add(element.getAttribute(tag === 'object' ? 'data' : 'src'), title, true);
    }
  }
  return [...found.values()];
}

/**
 * The PDF a tab shows, for "Open in VănBản Watch": an http(s) URL ending in .pdf, or, when no
 * content script answers in the tab (the browser's own PDF viewer), one whose path ends in .pdf
 * (`/files/plan.pdf?download=1`). Undefined for anything else.
 */
export function pdfShownInTab(tabUrl: string, hasContentScript: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(tabUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (/\.pdf$/i.test(tabUrl)) return url.href;
  return !hasContentScript && attachmentKind(url) === 'pdf' ? url.href : undefined;
}
