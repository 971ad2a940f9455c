/**
 * Findings: each reference or date found on the page with its DOM range, and the per-document
 * summaries the popup lists. Built from one extraction over joined flows (see page-text.ts).
 */
import type { Extraction } from '../extract/types';
import type { FindingCategory, FindingSummary } from '../messages';
import { watchKeyOf } from '../watch-key';
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
        sentence: sentenceAround(page.text, reference.start, reference.end),
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
        ...datePlace(page.text, date, extraction),
        date,
      },
    ]);
  }
  return placed.sort((a, b) => a[0] - b[0]).map(([, finding]) => finding);
}

const MAX_SENTENCE = 400;

/** A sentence ends at ; ! ? a line break or a flow separator, or at a dot followed by a capital. */
function isSentenceEnd(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (ch === ';' || ch === '!' || ch === '?' || ch === '\n' || ch === '\uFFFC') return true;
  return ch === '.' && /^(?:\s+\p{Lu}|\s*$)/u.test(text.slice(i + 1, i + 4));
}

/** The sentence around [start, end) in `text`, at most 400 characters each side. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_SENTENCE && !isSentenceEnd(text, to)) to++;
  if (/[.;!?]/.test(text.charAt(to))) to++;
  return text.slice(from, to).trim();
}

/** A date's sentence, watchlist key and the document the sentence names (the nearest before it, else after). */
function datePlace(text: string, date: Extraction['dates'][number], extraction: Extraction) {
  const sentence = sentenceAround(text, date.start, date.end);
  const sentenceStart = text.lastIndexOf(sentence, date.start);
  const inSentence = extraction.references.filter(
    (ref) => ref.confidence === 'high' && ref.start >= sentenceStart && ref.end <= sentenceStart + sentence.length,
  );
  const before = inSentence.filter((ref) => ref.end <= date.start).pop();
  return {
    sentence,
    watchKey: watchKeyOf({ key: '', date }, sentence),
    documentKey: (before ?? inSentence[0])?.key ?? null,
  };
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

/** One summary per key, in order of first occurrence, with occurrence counts. */
export function summarize(findings: Finding[]): FindingSummary[] {
  const byKey = new Map<string, FindingSummary>();
  findings.forEach((finding, index) => {
    const known = byKey.get(finding.key);
    if (known) {
      known.count += 1;
      return;
    }
    byKey.set(finding.key, {
      key: finding.key,
      category: finding.category,
      text: finding.text,
      reference: finding.reference,
      date: finding.date,
      count: 1,
      first: index,
      watchKey: finding.watchKey,
      sentence: finding.sentence,
      prefix: finding.prefix,
      suffix: finding.suffix,
      documentKey: finding.documentKey,
    });
  });
  return [...byKey.values()];
}
