/**
 * The English sentences our own grammar cannot date ("by the late second quarter", "by the end of
 * the year") go to compromise + compromise-dates. It is slow (≈0.3 M chars/s) and superlinear on
 * long inputs, so it sees only sentences with such a cue, no date of ours there, and at most
 * MAX_SENTENCE characters, each on its own: the cost stays linear in the text. It runs only in
 * `enrichEnglish`, off the page's main thread. compromise finds and bounds the phrase; its value is
 * computed here, because the library's arithmetic on quarters drifts ("end of the second quarter of
 * 2025" → Q1 2026).
 */
import { readCue } from '../dates/cues';
import { dueDate } from '../dates/values';
import { readClauseKind } from '../deadlines/kind-rules';
import { ENGLISH_QUARTERS } from '../tables/date-words';
import type { DateMention } from '../types';
import { englishNlp } from './nlp';

interface CompromiseDate {
  text: string;
}
interface DatesView {
  dates(context: { today?: string; dmy?: boolean }): { json(): CompromiseDate[] };
}

/** Cues our grammar leaves to compromise. */
const LEFTOVER_CUE_RE = /\b(?:quarter|end\s+of\s+the\s+year|half\s+of)\b/i;
const SENTENCE_RE = /[^.!?\n]+[.!?]?/g;
/** Longer "sentences" are lists, tables or hostile input, not prose compromise can read in time. */
const MAX_SENTENCE = 1_000;
const LEADING_MODIFIERS_RE =
  /^(?:(?:by|before|until|in|on|for|at|the|early|late|mid|end\s+of|the\s+end\s+of|beginning\s+of|start\s+of)\s+)+/i;
const QUARTER_PHRASE_RE = /\b(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter\b(?:\s+of\s+((?:19|20)\d\d))?/i;

/**
 * Dates in `text` that compromise finds in sentences our grammar did not date. `known` are the dates
 * already found; `published` (ISO) gives the year when the phrase has none. `replaced` are known
 * bare years that sit inside a found phrase and should be dropped.
 */
export function findEnglishLeftoverDates(
  text: string,
  known: DateMention[],
  published?: string,
): { found: DateMention[]; replaced: Set<DateMention> } {
  const found: DateMention[] = [];
  const replaced = new Set<DateMention>();
  SENTENCE_RE.lastIndex = 0;
  let k = 0;
  for (let sentence = SENTENCE_RE.exec(text); sentence; sentence = SENTENCE_RE.exec(text)) {
    if (sentence[0].length > MAX_SENTENCE || !LEFTOVER_CUE_RE.test(sentence[0])) continue;
    const base = sentence.index;
    const sentenceEnd = base + sentence[0].length;
    // A sentence whose quarter phrase our grammar already dated needs no second reading.
    while (k < known.length && (known[k] as DateMention).end <= base) k++;
    let dated = false;
    for (let j = k; j < known.length && (known[j] as DateMention).start < sentenceEnd; j++) {
      if (LEFTOVER_CUE_RE.test((known[j] as DateMention).text)) dated = true;
    }
    if (dated) continue;
    const view = englishNlp()(sentence[0]) as unknown as DatesView;
    let searchFrom = 0;
    for (const match of view.dates({ today: published, dmy: true }).json()) {
      const located = locate(sentence[0], match.text, searchFrom);
      if (!located) continue;
      searchFrom = located.end;
      const start = base + located.start;
      const end = base + located.end;
      const overlapping = known.filter((date) => date.start < end && start < date.end);
      // A bare year of ours inside the phrase ("… second quarter of 2025") gives way to the phrase.
      if (overlapping.some((date) => !/^\d{4}$/.test(date.value))) continue;
      const mention = toMention(text, start, end, published);
      if (!mention) continue;
      found.push(mention);
      for (const date of overlapping) replaced.add(date);
    }
  }
  found.push(...findBareShortQuarters(text, known, published));
  return { found, replaced };
}

/**
 * "before the end of Q3", "by Q2, 2027": the short form after a word of time, without its year
 * or with the year after a comma (with one written otherwise it is ours: SHORT_QUARTER_RE). Group
 * 1 quarter, 2 year. Not "Q1, Ho Chi Minh City" (a district), "the Audi Q3", "Q2 FY2026" or "in
 * Q4 last year".
 */
const BARE_SHORT_QUARTER_RE =
  /(?=Q[1-4])(?<=(?:^|[^\p{L}])(?:in|by|before|until|till|during|from|to|of|for|and|or|end\s+of|beginning\s+of|start\s+of)\s+(?:the\s+)?)Q([1-4])(?:,[ \t]*((?:19|20)\d\d)(?!\d))?(?![\p{L}\p{N}]|[ \t]*[/.-]?[ \t]*(?:of[ \t]+)?(?:FY[ \t]*)?(?:19|20)\d\d|\s+(?:last|next|this)\s+year)/giu;

/** Bare "Q2" that no known date covers, dated in its own year or the page's (`published`). */
function findBareShortQuarters(text: string, known: DateMention[], published?: string): DateMention[] {
  const found: DateMention[] = [];
  const pageYear = published ? Number(published.slice(0, 4)) : null;
  let k = 0;
  BARE_SHORT_QUARTER_RE.lastIndex = 0;
  for (let m = BARE_SHORT_QUARTER_RE.exec(text); m; m = BARE_SHORT_QUARTER_RE.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    // `known` is in document order: skip the dates that end before this one.
    while (k < known.length && (known[k] as DateMention).end <= start) k++;
    const next = known[k];
    if (next && next.start < end) continue;
    found.push(quarterMention(text, start, end, Number(m[1]), m[2] ? Number(m[2]) : pageYear));
  }
  return found;
}

/** Where compromise's match text sits in the sentence, without leading modifiers and punctuation. */
function locate(sentence: string, matchText: string, from: number): { start: number; end: number } | undefined {
  const trimmed = matchText.replace(/[\s.,;:!?]+$/, '');
  const at = sentence.indexOf(trimmed, from);
  if (at < 0) return undefined;
  const lead = LEADING_MODIFIERS_RE.exec(trimmed)?.[0].length ?? 0;
  return { start: at + lead, end: at + trimmed.length };
}

function toMention(text: string, start: number, end: number, published?: string): DateMention | undefined {
  const quarter = QUARTER_PHRASE_RE.exec(text.slice(start, end));
  if (!quarter) return undefined;
  const number = ENGLISH_QUARTERS[(quarter[1] as string).toLowerCase()] as number;
  const year = quarter[2] ? Number(quarter[2]) : published ? Number(published.slice(0, 4)) : null;
  return quarterMention(text, start, end, number, year);
}

/** A quarter at `start`..`end`, a deadline when its cue or its clause makes it one. */
function quarterMention(text: string, start: number, end: number, number: number, year: number | null): DateMention {
  const phrase = text.slice(start, end);
  const cue = readCue(text, start);
  // The clause decides as it does for our own dates: "must complete site clearance in the third quarter".
  const byCue = cue?.kind === 'deadline' ? 'deadline' : 'event';
  const deadline = readClauseKind(text, { start, end }, byCue, () => cue?.phrase, false) === 'deadline';
  const candidate = { precision: 'quarter' as const, quarter: number, year, month: null, day: null, yearEnd: null };
  return {
    text: phrase,
    start,
    end,
    value: `${year ?? '-'}-Q${number}`,
    kind: deadline ? 'deadline' : 'event',
    due: deadline
      ? dueDate(
          {
            ...candidate,
            start,
            end,
            dayOnly: false,
            needsCue: false,
            linkNext: null,
            linkPrevious: null,
            english: true,
          },
          cue?.phrase === 'before',
        )
      : null,
  };
}
