/**
 * Text normalisation for matching. Extraction never rewrites the page text: matches are found on
 * the original string (its character classes already admit the noise below) and only small pieces
 * (a code, a window of left context) are normalised, with a map back to original offsets.
 */

import { memoised } from '../text/memo';

// Latin eth, African D and Cyrillic capitals that pass for Đ / Latin letters in copied text.
const LOOKALIKES: Readonly<Record<string, string>> = {
  Ð: 'Đ',
  ð: 'đ',
  Ɖ: 'Đ',
  ɖ: 'đ',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
};
const LOOKALIKE_RE = /[ÐðƉɖАВЕКМНОРСТХаеорсх]/g;
const DASH_RE = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;
const SLASH_RE = /[\u2044\u2215\uFF0F]/g;
const PLAIN_ASCII_RE = /^[\x20-\x7e]*$/;
const UPPER_ASCII_RE = /^[A-Z0-9]*$/;

/** NFC, look-alike letters mapped to Vietnamese/Latin, every dash to `-` and slash to `/`. */
export function cleanCharacters(raw: string): string {
  if (PLAIN_ASCII_RE.test(raw)) return raw;
  return raw
    .normalize('NFC')
    .replace(LOOKALIKE_RE, (ch) => LOOKALIKES[ch] ?? ch)
    .replace(DASH_RE, '-')
    .replace(SLASH_RE, '/');
}

/**
 * One symbol group folded for comparison and keys: clean, upper case, `TƯ`/`T.Ư` → `TW` (before
 * `Ư` → `U`, which would make it Tỉnh ủy), `Đ` → `D`, `&`, dots and spaces dropped.
 * `"TƯ"` → `"TW"`, `"NĐ"` → `"ND"`, `"BGD&ĐT"` → `"BGDDT"`, `"QĐi"` → `"QDI"`.
 */
export function foldGroup(raw: string): string {
  if (UPPER_ASCII_RE.test(raw)) return raw;
  // A page repeats the same few issuers: normalising each spelling once keeps a page of codes cheap.
  return foldedGroup(raw);
}

/** Groups are at most 20 characters, so the memo stays well under a megabyte. */
const foldedGroup = memoised(foldUncached);

function foldUncached(raw: string): string {
  return cleanCharacters(raw)
    .toUpperCase()
    .replace(/T\.?Ư/g, 'TW')
    .replace(/Đ/g, 'D')
    .replace(/Ư/g, 'U')
    .replace(/[&.\s]/g, '');
}
