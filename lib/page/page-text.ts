/**
 * Flows joined into one string for extraction, and the way back from its offsets to DOM ranges.
 * The separator is neither white space nor a letter, so no reference, list or date can run from
 * one flow into the next.
 */

import { lastAtOrBefore } from '../extract/text/sorted';
import { type Flow, locate } from './text-flows';

export const FLOW_SEPARATOR = '\n\uFFFC\n';

export interface PageText {
  text: string;
  flows: Flow[];
  /** `flowStarts[i]` is where `flows[i]` begins in `text`. */
  flowStarts: number[];
}

export function joinFlows(flows: Flow[]): PageText {
  const flowStarts: number[] = [];
  let length = 0;
  for (const flow of flows) {
    flowStarts.push(length);
    length += flow.text.length + FLOW_SEPARATOR.length;
  }
  return { text: flows.map((flow) => flow.text).join(FLOW_SEPARATOR), flows, flowStarts };
}

/** Index of the flow that contains joined offset `offset`. */
export function flowIndexAt(page: PageText, offset: number): number {
  return Math.max(0, lastAtOrBefore(page.flowStarts, offset));
}

/**
 * The DOM range of joined span [start, end), or undefined when an end falls on a separator or its
 * nodes are gone. A span may run from one flow into the next: a date a page wraps over two
 * paragraphs ("ngày 18" / "tháng 02 năm 2014") is still one date (extraction reads block breaks
 * as line breaks; codes never cross them).
 */
export function spanToRange(page: PageText, start: number, end: number): StaticRange | undefined {
  const first = flowIndexAt(page, start);
  const last = flowIndexAt(page, Math.max(start, end - 1));
  const [startFlow, endFlow] = [page.flows[first], page.flows[last]];
  const [startBase, endBase] = [page.flowStarts[first] as number, page.flowStarts[last] as number];
  if (!startFlow || !endFlow || end - endBase > endFlow.text.length || start - startBase > startFlow.text.length) {
    return undefined;
  }
  const from = locate(startFlow, start - startBase, false);
  const to = locate(endFlow, end - endBase, true);
  return from && to ? rangeBetween(from, to) : undefined;
}

/** A text point: a node and an offset in it. */
export interface TextPoint {
  node: Node;
  offset: number;
}

/** The static range from one text point to another (pages and the document viewer alike). */
export function rangeBetween(from: TextPoint, to: TextPoint): StaticRange {
  return createStaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}

/**
 * A `StaticRange`: cheap, and unaffected by later DOM changes (a stale one simply stops painting).
 * Where the DOM has no constructible StaticRange (test DOMs), a plain object with its fields stands in.
 */
export function createStaticRange(init: StaticRangeInit): StaticRange {
  try {
    return new StaticRange(init);
  } catch {
    const collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
    return Object.freeze({ ...init, collapsed }) as StaticRange;
  }
}
