/**
 * The one element we add to a page; everything we show lives in its closed shadow root. The page
 * must not be able to hide, restyle, replace or read it: its tag is new on every load (so nothing
 * can be defined or styled for it in advance), its inline styles are `!important` (they beat any
 * stylesheet), it comes back if removed, and the shadow root is closed (the page's scripts cannot
 * reach the card inside).
 */
import type { PageLife } from './lifetime';

/** Every host's tag starts so; the rest is random per load. */
export const UI_HOST_PREFIX = 'vanban-watch-';

const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:fixed',
  'top:0',
  'left:0',
  'width:0',
  'height:0',
  'overflow:visible',
  'z-index:2147483647',
  'visibility:visible',
  'opacity:1',
  'pointer-events:auto',
  'contain:none',
]
  .map((rule) => `${rule} !important`)
  .join(';');

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** True for our host or anything in it. */
  isOwn(node: Node): boolean;
  remove(): void;
}

/** A custom-element name nobody can have chosen before this load. */
function freshTag(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${UI_HOST_PREFIX}${Array.from(random, (n) => n.toString(36)).join('')}`;
}

/**
 * Adds our host after `<body>` (page scripts that walk `body` never meet it). The host takes no
 * space and inherits nothing, so the page cannot shift; it is put back if the page removes it.
 */
export function mountUiHost(life: PageLife, doc: Document = document): UiHost {
  const host = doc.createElement(freshTag());
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const attach = () => {
    if (!host.isConnected && life.alive) doc.documentElement.append(host);
  };
  attach();
  const keeper = new MutationObserver(attach);
  keeper.observe(doc.documentElement, { childList: true });
  // The page may also rewrite the style attribute; ours wins back.
  const styleKeeper = new MutationObserver(() => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
  });
  styleKeeper.observe(host, { attributes: true, attributeFilter: ['style'] });
  const isOwn = (node: Node) => node === host || host.contains(node);
  return {
    host,
    root,
    isOwn,
    remove: () => {
      keeper.disconnect();
      styleKeeper.disconnect();
      host.remove();
    },
  };
}

/** True for an element that is one of our hosts (a flow walk skips it). */
export function isUiHost(element: Element): boolean {
  return element.tagName.toLowerCase().startsWith(UI_HOST_PREFIX);
}
