/**
 * Dates and deadlines in plain text: candidates (date-candidates.ts) are joined into ranges and
 * coordinations, filtered, classified (date-kinds.ts), given a year and a value (date-values.ts).
 */

import { hasCueBeforeTime, hasDeadlineAfter, readClauseKind } from '../deadlines/kind-rules';
import type { DateKind, DateMention, Reference } from '../types';
import { collectDateCandidates, type DateCandidate } from './candidates';
import { readCue } from './cues';
import { classifyDate } from './kinds';
import { dueDate, formatValue, inferYear, isValidDate } from './values';

export interface FindDatesOptions {
  /** The page's publication date (ISO); else the first stamp found in the text is used. */
  published?: string;
  english: boolean;
  /** The references of the same text, in order: a date right after one is its issue date. */
  references: Reference[];
  /** Spans whose dates are deadlines whatever their cue (deadline columns, declared schedules), sorted. */
  deadlineSpans?: Array<{ start: number; end: number }>;
}

export interface FoundDates {
  dates: DateMention[];
  /** Issue dates by the reference they belong to. */
  issued: Map<Reference, string>;
}

/** The gap of a range; its second end may carry a time: "Từ 15/7 đến 17h00', ngày 21/7/2017". */
const RANGE_GAP_RE =
  /^\s*(?:-|–|—|đến|tới|sang|to|until|till)\s*(?:hết\s+)?(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}\s*(?:'|’|phút)?)?\s*,?\s*(?:ngày\s+)?)?$/iu;
/** How far apart two dates may be and still be read as one range or list (a time fits in the gap). */
const LINK_GAP_MAX = 24;
const AND_GAP_RE = /^\s*(?:,|và|and|&)\s*(?:the\s+)?$/iu;

const BETWEEN_BEFORE_RE = /(?:^|[^\p{L}])(?:between|giữa)\s+(?:the\s+)?$/iu;

/** Whether the text between two dates joins them in one list: "10/4, 10/7 và 10/10/2027". */
export function joinsList(text: string, a: { end: number }, b: { start: number }): boolean {
  return b.start - a.end <= LINK_GAP_MAX && AND_GAP_RE.test(text.slice(a.end, b.start));
}

/** Joins neighbours ("từ … đến …", "12 và 13/4") and lets them lend each other month and year. */
function linkNeighbours(text: string, dates: DateCandidate[]): void {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i] as DateCandidate, dates[i + 1] as DateCandidate];
    if (!a.linkNext) {
      if (b.start - a.end > LINK_GAP_MAX) continue;
      const gap = text.slice(a.end, b.start);
      // "between July and September 2026": a window, not a list.
      const between = BETWEEN_BEFORE_RE.test(text.slice(Math.max(0, a.start - 12), a.start));
      const link = RANGE_GAP_RE.test(gap) ? 'range' : AND_GAP_RE.test(gap) ? (between ? 'range' : 'and') : null;
      if (!link || a.precision === 'years' || b.precision === 'years') continue;
      a.linkNext = link;
      b.linkPrevious = link;
    }
    if (a.month === null && a.precision === 'day') a.month = b.month;
    if (a.year === null) a.year = b.year;
    if (b.year === null) b.year = a.year;
  }
  // A list lends its year back to its first members, and its month to its first days: "các ngày
  // 8, 9 và 10/1/2015", "trước các ngày 10/4, 10/7 và 10/10/2027".
  for (let i = dates.length - 2; i >= 0; i--) {
    const [a, b] = [dates[i] as DateCandidate, dates[i + 1] as DateCandidate];
    if (a.linkNext !== 'and') continue;
    if (a.month === null && a.dayOnly) a.month = b.month;
    if (a.year === null) a.year = b.year;
  }
}

function keep(text: string, date: DateCandidate): boolean {
  if (!isValidDate(date)) return false;
  const linked = Boolean(date.linkNext || date.linkPrevious);
  if (date.dayOnly && (!linked || date.month === null)) return false;
  if (date.needsCue && !linked && !readCue(text, date.start)) {
    // "Trước 17h ngày 30/9", "(28/7): Hạn cuối …": the cue is read past a time, or after the date;
    // "sáng nay (12/10)": a news report names the day it speaks of in brackets.
    return (
      hasCueBeforeTime(text, date.start) ||
      hasDeadlineAfter(text, date.end) ||
      RELATIVE_DAY_BEFORE_RE.test(text.slice(Math.max(0, date.start - 16), date.start))
    );
  }
  return true;
}

/** "hôm nay (", "sáng nay (", "chiều mai (", "hôm qua (": the day a report speaks of, in brackets. */
const RELATIVE_DAY_BEFORE_RE = /(?<![\p{L}\p{M}])(?:hôm|sáng|chiều|tối|trưa|đêm|ngày)\s+(?:nay|qua|mai)\s*\(\s*$/iu;

/**
 * The page's stamp as ISO, or undefined: the first stamp with a full date, else the first with a
 * year and month (" date 2023-06" still gives "ngày 30-6" its year), read from its middle day so
 * the year-turn rules of `inferYear` measure from there.
 */
function findPublished(dates: DateCandidate[], kinds: DateKind[]): string | undefined {
  const stamp = (precision: DateCandidate['precision']) =>
    kinds.findIndex((kind, i) => kind === 'published' && dates[i]?.precision === precision && dates[i]?.year !== null);
  const day = stamp('day');
  if (day >= 0) return formatValue(dates[day] as DateCandidate);
  const month = stamp('month');
  return month >= 0 ? `${formatValue(dates[month] as DateCandidate)}-15` : undefined;
}

/**
 * The later members of lists closed by "và" / "and" ("10/4, 10/7 và 10/10/2027"). A bare comma
 * between two dates ("trước ngày 30/6/2027, 15/7/2027 công bố kết quả") makes no list of its own.
 */
function closedLists(text: string, dates: DateCandidate[]): Set<DateCandidate> {
  const members = new Set<DateCandidate>();
  let chain: DateCandidate[] = [];
  let closes = false;
  const end = () => {
    if (closes) for (const date of chain.slice(1)) members.add(date);
    chain = [];
    closes = false;
  };
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] as DateCandidate;
    const previous = dates[i - 1];
    if (date.linkPrevious === 'and' && previous && chain[chain.length - 1] === previous) {
      chain.push(date);
      closes ||= /và|and|&/i.test(text.slice(previous.end, date.start));
    } else {
      end();
      chain = [date];
    }
  }
  end();
  return members;
}

/** Drops candidates inside a reference's span (the year in "30/2020/NĐ-CP"). Both lists are sorted. */
function withoutCodeYears(dates: DateCandidate[], refs: Reference[]): DateCandidate[] {
  let r = 0;
  return dates.filter((date) => {
    while (r < refs.length && (refs[r] as Reference).end <= date.start) r++;
    const ref = refs[r];
    return !(ref && ref.start < date.end && ref.confidence === 'high');
  });
}

/** Every date mention in `text`, in document order. Pure. */
export function findDates(text: string, options: FindDatesOptions): FoundDates {
  const refs = options.references;
  const candidates = withoutCodeYears(collectDateCandidates(text, options.english), refs);
  linkNeighbours(text, candidates);
  const dates = candidates.filter((date) => keep(text, date));
  const spans = options.deadlineSpans ?? [];
  let s = 0;
  let previousKind: DateKind | undefined;
  const closed = closedLists(text, dates);
  const classified = dates.map((date) => {
    const cued = classifyDate(text, date, refs);
    const ranged = date.linkPrevious === 'range' || date.linkNext === 'range';
    while (s < spans.length && (spans[s] as { end: number }).end <= date.start) s++;
    const inSpan = s < spans.length && (spans[s] as { start: number }).start <= date.start;
    // A date in a deadline column (or a declared schedule) is its row's deadline, never the issue
    // date of a code in the cell before it ("1520/QĐ-UBND | quý I/2027").
    const byCue = inSpan && cued.kind === 'issued' ? { ...cued, kind: 'other' as const, issuedFor: undefined } : cued;
    let kind = readClauseKind(text, date, byCue.kind, () => readCue(text, date.start)?.phrase, ranged, inSpan);
    // "trước các ngày 10/4, 10/7 và 10/10/2027": a list's later members share its cue.
    if (closed.has(date) && previousKind === 'deadline' && (kind === 'event' || kind === 'other')) kind = 'deadline';
    previousKind = kind;
    return kind === byCue.kind ? byCue : { ...byCue, kind };
  });
  const published =
    options.published ??
    findPublished(
      dates,
      classified.map((c) => c.kind),
    );

  const issued = new Map<Reference, string>();
  const mentions = dates.map((date, i): DateMention => {
    const { kind, beforePeriod, issuedFor } = classified[i] as (typeof classified)[number];
    if (date.year === null && published && date.precision !== 'years') {
      date.year = inferYear(date, published, kind === 'deadline');
    }
    const value = formatValue(date);
    if (issuedFor && date.year !== null && !issued.has(issuedFor)) issued.set(issuedFor, value);
    return {
      text: text.slice(date.start, date.end),
      start: date.start,
      end: date.end,
      value,
      kind,
      due: kind === 'deadline' ? dueDate(date, beforePeriod) : null,
    };
  });
  return { dates: mentions, issued };
}
