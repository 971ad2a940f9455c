/**
 * Which findings the viewer keeps registered as highlights: only those in the parts of the document
 * near the viewport (a PDF's pages, an HTML rendering's sections). Every change to a CSS highlight
 * repaints all of its ranges, so 60,000 registered ranges made each frame that added one cost
 * 40–60 ms; the registered set now stays the size of a few screens, whatever the document's length.
 * Pure.
 */

/** A part of the document: text span [start, end) on `page` (a PDF page is [0, Infinity)). */
export interface TextPart {
  page: number;
  start: number;
  end: number;
}

export interface Placed {
  page: number;
  start: number;
}

/** A PDF page as a part: all of its text. */
export const wholePage = (page: number): TextPart => ({ page, start: 0, end: Number.POSITIVE_INFINITY });

/** (page, start) order, the order of a document's findings. */
const before = (a: Placed, page: number, start: number) => a.page < page || (a.page === page && a.start < start);

/** First index of `findings` (in text order) not before (page, start). */
function lowerBound(findings: readonly Placed[], page: number, start: number): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(findings[middle] as Placed, page, start)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index range [from, to) of the findings (in text order) that start inside `part`. */
export function findingsIn(findings: readonly Placed[], part: TextPart): [number, number] {
  return [lowerBound(findings, part.page, part.start), lowerBound(findings, part.page, part.end)];
}

/** The findings that start inside any of `parts`, in text order, each once. */
export function findingsNear<T extends Placed>(findings: readonly T[], parts: Iterable<TextPart>): T[] {
  const ranges = [...parts].map((part) => findingsIn(findings, part)).sort((a, b) => a[0] - b[0]);
  const near: T[] = [];
  let done = 0;
  for (const [from, to] of ranges) {
    for (let i = Math.max(from, done); i < to; i++) near.push(findings[i] as T);
    done = Math.max(done, to);
  }
  return near;
}
