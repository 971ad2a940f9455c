/**
 * Option "openPdfInViewer": on annotated pages, the user's own click on a link to a .pdf opens the
 * document in our viewer instead of the browser's. Only trusted, plain primary clicks: a script's
 * click, a middle or modified click (new tab, download) and a click the page handled itself are
 * left alone.
 */

/** The links we take over, as the option describes them. */
export const PDF_LINK_SELECTOR = 'a[href$=".pdf" i]';

/** What of a click decides whether we take it (a MouseEvent has all of it). */
export type ClickLike = Pick<
  MouseEvent,
  'isTrusted' | 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'defaultPrevented' | 'composedPath'
>;

/** The absolute http(s) URL of the PDF link this click should open in the viewer, or undefined. */
export function pdfLinkToOpen(event: ClickLike): string | undefined {
  if (!event.isTrusted || event.defaultPrevented || event.button !== 0) return undefined;
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return undefined;
  // composedPath: a link inside an open shadow root is found as well.
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof Element && node.matches(PDF_LINK_SELECTOR));
  if (!link || link.hasAttribute('download')) return undefined;
  let url: URL;
  try {
    url = new URL(link.getAttribute('href') ?? '', link.ownerDocument.baseURI);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/**
 * Opens clicked PDF links with `open` until the returned function is called. Listens in the
 * bubbling phase, so a page that handles the click itself (its own viewer) keeps it.
 */
export function interceptPdfClicks(doc: Document, open: (url: string) => void): () => void {
  const listener = (event: MouseEvent) => {
    const url = pdfLinkToOpen(event);
    if (!url) return;
    event.preventDefault();
    open(url);
  };
  doc.addEventListener('click', listener);
  return () => doc.removeEventListener('click', listener);
}
