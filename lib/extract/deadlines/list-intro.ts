/**
 * The introduction of a list a deadline is an item of: "Bộ Tài chính đề nghị các bộ, cơ quan trung
 * ương và địa phương:" above "1. Phân bổ … hoàn thành trước ngày 30/4/2027". The guidelines take an
 * owner named there, away from the date, when the item names none.
 */
import type { Span } from '../types';
import { clauseStart } from './clause';

/** A list item's marker at a line start: "1.", "2)", "1.2.", "a)", "-", "+", "•". */
const ITEM_RE = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-–+•*])[ \t]/u;
/** How far above its item an introduction is looked for, and how many lines. */
const INTRO_BACK = 3_000;
const INTRO_LINES = 40;
/** How far back from its colon an introduction's clause may start. */
const INTRO_CLAUSE_BACK = 600;

/**
 * The clause that introduces the list holding `pos` (up to, not including, its colon), or null.
 * Every non-blank line from the first item to the date's own line must be an item, so a paragraph
 * of prose or a new section heading between them breaks the list. An item that is itself a heading
 * ("1. Về tiến độ:") is passed over to the introduction above it.
 */
/** `item` is where the deadline's own item starts. */
export function listIntroduction(text: string, pos: number): (Span & { item: number }) | null {
  const floor = Math.max(0, pos - INTRO_BACK);
  const itemStart = lineStartAfter(text, pos, floor);
  if (itemStart < 0 || !ITEM_RE.test(text.slice(itemStart, itemStart + 12))) return null;
  let lineStart = itemStart;
  for (let n = 0; n < INTRO_LINES && lineStart > floor; n++) {
    const lineEnd = lineStart - 1;
    lineStart = lineStartAfter(text, lineEnd, floor);
    if (lineStart < 0) return null;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trimEnd();
    if (trimmed.trim() === '') continue;
    const isItem = ITEM_RE.test(line);
    if (trimmed.endsWith(':') && !isItem) {
      const colon = lineStart + trimmed.length - 1;
      const start = clauseStart(text, colon, Math.min(INTRO_CLAUSE_BACK, colon - lineStart));
      return { text: text.slice(start, colon), start, end: colon, item: itemStart };
    }
    if (!isItem) return null;
  }
  return null;
}

/** The start of the line holding `pos`, looked for no further back than `floor` (-1 when past it). */
function lineStartAfter(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor === 0 ? 0 : -1;
}
