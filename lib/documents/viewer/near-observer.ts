/**
 * Tells which of a surface's parts (PDF pages, HTML sections) are within a screen of the visible
 * part of the document's scrolling box. The margin is set on that box, not on the window: with the
 * window as root, a margin does not reach past the box's own clip. Where there is no
 * IntersectionObserver (tests in Node), nothing is ever near.
 */

/**
 * The box the document scrolls in: the nearest ancestor marked `data-scroll-box` (the viewer's
 * main area), else the window. Marked rather than found by computed style: asking for styles while
 * a new document is being put in forced a style pass over all of it.
 */
const scrollingBoxOf = (element: HTMLElement) => element.parentElement?.closest<HTMLElement>('[data-scroll-box]');

export class NearObserver {
  private readonly observer: IntersectionObserver | undefined;
  /** Elements near the view now. */
  readonly near = new Set<Element>();

  /** `onChange` runs once per batch of elements coming near or leaving. */
  constructor(container: HTMLElement, onChange: (entered: Element[]) => void) {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const entered: Element[] = [];
        for (const entry of entries) {
          if (entry.isIntersecting) {
            if (!this.near.has(entry.target)) entered.push(entry.target);
            this.near.add(entry.target);
          } else this.near.delete(entry.target);
        }
        onChange(entered);
      },
      { root: scrollingBoxOf(container) ?? null, rootMargin: '100% 0px' },
    );
  }

  observe(element: Element): void {
    this.observer?.observe(element);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.near.clear();
  }
}
