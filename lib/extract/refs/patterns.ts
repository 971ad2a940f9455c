/**
 * Regular expressions for document references, built once from the tables. Every quantifier is
 * bounded and no two adjacent parts can match the same character, so matching stays linear on
 * hostile input (long runs of digits, slashes, hyphens or capitals).
 */
import { DOC_TYPES, NUMBER_CUES } from '../tables/doc-types';

/** Last words of type words that cite bare numbers, and the cues: "thị", "quyết", "số", "no". */
export const CITING_LAST_WORDS: readonly string[] = [
  ...DOC_TYPES.filter((type) => type.citesBareNumbers).flatMap((type) =>
    type.words.map((word) => word.split(' ').pop() ?? ''),
  ),
  ...NUMBER_CUES,
];

/** Last letters of the citing words, both cases: a one-character test before the full lookbehind. */
function lastLetters(): string {
  const letters = new Set(CITING_LAST_WORDS.map((word) => word.slice(-1)));
  return [...letters].map((ch) => ch.toLowerCase() + ch.toUpperCase()).join('');
}

/** A word matched in any case without the regex `i` flag (which would slow the whole pattern). */
function caseless(word: string): string {
  return [...word]
    .map((ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`))
    .join('');
}

/** Letters a symbol may use, raw: ASCII, Đ/Ư (TƯ), their look-alikes, and combining marks (NFD text). */
const SYMBOL_LETTER = 'A-Za-zĐđƯưÐðƉɖАВЕКМНОРСТХаеорсх\\u0300-\\u036f';
/** Hyphen and its Unicode cousins: "49- KL/TW", "2539/UBND‐ SNV". */
const DASH = '[-\\u2010-\\u2015\\u2212\\uFE63\\uFF0D]';
/** Slash and its cousins. */
const SLASH = '[/\\u2044\\u2215\\uFF0F]';
/** At most two stray horizontal spaces around a separator: "11 /2016/ND-CP", "367 - QĐ/TWĐTN-VP". */
const GAP = '[ \\t\\u00a0]{0,2}';
/** One symbol group: "QĐ", "TTg", "QH15", "BGD&ĐT". Starts with a letter; must not be "20" in "30/2020/…". */
const GROUP = `[${SYMBOL_LETTER}][${SYMBOL_LETTER}0-9&]{0,19}`;
/** Groups joined by hyphens: "QĐ-UBND", "NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN". */
const SYMBOL = `${GROUP}(?:${GAP}${DASH}${GAP}${GROUP}){0,6}`;
/** The number, with an optional letter suffix: "30c", "210a". */
// Every alternative after the number needs a non-digit next, so "(?!\\d)" only spares the engine
// from retrying each alternative with fewer digits of a long run.
const NUMBER = '\\d{1,5}(?!\\d)[a-zđ]?';
/** Not inside a longer number, a date or "01:2019" (QCVN standards). */
const NUMBER_START = '(?<![\\d/])(?<!\\d[.,:])';

/**
 * A number that is not part of a code, a decimal, a date or a percentage: "Chỉ thị số 17 về",
 * not "17/CT-TTg", "17,5", "17/5", "17 %". Letters are listed rather than \p{L} to keep CODE_RE
 * free of the slower Unicode mode.
 */
const BARE_NUMBER_END = `(?![\\dA-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff]|[.,]\\d|[ \\t\\u00a0]{0,16}(?:${DASH}|${SLASH}|%))`;

/**
 * The last word of a type word that cites bare numbers, or a number cue, right before a bare number
 * ("Chỉ thị số 17", "Nghị quyết 57", "Resolution No. 35"). Checked by a lookbehind once the digits
 * are read, so the page's other numbers never leave the regex engine.
 */
const CITING_WORD_BEFORE = `(?<=[${lastLetters()}.:][ \\t\\u00a0\\n]{0,2}\\d{1,5}[a-zđ]?)(?<=(?:^|[^A-Za-z\\u00c0-\\u1ef9])(?:${[...new Set(CITING_LAST_WORDS)].map(caseless).join('|')})\\.?[ \\t\\u00a0]{0,2}:?[ \\t\\u00a0\\n]{0,2}\\d{1,5}[a-zđ]?)`;

/**
 * Finds code-shaped strings. Groups: 1 number; then exactly one family's groups:
 * legal `N/YYYY/SYMBOL` (2 year, 3 symbol) — "30/2020/NĐ-CP", "59/2020/QH14";
 * administrative `N/SYMBOL` (4) — "16/CT-TTg", "5418/UBND-TKBT", "1961/QĐUBND";
 * Party `N-TYPE/SYMBOL` (5 type, 6 symbol) — "77-KH/TU", "49- KL/TW", "84 QĐ/TWĐTN" (space only);
 * legacy `N-SYMBOL` without a slash (7) — "100-CP", "210a-TC-VP" (accepted only after a type word);
 * or a bare number (no group after 1), a candidate for a weak reference ("Chỉ thị số 17").
 * Must not match: "5/11/2012", "21/25", "1/500", "2020-2025", "43H-0530", "TCVN 6909:2001".
 */
export const CODE_RE = new RegExp(
  `${NUMBER_START}(${NUMBER})(?:` +
    `${GAP}${SLASH}${GAP}((?:19|20)\\d{2})${GAP}${SLASH}${GAP}(${SYMBOL})` +
    `|${GAP}${SLASH}${GAP}(${SYMBOL})` +
    `|(?:${GAP}${DASH}${GAP}|[ \\t\\u00a0])(${GROUP})${GAP}${SLASH}${GAP}(${SYMBOL})` +
    `|${GAP}${DASH}${GAP}(${SYMBOL})` +
    `|${CITING_WORD_BEFORE}${BARE_NUMBER_END}` +
    ')',
  'g',
);

/** A separator inside a raw code, to split it into groups. */
export const CODE_SEPARATOR_RE = new RegExp(`\\s{0,2}(?:${DASH}|${SLASH})\\s{0,2}`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE = `(?:${NUMBER_CUES.map(escapeRegExp).join('|')})\\.?(?:\\s{0,4}:)?`;

/**
 * Words that may join codes sharing one type word: "Nghị quyết số 18-NQ/TW, 19-NQ/TW". Tested on the
 * gap with its outer white space trimmed and only when that is at most MAX_LIST_GAP_CORE characters
 * long, so its one inner run of white space is bounded too.
 */
export const LIST_GAP_RE = new RegExp(`^(?:,|;|&|và|and|hoặc|or)?\\s{0,24}(?:${CUE})?$`, 'iu');
/** The longest list gap after trimming: "hoặc Number:" with a little white space. */
export const MAX_LIST_GAP_CORE = 24;
