/**
 * Which finding is under a point. Highlights take no pointer events, so the click lands on the
 * page's own element; `highlightsFromPoint` (where the browser has it) says cheaply whether any of
 * ours is there, and the finding is then picked by its range's rectangles, among those in the
 * clicked element's flow.
 */
import type { Finding } from './findings';
import { HIGHLIGHT_NAMES } from './painter';

type HighlightsFromPoint = (x: number, y: number) => { highlight: unknown }[];

/** The finding whose text is at (x, y), or undefined. `target` is the element that got the event. */
export function findingAtPoint(
  findings: readonly Finding[],
  x: number,
  y: number,
  target: Node,
  doc: Document = document,
): Finding | undefined {
  const fromPoint = (globalThis.CSS?.highlights as unknown as { highlightsFromPoint?: HighlightsFromPoint } | undefined)
    ?.highlightsFromPoint;
  if (fromPoint && !hasOurHighlight(fromPoint.call(globalThis.CSS.highlights, x, y))) return undefined;
  for (const finding of findings) {
    if (!finding.container.contains(target) && !target.contains(finding.container)) continue;
    if (rectsOf(finding, doc).some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)) {
      return finding;
    }
  }
  return undefined;
}

/**
 * Looks our highlights up by name: iterating the registry throws in a Firefox content script
 * ("Xray wrapping of iterators not supported"), and a registry lookup is cheaper anyway.
 */
function hasOurHighlight(hits: { highlight: unknown }[]): boolean {
  const registry = globalThis.CSS.highlights as unknown as { get(name: string): unknown };
  const ours = new Set(Object.values(HIGHLIGHT_NAMES).map((name) => registry.get(name)));
  return hits.some((hit) => ours.has(hit.highlight));
}

/** The finding's client rectangles (a StaticRange has none of its own, so a live Range is made). */
export function rectsOf(finding: Finding, doc: Document = document): DOMRect[] {
  const range = liveRange(finding, doc);
  return range ? [...range.getClientRects()] : [];
}

export function liveRange(finding: Finding, doc: Document = document): Range | undefined {
  const { startContainer, startOffset, endContainer, endOffset } = finding.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return undefined;
  try {
    const range = doc.createRange();
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
    return range;
  } catch {
    return undefined; // the text changed under the range
  }
}
