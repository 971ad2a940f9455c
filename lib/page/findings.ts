/**
 * Findings: each reference or date found on the page with its DOM range, and the per-document
 * summaries the popup lists. Built from one extraction over joined flows (see page-text.ts).
 */

import { partitionPoint } from '../extract/text/sorted';
import type { Extraction, Span } from '../extract/types';
import type { FindingCategory, FindingSummary } from '../watchlist/types';
import { watchKeyOf } from '../watchlist/watch-key';
import { FLOW_SEPARATOR, flowIndexAt, type PageText, spanToRange } from './page-text';

export interface Finding {
  category: FindingCategory;
  key: string;
  text: string;
  /** The flow's block element: findings are replaced per container when the page changes. */
  container: Element;
  range: StaticRange;
  /** A little text before and after, so a saved item can be found again. */
  prefix: string;
  suffix: string;
  /** The sentence it stands in (within its flow), and its watchlist key. */
  sentence: string;
  watchKey: string;
  /** For a date: the first document referenced in the same sentence. */
  documentKey: string | null;
  reference?: FindingSummary['reference'];
  date?: FindingSummary['date'];
}

/** Where a span stands on the page: its DOM range, its flow's container, a little text around it. */
interface Placement {
  range: StaticRange;
  container: Element;
  prefix: string;
  suffix: string;
}

/** The placement of `span`; undefined when the span maps to no DOM range. */
function placeSpan(page: PageText, span: { start: number; end: number }): Placement | undefined {
  const range = spanToRange(page, span.start, span.end);
  if (!range) return undefined;
  return { range, container: containerAt(page, span.start), ...context(page.text, span.start, span.end) };
}

/**
 * Findings for one extraction over `page`, in document order (sorted by offset: comparing DOM
 * positions is linear in the number of siblings, far too slow on a large page). Spans that map to
 * no DOM range are dropped.
 */
export function toFindings(page: PageText, extraction: Extraction): Finding[] {
  const placed: [start: number, finding: Finding][] = [];
  for (const reference of extraction.references) {
    const place = placeSpan(page, reference);
    if (!place) continue;
    placed.push([
      reference.start,
      {
        category: reference.confidence === 'low' ? 'weak-reference' : 'reference',
        key: reference.key,
        text: reference.text,
        ...place,
        sentence: sentenceAround(page.text, reference.start, reference.end).text,
        watchKey: reference.key,
        documentKey: null,
        reference,
      },
    ]);
  }
  for (const date of extraction.dates) {
    const place = placeSpan(page, date);
    if (!place) continue;
    placed.push([
      date.start,
      {
        category: date.kind === 'deadline' ? 'deadline' : 'date',
        key: `date:${date.kind}:${date.value}`,
        text: date.text,
        ...place,
        ...datePlace(page.text, date, extraction.references),
        date,
      },
    ]);
  }
  return placed.sort((a, b) => a[0] - b[0]).map(([, finding]) => finding);
}

const MAX_SENTENCE = 400;

/**
 * Where the characters that can end a sentence (; ! ? . U+FFFC) stand in [from, to) of a text,
 * found in one pass. In a dense document many findings share a sentence, and each finding's
 * sentence then costs a binary search and a test or two instead of a scan of up to 800 characters.
 */
export interface SentenceStops {
  from: number;
  to: number;
  /** Ascending offsets. */
  at: number[];
}

export function sentenceStops(text: string, from: number, to: number): SentenceStops {
  const [start, end] = [Math.max(0, from), Math.min(text.length, to)];
  const at: number[] = [];
  for (let i = start; i < end; i++) if (isStop(text.charCodeAt(i))) at.push(i);
  return { from: start, to: end, at };
}

/** The stops that cover every sentence window of `spans` (in any order) in `text`. */
export function sentenceStopsFor(text: string, spans: readonly { start: number; end: number }[][]): SentenceStops {
  let [from, to] = [text.length, 0];
  for (const list of spans)
    for (const span of list) {
      from = Math.min(from, span.start);
      to = Math.max(to, span.end);
    }
  return sentenceStops(text, from - MAX_SENTENCE, to + MAX_SENTENCE + 1);
}

const isStop = (code: number) =>
  code === 46 /* . */ || code === 59 /* ; */ || code === 33 /* ! */ || code === 63 /* ? */ || code === 0xfffc;

/**
 * The sentence around [start, end) in `text`: its offsets (at most 400 characters each side) and
 * its text with white space collapsed. Only those windows are searched, so a page that is one huge
 * paragraph costs the same per finding as a short one.
 *
 * Sentences end at ; ! ? a flow separator, or a dot before a capital or at the window's edge
 * (white space between). Line breaks do not end one: in a page's text they are mostly the HTML
 * source's own wrapping. The ends are found by character tests from the span outwards (no window
 * is copied), or among `stops` when they cover both windows (equal results: unit test).
 */
export function sentenceAround(text: string, start: number, end: number, stops?: SentenceStops): Span {
  const windowStart = Math.max(0, start - MAX_SENTENCE);
  const windowEnd = Math.min(text.length, end + MAX_SENTENCE + 1);
  const [from, stop] =
    stops && stops.from <= windowStart && stops.to >= windowEnd
      ? stopsAround(text, start, end, stops.at, windowStart, windowEnd)
      : scanAround(text, start, end, windowStart, windowEnd);
  const to = stop < 0 ? Math.min(text.length, end + MAX_SENTENCE) : stop + (text.charCodeAt(stop) === 0xfffc ? 0 : 1);
  return { start: from, end: to, text: collapseWhiteSpace(text.slice(from, to)) };
}

/** The sentence's start and the offset of the stop that ends it (-1: none in the window). */
function scanAround(text: string, start: number, end: number, windowStart: number, windowEnd: number) {
  let from = windowStart;
  for (let i = start - 1; i >= windowStart; i--) {
    if (endsSentence(text, i, start)) {
      from = i + 1;
      break;
    }
  }
  for (let i = end; i < windowEnd; i++) if (endsSentence(text, i, windowEnd)) return [from, i] as const;
  return [from, -1] as const;
}

/** `scanAround`, testing only the characters that can end a sentence. */
function stopsAround(text: string, start: number, end: number, at: number[], windowStart: number, windowEnd: number) {
  let from = windowStart;
  for (let k = partitionPoint(at, (i) => i < start) - 1; k >= 0 && (at[k] as number) >= windowStart; k--) {
    if (endsSentence(text, at[k] as number, start)) {
      from = (at[k] as number) + 1;
      break;
    }
  }
  for (let k = partitionPoint(at, (i) => i < end); k < at.length && (at[k] as number) < windowEnd; k++)
    if (endsSentence(text, at[k] as number, windowEnd)) return [from, at[k] as number] as const;
  return [from, -1] as const;
}

/** White space that `collapseWhiteSpace` changes inside a sentence: any but a single space. */
const UNEVEN_SPACE_RE = /[^\S ]| {2}/;

/**
 * `raw.replace(/\s+/g, ' ').trim()`, skipping the replacement when it would change nothing but the
 * ends (white space inside only as single spaces, as in most sentences; a sentence that starts a
 * flow starts with the separator's line break): it ran for every finding of a page.
 */
function collapseWhiteSpace(raw: string): string {
  const trimmed = raw.trim();
  return UNEVEN_SPACE_RE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** Whether the character at `i` ends a sentence, looking no further than `limit`. */
function endsSentence(text: string, i: number, limit: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 59 /* ; */ || code === 33 /* ! */ || code === 63 /* ? */ || code === 0xfffc) return true;
  if (code !== 46 /* . */) return false;
  let next = i + 1;
  while (next < limit && isWhiteSpace(text.charCodeAt(next))) next++;
  if (next === limit) return true; // only white space up to the edge
  return next > i + 1 && isUpperCaseAt(text, next, limit);
}

/** JavaScript's `\s`. */
function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const UPPER_CASE_RE = /^\p{Lu}$/u;

/** `\p{Lu}` at `i` (a surrogate pair cut by `limit` is no letter). */
function isUpperCaseAt(text: string, i: number, limit: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  const point = text.codePointAt(i) as number;
  if (point > 0xffff && i + 1 >= limit) return false;
  return UPPER_CASE_RE.test(String.fromCodePoint(point));
}

/**
 * A date's sentence, watchlist key and the document its sentence names (the nearest before it,
 * else after), for pages and documents alike. Where extraction tied a deadline's task to a
 * document (`date.document`), the saved item and the card prefer that one.
 */
export function datePlace(
  text: string,
  date: Extraction['dates'][number],
  references: Extraction['references'],
  stops?: SentenceStops,
) {
  const sentence = sentenceAround(text, date.start, date.end, stops);
  let before: Extraction['references'][number] | undefined;
  let after: Extraction['references'][number] | undefined;
  for (let i = firstEndingAfter(references, sentence.start); i < references.length; i++) {
    const ref = references[i] as Extraction['references'][number];
    if (ref.start >= sentence.end) break;
    if (ref.confidence !== 'high') continue;
    if (ref.end <= date.start) before = ref;
    else after ??= ref;
  }
  return {
    sentence: sentence.text,
    watchKey: watchKeyOf({ key: '', date }, sentence.text),
    documentKey: (before ?? after)?.key ?? null,
  };
}

/** Index of the first reference (sorted by position) that ends after `pos`. */
function firstEndingAfter(references: Extraction['references'], pos: number): number {
  return partitionPoint(references, (reference) => reference.end <= pos);
}

const CONTEXT_LENGTH = 32;

/** Up to 32 characters on each side of a span, within its own flow. */
function context(text: string, start: number, end: number): { prefix: string; suffix: string } {
  const before = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const after = text.slice(end, end + CONTEXT_LENGTH);
  return {
    prefix: before.slice(before.lastIndexOf(FLOW_SEPARATOR.trim()) + 1).trimStart(),
    suffix: after.split(FLOW_SEPARATOR.trim())[0]?.trimEnd() ?? '',
  };
}

function containerAt(page: PageText, offset: number): Element {
  return (page.flows[flowIndexAt(page, offset)] as PageText['flows'][number]).container;
}

/** Document order of two findings' starts. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  const position = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
  return position & 4 /* FOLLOWING */ ? -1 : position & 2 /* PRECEDING */ ? 1 : 0;
}
