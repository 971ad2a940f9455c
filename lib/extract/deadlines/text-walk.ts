/**
 * Walking a clause character by character and word by word inside bounded windows: the primitives
 * every task and owner reader shares.
 */
import type { Span } from '../types';
import { isLetter } from './phrases';

/** What `\s` matches in a JavaScript regex (WhiteSpace and LineTerminator). */
export const isJsSpace = (c: number) =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
export const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
export const isLetterAt = (text: string, i: number) => isLetter(text.charCodeAt(i));

export function skipSpaces(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

export function trimSpan(text: string, start: number, end: number): Span | null {
  let [s, e] = [start, end];
  while (s < e && /[\s,;:.\-–)]/u.test(text[s] as string)) s++;
  while (e > s && /[\s,;:.\-–(]/u.test(text[e - 1] as string)) e--;
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}

/** First `char` in `from`..`end`, else -1: indexOf without running on to the end of a long page. */
export function indexWithin(text: string, char: string, from: number, end: number): number {
  const code = char.charCodeAt(0);
  for (let i = Math.max(0, from); i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Last `char` at or before `from` and at or after `floor`, else -1: lastIndexOf without running back to the text's start. */
export function lastIndexWithin(text: string, char: string, from: number, floor: number): number {
  const code = char.charCodeAt(0);
  for (let i = Math.min(from, text.length - 1); i >= Math.max(0, floor); i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Next word start at or after `pos` (within `end`). */
export function nextWord(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isLetterAt(text, i)) i++;
  while (i < end && !isLetterAt(text, i)) i++;
  return i;
}

export function testAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

/**
 * The start of the line holding `pos`, looked for no further back than `floor`, or -1 when the
 * line starts before it. A line may start exactly at `floor` (its line break just before).
 */
export function lineStartWithin(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor - 1 && i >= 0; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor <= 0 ? 0 : -1;
}

/** The end of the line holding `pos` (its line break, or the text's end), or -1 past `ceiling`. */
export function lineEndWithin(text: string, pos: number, ceiling: number): number {
  for (let i = pos; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) return i;
    if (i >= ceiling) return -1;
  }
  return text.length;
}

/**
 * The last match of the global `pattern` in the `back` characters before `pos` that `keep`
 * accepts (given the match and the text before it), with its start in `text`; null when none.
 */
export function lastMatchBefore(
  text: string,
  pos: number,
  back: number,
  pattern: RegExp,
  keep: (match: RegExpExecArray, before: string) => boolean = () => true,
): { start: number; text: string } | null {
  const from = Math.max(0, pos - back);
  const before = text.slice(from, pos);
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(before); m; m = pattern.exec(before)) if (keep(m, before)) last = m;
  return last && { start: from + last.index, text: last[0] };
}
