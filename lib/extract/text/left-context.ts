/**
 * Reading words backwards from a position, for the phrase that governs a code ("Kế hoạch số ",
 * "Decree No.\n"). Works on the original text with character-code tests: no slicing of windows,
 * no regex over the context, so it costs a few dozen operations per code.
 */

import { memoised } from './memo';

/** Letters of Latin scripts (Vietnamese included), combining marks, and the Cyrillic look-alikes. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x400 && code <= 0x4ff)
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x3000;
}

export interface Word {
  start: number;
  end: number;
}

/** Index of the first non-space at or before `pos - 1`, plus one (i.e. `pos` with spaces skipped back). */
export function skipSpacesBack(text: string, pos: number, limit = 8): number {
  let i = pos;
  while (i > 0 && pos - i < limit && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The word that ends exactly at `end`, or undefined when `end` does not follow a letter. */
export function wordEndingAt(text: string, end: number, maxLength = 16): Word | undefined {
  let start = end;
  while (start > 0 && end - start < maxLength && isWordChar(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) return undefined;
  return { start, end };
}

/**
 * Up to `count` words before `pos`, nearest first, each separated from the next only by white space
 * (no punctuation). Stops early at anything else.
 */
export function wordsBefore(text: string, pos: number, count: number): Word[] {
  const words: Word[] = [];
  let end = skipSpacesBack(text, pos);
  while (words.length < count) {
    const word = wordEndingAt(text, end);
    if (!word) break;
    words.push(word);
    const next = skipSpacesBack(text, word.start);
    if (next === word.start) break;
    end = next;
  }
  return words;
}

/** Lower-case NFC form of `text.slice(start, end)` with runs of white space as one space. */
export function phrase(text: string, start: number, end: number): string {
  let plain = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x300 && code <= 0x36f) ||
      (isSpace(code) && code !== 32) ||
      (code === 32 && text.charCodeAt(i + 1) === 32)
    ) {
      plain = false;
      break;
    }
  }
  if (plain) return lowerSlice(text, start, end);
  return text.slice(start, end).normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

/** `text.slice(start, end).toLowerCase()`, without the runtime call where it can be spared. */
export function lowerSlice(text: string, start: number, end: number): string {
  let lower = true;
  for (let i = start; i < end && lower; i++) lower = isOwnLowerCase(text.charCodeAt(i));
  const piece = text.slice(start, end);
  // A piece whose every unit is its own lower case is its own lower case: toLowerCase changes a
  // unit by its context only for a capital sigma, which is no lower case of its own.
  return lower ? piece : lowerCaseOf(piece);
}

/** Units below this have their "is its own lower case" answer kept: 0 not asked yet, 1 yes, 2 no. */
const OWN_LOWER_SIZE = 0x2000;
const ownLower = new Uint8Array(OWN_LOWER_SIZE);
function isOwnLowerCase(code: number): boolean {
  if (code >= OWN_LOWER_SIZE) return false;
  let known = ownLower[code] as number;
  if (known === 0) {
    // Asked unit by unit: filling the whole table would cost a page's first extraction ~5 ms.
    const unit = String.fromCharCode(code);
    known = unit.toLowerCase() === unit ? 1 : 2;
    ownLower[code] = known;
  }
  return known === 1;
}

/**
 * toLowerCase, remembered: lowering a string of two-byte units (every slice of a Vietnamese page)
 * is a runtime call, and the words read before codes and dates are few ("Kế", "Quyết", "Ngày").
 */
const lowerCaseOf = memoised((piece: string) => piece.toLowerCase());
