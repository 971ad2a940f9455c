/**
 * The phrase that governs a code: a type word ("Kế hoạch số ", "KẾT LUẬN SỐ ", "Decree No.\n"),
 * a law title ("Luật Tổ chức Quốc hội số "), a shorthand ("NQ "), or only a header cue ("Số: ").
 * Read backwards from the code's start, word by word, on the original text.
 */

import { DOC_TYPES, type DocType, NUMBER_CUES, TYPE_SHORTHANDS } from '../tables/doc-types';
import { phrase, skipSpacesBack, type Word, wordEndingAt, wordsBefore } from '../text/left-context';

/** The longest type phrase has four words: "Chương trình hành động", "Nghị quyết liên tịch". */
const MAX_TYPE_WORDS = 4;
/** A law title between "Luật" and "số" has at most this many words. */
const MAX_LAW_TITLE_WORDS = 12;
const NUMBER_CUE_WORDS: ReadonlySet<string> = new Set(NUMBER_CUES);

export const TYPE_BY_WORD = new Map<string, DocType>(
  DOC_TYPES.flatMap((type) => type.words.map((word) => [word, type] as const)),
);
export const TYPE_BY_ID = new Map<string, DocType>(DOC_TYPES.map((type) => [type.id, type]));
/** Every word-final part of a type word ("quyết", "nghị quyết"): reading stops when none can match. */
const TYPE_SUFFIXES: ReadonlySet<string> = new Set(
  [...TYPE_BY_WORD.keys()].flatMap((word) => word.split(' ').map((_, i, words) => words.slice(i).join(' '))),
);

export interface Governor {
  /** Where the span starts: the type word, or `codeStart` when no type word governs the code. */
  start: number;
  /** The type word as written ("KẾT LUẬN", "Nghị\nđịnh"), or null. */
  word: string | null;
  type: DocType | null;
  /** A "số"/"No." cue stands right before the code (with or without a type word). */
  cued: boolean;
}

/** Start of a "số", "Số:", "No.", "No.:", "Number:" cue that ends at `pos` (spaces allowed), or undefined. */
function numberCueStart(text: string, pos: number): number | undefined {
  let end = skipSpacesBack(text, pos);
  if (text.charCodeAt(end - 1) === 58 /* : */) end = skipSpacesBack(text, end - 1);
  if (text.charCodeAt(end - 1) === 46 /* . */) end -= 1;
  const cue = wordEndingAt(text, end, 6);
  return cue && NUMBER_CUE_WORDS.has(phrase(text, cue.start, cue.end)) ? cue.start : undefined;
}

const wordText = (text: string, word: Word | undefined) => (word ? phrase(text, word.start, word.end) : '');
const startsUpperCase = (text: string, word: Word | undefined) => {
  const first = word ? text.charAt(word.start) : '';
  return first !== '' && first !== first.toLowerCase();
};

/**
 * "Luật Tổ chức Quốc hội" / "Bộ luật Lao động" / "Pháp lệnh Dân số" before "số": the type word's
 * first and last word indexes in `words` (nearest first), or undefined.
 */
function findLawTitle(text: string, words: Word[]): [first: number, last: number] | undefined {
  for (let k = 1; k < words.length; k++) {
    if (!startsUpperCase(text, words[k - 1])) continue;
    const word = wordText(text, words[k]);
    if (word === 'luật') return wordText(text, words[k + 1]) === 'bộ' ? [k + 1, k] : [k, k];
    if (word === 'lệnh' && wordText(text, words[k + 1]) === 'pháp') return [k + 1, k];
  }
  return undefined;
}

/** What governs a code that starts at `codeStart`. */
export function findGovernor(text: string, codeStart: number): Governor {
  const cueStart = numberCueStart(text, codeStart);
  const cued = cueStart !== undefined;
  const before = cueStart ?? codeStart;
  const words = wordsBefore(text, before, MAX_TYPE_WORDS);
  const nearest = words[0];
  if (!nearest) return { start: codeStart, word: null, type: null, cued };

  // Phrases of 1…4 words ending at the nearest word; the longest known one wins.
  let candidate = '';
  const phrases: string[] = [];
  for (const word of words) {
    candidate = candidate ? `${phrase(text, word.start, word.end)} ${candidate}` : phrase(text, word.start, word.end);
    if (!TYPE_SUFFIXES.has(candidate)) break;
    phrases.push(candidate);
  }
  for (let n = phrases.length; n >= 1; n--) {
    const type = TYPE_BY_WORD.get(phrases[n - 1] as string);
    if (!type) continue;
    const start = (words[n - 1] as Word).start;
    return { start, word: text.slice(start, nearest.end), type, cued };
  }
  const lawWords = cued ? wordsBefore(text, before, MAX_LAW_TITLE_WORDS) : [];
  const law = findLawTitle(text, lawWords);
  if (law) {
    const [first, last] = [lawWords[law[0]] as Word, lawWords[law[1]] as Word];
    return { start: first.start, word: text.slice(first.start, last.end), type: TYPE_BY_ID.get('luat') ?? null, cued };
  }
  const shorthand = text.slice(nearest.start, nearest.end);
  const shorthandType = cued ? undefined : TYPE_SHORTHANDS[shorthand];
  if (shorthandType)
    return { start: nearest.start, word: shorthand, type: TYPE_BY_ID.get(shorthandType) ?? null, cued };
  return { start: codeStart, word: null, type: null, cued };
}
