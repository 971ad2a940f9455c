/** Tag name of the one element we add to a page; everything we show lives in its shadow root. */
export const UI_HOST_TAG = 'vanban-watch-ui';

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/**
 * Adds our single host element (after `<body>`, so page scripts that walk `body` never meet it)
 * with a shadow root that keeps the page's styles out of our card. The host takes no space and has
 * no inherited style, so the page cannot shift. Returns the existing host when called twice.
 */
export function mountUiHost(doc: Document = document): UiHost {
  const existing = doc.querySelector<HTMLElement>(UI_HOST_TAG);
  const host = existing ?? doc.createElement(UI_HOST_TAG);
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (!existing) {
    host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
    doc.documentElement.append(host);
  }
  return { host, root, remove: () => host.remove() };
}

/** True when our host is already on the page (the content script was injected twice). */
export function isUiHostMounted(doc: Document = document): boolean {
  return doc.querySelector(UI_HOST_TAG) !== null;
}
