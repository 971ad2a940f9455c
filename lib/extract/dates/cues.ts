/**
 * The cue phrase right before a date ("trước ngày", "chậm nhất là", "Thời hạn:", "by the end of"):
 * what first decides a date's kind, read backwards word by word from the cue tables.
 */
import { CUE_MODIFIERS, type CueKind, ENGLISH_CUES, NOT_CUES, VIETNAMESE_CUES } from '../tables/date-words';
import { phrase, skipSpacesBack, type Word, wordsBefore } from '../text/left-context';

const MAX_CUE_WORDS = 4;
/** Modifiers read past once ("by the end of March"): at most this many extra words. */
const MAX_MODIFIER_WORDS = 3;
const CUES = new Map<string, CueKind>([...VIETNAMESE_CUES, ...ENGLISH_CUES]);
/** Every word-final part of a cue ("nhất", "chậm nhất"): reading stops as soon as none can match. */
const CUE_SUFFIXES: ReadonlySet<string> = new Set(
  [...CUES.keys()].flatMap((cue) => cue.split(' ').map((_, i, words) => words.slice(i).join(' '))),
);
const SKIPPED_WORDS: ReadonlySet<string> = new Set(CUE_MODIFIERS);
const NOT_CUE_WORDS: ReadonlySet<string> = new Set(NOT_CUES);

/** A modifier of SKIPPED_WORDS glued to the month by a hyphen: "mid-", "early-", "end-". */
const GLUED_WORD_RE = /(?:^|[^\p{L}])(\p{L}{2,6})-$/u;

/** A deadline label, its colon and a preposition of time, right before the date. */
const LABEL_THEN_PREPOSITION_RE =
  /(?:^|[^\p{L}])(thời\s+hạn|hạn\s+chót|hạn\s+cuối|thời\s+gian\s+hoàn\s+thành|deadline)\s*:\s*(?:trong|vào|in|within)\s*$/iu;

/** A due-date cue before "the next working day", which the date then names: "chậm nhất vào ngày làm việc tiếp theo là". */
export const NEXT_WORKING_DAY_RE =
  /(?:^|[^\p{L}])(chậm\s+nhất|trước|no\s+later\s+than|by)\s+(?:(?:là|vào|the)\s+)?(?:ngày\s+làm\s+việc\s+(?:tiếp\s+theo|kế\s+tiếp)|next\s+working\s+day)\s*,?\s*(?:là|tức\s+là|i\.e\.|that\s+is)?\s*(?:ngày\s+)?$/iu;
/** The cue phrase that ends right before `start` (a label's ":" may stand between), if any. */
/**
 * A cue that puts a due date before what follows ("trước quý IV" is due the day before the
 * quarter starts: kinds.ts), and the modifiers that turn it to that thing's end.
 */
export const BEFORE_CUE_RE = /(?:^|\s)(?:trước|before|prior to)$/u;
const END_WORDS: ReadonlySet<string> = new Set(['end', 'cuối', 'hết']);

export function readCue(text: string, start: number): { kind: CueKind; phrase: string } | undefined {
  let end = skipSpacesBack(text, start, 4);
  if (text.charCodeAt(end - 1) === 58 /* : */) end -= 1;
  // "by mid-April", "by end-June": the modifier is glued to the month by a hyphen.
  else if (text.charCodeAt(end - 1) === 45 /* - */) {
    const glued = GLUED_WORD_RE.exec(text.slice(Math.max(0, end - 8), end))?.[1];
    if (glued && SKIPPED_WORDS.has(glued.toLowerCase())) end -= 1;
  }
  const words = wordsBefore(text, end, MAX_CUE_WORDS);
  let best: { kind: CueKind; phrase: string } | undefined;
  let joined = '';
  for (let i = 0; i < words.length; i++) {
    const word = phrase(text, (words[i] as Word).start, (words[i] as Word).end);
    joined = joined ? `${word} ${joined}` : word;
    if (NOT_CUE_WORDS.has(joined)) {
      best = undefined;
      break;
    }
    if (!CUE_SUFFIXES.has(joined)) break;
    const kind = CUES.get(joined);
    if (kind) best = { kind, phrase: joined };
  }
  if (best) return best;
  // "(thời hạn: trong tháng 11/2025)": a label before a preposition of time still labels the date.
  const label = LABEL_THEN_PREPOSITION_RE.exec(text.slice(Math.max(0, end - 32), end));
  if (label) return { kind: 'deadline', phrase: (label[1] as string).toLowerCase().replace(/\s+/g, ' ') };
  // "chậm nhất vào ngày làm việc tiếp theo là ngày 04/5": the limit moved to the next working day, named.
  const nextDay = NEXT_WORKING_DAY_RE.exec(text.slice(Math.max(0, end - 64), end));
  if (nextDay) return { kind: 'deadline', phrase: (nextDay[1] as string).toLowerCase().replace(/\s+/g, ' ') };
  // "by the end of March", "đầu tháng 8": look past modifiers once.
  const wider = wordsBefore(text, end, MAX_CUE_WORDS + MAX_MODIFIER_WORDS);
  const firstReal = wider.findIndex((w) => !SKIPPED_WORDS.has(phrase(text, w.start, w.end)));
  if (firstReal > 0) {
    // The cue may have words of its own: "no later than the end of May 2026".
    let cue = '';
    let found: { kind: CueKind; phrase: string } | undefined;
    for (let i = firstReal; i < Math.min(wider.length, firstReal + MAX_CUE_WORDS); i++) {
      const word = phrase(text, (wider[i] as Word).start, (wider[i] as Word).end);
      cue = cue ? `${word} ${cue}` : word;
      if (!CUE_SUFFIXES.has(cue)) break;
      const kind = CUES.get(cue);
      if (kind === 'deadline' || kind === 'event') found = { kind, phrase: cue };
    }
    // "before the end of the second quarter", "trước cuối quý II": before a period's end is by that
    // end, not before the period starts, so the phrase keeps its "end" (kinds.ts: beforePeriod).
    const skipped = wider.slice(0, firstReal).map((w) => phrase(text, w.start, w.end));
    if (found && BEFORE_CUE_RE.test(found.phrase) && skipped.some((word) => END_WORDS.has(word)))
      return { kind: found.kind, phrase: `${found.phrase} ${skipped.reverse().join(' ')}` };
    if (found) return found;
  }
  // "As of mid-March", "as of the end of October": a status's cut-off with a part of the month.
  if (AS_OF_PART_RE.test(text.slice(Math.max(0, end - 40), end))) return { kind: 'other', phrase: 'as of' };
  return undefined;
}
const AS_OF_PART_RE =
  /(?:^|[^\p{L}])as\s+of\s+(?:the\s+(?:end|middle|beginning|start)\s+of|early|mid|late|end)-?\s*$/iu;
