/**
 * How long our work on a page lives, on our own terms. WXT's context ends when any script on the
 * page dispatches its "script started" event, which carries our public extension id, so a page
 * could switch us off at will. Here only two things end us: the extension going away (reload,
 * update, uninstall) and a newer copy of ourselves starting in the same page, which only our own
 * isolated world can see.
 */
import { browser } from 'wxt/browser';

export interface PageLife {
  readonly signal: AbortSignal;
  readonly alive: boolean;
  setTimeout(work: () => void, ms: number): void;
  setInterval(work: () => void, ms: number): void;
  requestAnimationFrame(work: () => void): void;
  /** Idle time, or `timeout` ms at the latest. */
  requestIdleCallback(work: () => void, timeout: number): void;
  onEnd(work: () => void): void;
  end(): void;
}

/** Where the newest copy of us in this page's isolated world keeps its ending: invisible to the page. */
const CURRENT = Symbol.for('vanban-watch.page-life');

/** The extension is still there (after a reload, the old copy's runtime has no id). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Starts a life for this copy of the content script, ending the one before it. `invalidated` is
 * WXT's (or any) invalidation signal: it ends us only when the extension is really gone.
 */
export function startPageLife(invalidated?: (listener: () => void) => void, scope: object = globalThis): PageLife {
  const slot = scope as Record<symbol, PageLife | undefined>;
  slot[CURRENT]?.end();
  const controller = new AbortController();
  const { signal } = controller;
  const guard = (work: () => void) => () => {
    if (!signal.aborted) work();
  };
  const life: PageLife = {
    signal,
    get alive() {
      return !signal.aborted;
    },
    setTimeout(work, ms) {
      const id = setTimeout(guard(work), ms);
      signal.addEventListener('abort', () => clearTimeout(id));
    },
    setInterval(work, ms) {
      const id = setInterval(guard(work), ms);
      signal.addEventListener('abort', () => clearInterval(id));
    },
    requestAnimationFrame(work) {
      const id = requestAnimationFrame(guard(work));
      signal.addEventListener('abort', () => cancelAnimationFrame(id));
    },
    requestIdleCallback(work, timeout) {
      if (typeof requestIdleCallback !== 'function') return life.setTimeout(work, 1);
      const id = requestIdleCallback(guard(work), { timeout });
      signal.addEventListener('abort', () => cancelIdleCallback(id));
    },
    onEnd(work) {
      if (signal.aborted) work();
      else signal.addEventListener('abort', work, { once: true });
    },
    end() {
      if (slot[CURRENT] === life) slot[CURRENT] = undefined;
      controller.abort();
    },
  };
  slot[CURRENT] = life;
  invalidated?.(() => {
    if (!extensionAlive()) life.end();
  });
  return life;
}

/** Calls `onChange` when the page's URL changes without a load (an SPA navigation). */
export function watchLocation(life: PageLife, onChange: () => void, doc: Document = document): void {
  let last = doc.location.href;
  life.setInterval(() => {
    if (doc.location.href === last) return;
    last = doc.location.href;
    onChange();
  }, 1_000);
}
