/**
 * Findings: each reference or date found on the page with its DOM range, and the per-document
 * summaries the popup lists. Built from one extraction over joined flows (see page-text.ts).
 */
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

/**
 * Findings for one extraction over `page`, in document order (sorted by offset: comparing DOM
 * positions is linear in the number of siblings, far too slow on a large page). Spans that map to
 * no DOM range are dropped.
 */
export function toFindings(page: PageText, extraction: Extraction): Finding[] {
  const placed: [start: number, finding: Finding][] = [];
  for (const reference of extraction.references) {
    const range = spanToRange(page, reference.start, reference.end);
    if (!range) continue;
    placed.push([
      reference.start,
      {
        category: reference.confidence === 'low' ? 'weak-reference' : 'reference',
        key: reference.key,
        text: reference.text,
        container: containerAt(page, reference.start),
        range,
        ...context(page.text, reference.start, reference.end),
        sentence: sentenceAround(page.text, reference.start, reference.end).text,
        watchKey: reference.key,
        documentKey: null,
        reference,
      },
    ]);
  }
  for (const date of extraction.dates) {
    const range = spanToRange(page, date.start, date.end);
    if (!range) continue;
    placed.push([
      date.start,
      {
        category: date.kind === 'deadline' ? 'deadline' : 'date',
        key: `date:${date.kind}:${date.value}`,
        text: date.text,
        container: containerAt(page, date.start),
        range,
        ...context(page.text, date.start, date.end),
        ...datePlace(page.text, date, extraction.references),
        date,
      },
    ]);
  }
  return placed.sort((a, b) => a[0] - b[0]).map(([, finding]) => finding);
}

const MAX_SENTENCE = 400;

/**
 * Where sentences end: ; ! ? a flow separator, or a dot before a capital. Line breaks do not end
 * one: in a page's text they are mostly the HTML source's own wrapping.
 */
const SENTENCE_END_RE = /[;!?\uFFFC]|\.(?=\s+\p{Lu}|\s*$)/gu;

/**
 * The sentence around [start, end) in `text`: its offsets (at most 400 characters each side) and
 * its text with white space collapsed. Only those windows are searched, so a page that is one huge
 * paragraph costs the same per finding as a short one.
 */
export function sentenceAround(text: string, start: number, end: number): Span {
  const windowStart = Math.max(0, start - MAX_SENTENCE);
  let from = windowStart;
  for (const m of text.slice(windowStart, start).matchAll(SENTENCE_END_RE)) from = windowStart + m.index + 1;
  const windowEnd = Math.min(text.length, end + MAX_SENTENCE + 1);
  const stop = SENTENCE_END_RE.exec(text.slice(end, windowEnd));
  SENTENCE_END_RE.lastIndex = 0;
  const to = stop ? end + stop.index + (stop[0] === '\uFFFC' ? 0 : 1) : Math.min(text.length, end + MAX_SENTENCE);
  return { start: from, end: to, text: text.slice(from, to).replace(/\s+/g, ' ').trim() };
}

/**
 * A date's sentence, watchlist key and the document its sentence names (the nearest before it,
 * else after), for pages and documents alike. Where extraction tied a deadline's task to a
 * document (`date.document`), the saved item and the card prefer that one.
 */
export function datePlace(text: string, date: Extraction['dates'][number], references: Extraction['references']) {
  const sentence = sentenceAround(text, date.start, date.end);
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
  let [low, high] = [0, references.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((references[mid] as Extraction['references'][number]).end <= pos) low = mid + 1;
    else high = mid;
  }
  return low;
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
