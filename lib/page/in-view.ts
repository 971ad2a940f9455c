/**
 * What is on screen when a scan starts: the flow containers under a few points down the viewport,
 * read before the rest of the page so the reader sees highlights where they are looking first.
 */
import { flowContainerOf } from './text-flows';

/** A flow container taller than this many screens is a wrapper of the page, not a block in view. */
const MAX_IN_VIEW_HEIGHT = 2;

/** The flow containers under a few points down the viewport: scanned before the rest of the page. */
export function containersInView(doc: Document, host: Element): Element[] {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return [];
  const root = doc.body ?? doc.documentElement;
  const found = new Set<Element>();
  for (const fx of [0.3, 0.6]) {
    for (let fy = 0.05; fy < 1; fy += 0.15) {
      const element = doc
        .elementsFromPoint(view.innerWidth * fx, view.innerHeight * fy)
        .find((el) => el !== host && !host.contains(el));
      if (!element || element === root || !root.contains(element)) continue;
      const container = flowContainerOf(element, root);
      // A point between paragraphs hits their wrapper: read first, it would be the whole page.
      if (container.getBoundingClientRect().height <= MAX_IN_VIEW_HEIGHT * view.innerHeight) found.add(container);
    }
  }
  found.delete(root);
  return [...found];
}
