/**
 * Regex pieces built from the word tables: a phrase list becomes one alternation, longest first,
 * with any run of white space between words. Built once at module load.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `(?:hoàn\s+thành|xong|…)`, longest phrase first so that "chậm nhất là" wins over "chậm nhất". */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+')).join('|')})`;
}

/** Letters on neither side: the phrase is whole words. */
export const wordBounded = (body: string) => `(?<![\\p{L}\\p{M}\\d])${body}(?![\\p{L}\\p{M}])`;

/** Letters and digits of Latin scripts (Vietnamese included) and combining marks. */
export const isLetter = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
  (code >= 0x300 && code <= 0x36f) ||
  (code >= 0x1e00 && code <= 0x1eff);
const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

/**
 * A set of phrases looked up word by word at a position: a few Set lookups instead of a regex
 * alternation tried phrase after phrase, which is what makes reading a clause cheap.
 */
export class PhraseSet {
  private readonly phrases: Set<string>;
  /** First words of the phrases (with suffixes stripped as given): most positions fail here. */
  private readonly firstWords: Set<string>;
  private readonly maxWords: number;
  /** First characters of the phrases in both cases (and their base letters): a one-compare filter. */
  private readonly firstChars = new Set<number>();

  /** `suffixes` are endings the last word may carry ("submit" matches "submits", "submitted"). */
  constructor(
    phrases: readonly string[],
    private readonly suffixes: readonly string[] = [],
  ) {
    this.phrases = new Set(phrases.map((p) => p.normalize('NFC').toLowerCase()));
    this.firstWords = new Set([...this.phrases].map((p) => p.split(' ')[0] as string));
    for (const word of this.firstWords) {
      const first = word.normalize('NFD')[0] as string;
      for (const c of [first, first.toUpperCase(), word[0] as string, (word[0] as string).toUpperCase()])
        this.firstChars.add(c.charCodeAt(0));
    }
    this.maxWords = Math.max(1, ...phrases.map((p) => p.split(' ').length));
  }

  /** Length in characters of the longest phrase starting at `pos` (whole words), or 0. */
  matchAt(text: string, pos: number, end = text.length): number {
    if (!this.firstChars.has(text.charCodeAt(pos))) return 0;
    if (pos > 0 && isLetter(text.charCodeAt(pos - 1))) return 0;
    let joined = '';
    let best = 0;
    let i = pos;
    for (let n = 0; n < this.maxWords && i < end; n++) {
      const wordStart = i;
      while (i < end && isLetter(text.charCodeAt(i))) i++;
      if (i === wordStart) break;
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

/** The last word lowered: the sets are asked about the same word one after another. */
let cached = { text: '', start: -1, end: -1, word: '' };

/** Lower-case NFC of a word; NFC only when it carries combining marks (decomposed text). */
function lower(text: string, start: number, end: number): string {
  if (cached.start === start && cached.end === end && cached.text === text) return cached.word;
  const word = lowerUncached(text, start, end);
  cached = { text, start, end, word };
  return word;
}

function lowerUncached(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) return text.slice(start, end).normalize('NFC').toLowerCase();
  }
  return text.slice(start, end).toLowerCase();
}
