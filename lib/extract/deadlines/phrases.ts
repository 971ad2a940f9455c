/**
 * Regex pieces built from the word tables: a phrase list becomes one alternation, longest first,
 * with any run of white space between words. And PhraseSet, the word-by-word lookup.
 */

import { lowerSlice } from '../text/left-context';

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `(?:hoàn\s+thành|xong|…)`, longest phrase first so that "chậm nhất là" wins over "chậm nhất". */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+')).join('|')})`;
}

/** Letters on neither side: the phrase is whole words. */
export const wordBounded = (body: string) => `(?<![\\p{L}\\p{M}\\d])${body}(?![\\p{L}\\p{M}])`;

const isLetterCode = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
  (code >= 0x300 && code <= 0x36f) ||
  (code >= 0x1e00 && code <= 0x1eff);
/** isLetterCode for every unit it can accept, as a table: one load per character on the hot paths. */
const LETTER_TABLE_SIZE = 0x1f00;
const LETTERS = new Uint8Array(LETTER_TABLE_SIZE);
for (let c = 0; c < LETTER_TABLE_SIZE; c++) LETTERS[c] = isLetterCode(c) ? 1 : 0;

/** Letters and digits of Latin scripts (Vietnamese included) and combining marks. */
export const isLetter = (code: number) => code < LETTER_TABLE_SIZE && LETTERS[code] === 1;
/** Units below this have their first-character test in a table (Latin and Vietnamese letters). */
const FIRST_TABLE_SIZE = 0x2000;
const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

/**
 * A set of phrases looked up word by word at a position: a few Set lookups instead of a regex
 * alternation tried phrase after phrase, which is what makes reading a clause cheap. Its tables
 * are built on the first lookup: the page's own extraction never reads deadline details, so the
 * content script does not pay for the sets it does not use when it starts.
 */
export class PhraseSet {
  private readonly phrases = new Set<string>();
  /** First words of the phrases (with suffixes stripped as given): most positions fail here. */
  private readonly firstWords = new Set<string>();
  private maxWords = 1;
  /** Hashes of the first words (see wordHash): rejects a word before it is sliced and lowered. */
  private readonly firstWordHashes = new Set<number>();
  /** First characters of the phrases in both cases (and their base letters): a one-compare filter. */
  private readonly firstChars = new Set<number>();
  /** firstChars as a table for the units below FIRST_TABLE_SIZE: one load where most lookups fail. */
  private readonly firstCharTable = new Uint8Array(FIRST_TABLE_SIZE);
  private built = false;

  /** `suffixes` are endings the last word may carry ("submit" matches "submits", "submitted"). */
  constructor(
    private readonly source: readonly string[],
    private readonly suffixes: readonly string[] = [],
  ) {}

  private build(): void {
    this.built = true;
    for (const p of this.source) this.phrases.add(p.normalize('NFC').toLowerCase());
    for (const p of this.phrases) this.firstWords.add(p.split(' ')[0] as string);
    for (const word of this.firstWords) {
      const first = word.normalize('NFD')[0] as string;
      for (const c of [first, first.toUpperCase(), word[0] as string, (word[0] as string).toUpperCase()])
        this.firstChars.add(c.charCodeAt(0));
    }
    for (const code of this.firstChars) if (code < FIRST_TABLE_SIZE) this.firstCharTable[code] = 1;
    this.maxWords = Math.max(1, ...this.source.map((p) => p.split(' ').length));
    for (const word of this.firstWords) this.firstWordHashes.add(wordHash(word, 0, word.length));
  }

  /** Length in characters of the longest phrase starting at `pos` (whole words), or 0. */
  matchAt(text: string, pos: number, end = text.length): number {
    if (!this.built) this.build();
    const first = text.charCodeAt(pos);
    if (first < FIRST_TABLE_SIZE ? this.firstCharTable[first] === 0 : !this.firstChars.has(first)) return 0;
    if (pos > 0 && isLetter(text.charCodeAt(pos - 1))) return 0;
    let joined = '';
    let best = 0;
    let i = pos;
    for (let n = 0; n < this.maxWords && i < end; n++) {
      const wordStart = i;
      while (i < end && isLetter(text.charCodeAt(i))) i++;
      if (i === wordStart) break;
      if (n === 0 && this.suffixes.length === 0) {
        const hash = wordHash(text, wordStart, i);
        if (hash !== NO_HASH && !this.firstWordHashes.has(hash)) return 0;
      }
      const word = lower(text, wordStart, i);
      if (n === 0 && !this.firstWords.has(word) && !this.hasSuffixed(word)) return 0;
      joined = joined ? `${joined} ${word}` : word;
      if (this.phrases.has(joined)) best = i - pos;
      else if (this.suffixes.length) {
        for (const suffix of this.suffixes) {
          if (joined.endsWith(suffix) && this.phrases.has(joined.slice(0, -suffix.length))) best = i - pos;
        }
      }
      let j = i;
      while (j < end && isBlank(text.charCodeAt(j))) j++;
      if (j === i) break;
      i = j;
    }
    return best;
  }

  private hasSuffixed(word: string): boolean {
    for (const suffix of this.suffixes) {
      if (word.endsWith(suffix) && this.firstWords.has(word.slice(0, -suffix.length))) return true;
    }
    return false;
  }
}

/**
 * Lower case of each UTF-16 unit below U+2000 (every letter `isLetter` accepts), or 0 where lowering
 * one unit alone is not a one-unit answer. Lets wordHash lower a word without building a string.
 */
const LOWER_TABLE_SIZE = 0x2000;
/** Filled on the first hash (8,192 lowerings are not worth paying when a page starts). */
const LOWER = new Uint16Array(LOWER_TABLE_SIZE);
let lowerFilled = false;
function fillLower(): void {
  lowerFilled = true;
  for (let c = 0; c < LOWER_TABLE_SIZE; c++) {
    const lowered = String.fromCharCode(c).toLowerCase();
    LOWER[c] = lowered.length === 1 ? lowered.charCodeAt(0) : 0;
  }
}
/** wordHash's answer for a word it cannot hash exactly (combining marks, other scripts): test it in full. */
const NO_HASH = -1;

/**
 * A hash of the word's lower case, equal to the hash of `lower(text, start, end)`, computed without
 * slicing or lowering; NO_HASH when the word needs NFC or holds a unit the table cannot lower.
 */
function wordHash(text: string, start: number, end: number): number {
  if (!lowerFilled) fillLower();
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= LOWER_TABLE_SIZE || (code >= 0x300 && code <= 0x36f)) return NO_HASH;
    const lowered = LOWER[code] as number;
    if (lowered === 0) return NO_HASH;
    hash = Math.imul(hash ^ lowered, 0x01000193);
  }
  // 30 bits: a small integer to V8, so the Set of first-word hashes is never asked about a heap number.
  return hash & 0x3fffffff;
}

/**
 * Words lowered recently, by start position: the sets are asked about the same few words one
 * after another (direct-mapped, so a lookup is one compare).
 */
const CACHE_SIZE = 64;
const cachedStart = new Int32Array(CACHE_SIZE).fill(-1);
const cachedEnd = new Int32Array(CACHE_SIZE);
const cachedWord: string[] = new Array(CACHE_SIZE).fill('');
let cachedText = '';

/** Lower-case NFC of a word; NFC only when it carries combining marks (decomposed text). */
function lower(text: string, start: number, end: number): string {
  if (text !== cachedText) cachedStart.fill(-1);
  // Also when the text only equals the cached one (the same page read again, another string): the
  // next compare is then by identity, not character by character on every word looked up.
  cachedText = text;
  const slot = start & (CACHE_SIZE - 1);
  if (cachedStart[slot] === start && cachedEnd[slot] === end) return cachedWord[slot] as string;
  const word = lowerUncached(text, start, end);
  cachedStart[slot] = start;
  cachedEnd[slot] = end;
  cachedWord[slot] = word;
  return word;
}

function lowerUncached(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) return text.slice(start, end).normalize('NFC').toLowerCase();
  }
  return lowerSlice(text, start, end);
}
