/**
 * A deadline label with words of its own, at a line, item or clause start, right before its date:
 * "b) Thời hạn trình Chính phủ: tháng 11/2027", "- Thời hạn báo cáo Bộ Tư pháp: trước ngày …",
 * "…, hạn cuối nộp Phiếu là 17h00 ngày …".
 * One reading for both sides that need it: the date's kind (kind-rules.ts) and where the clause
 * before the date ends (predicate.ts).
 */

import type { Span } from '../types';
import { lineStartWithin, trimSpan } from './text-walk';
import { ITEM_LINE_RE } from './words';

/**
 * Group 1: the label's words, from "Thời hạn" / "Hạn chót" to the last word before the colon (a
 * comma may join them: "Hạn chót cập nhật dữ liệu cán bộ, công chức: …"); group 2: its head
 * ("Thời hạn"), the words after which state the task.
 */
const QUALIFIED_LABEL_RE =
  /(?:^|[\n.;|]\s*|(?<![\p{L}\p{M}])[a-zđ]\)\s*|[-+•]\s+)((thời\s+hạn|hạn\s+chót|hạn\s+cuối)(?:,?\s+[\p{L}\p{M}]+){1,16})\s*:\s*(?:(?:trước|chậm\s+nhất|vào|trong)\s+)?(?:là\s+)?(?:\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}\s*(?:phút)?\s*,?\s*)?(?:ngày\s+)?$/diu;
/**
 * "…, hạn cuối nộp Phiếu là 17h00 ngày …": the last day named in a clause, with "là" for the colon
 * (groups as above; its words are no cue words).
 */
const LAST_DAY_IS_RE =
  /(?:^|[\n.;,|]\s*)((hạn\s+chót|hạn\s+cuối)(?:\s+(?!là|chậm|trước|vào|trong)[\p{L}\p{M}]+){1,8})\s+là\s+(?:(?:trước|chậm\s+nhất|vào)\s+)?(?:\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}\s*(?:phút)?\s*,?\s*)?(?:ngày\s+)?$/diu;
/** How far before the date such a label may start, and how close its colon must stand. */
const LABEL_BACK = 110;
const COLON_BACK = 24;

/** The label right before `dateStart`: where its words start, where its head ends, where its words end. */
function qualifiedLabel(text: string, dateStart: number): { start: number; headEnd: number; end: number } | null {
  // Only a colon or "là" just before the date lets the pattern match: most dates are turned down unread.
  const near = text.slice(Math.max(0, dateStart - COLON_BACK), dateStart);
  if (!near.includes(':') && !near.includes('là')) return null;
  const from = Math.max(0, dateStart - LABEL_BACK);
  const before = text.slice(from, dateStart);
  // Both patterns need "hạn" ("thời hạn", "hạn chót", "hạn cuối"): most windows are turned down by it.
  if (!before.includes('hạn') && !before.includes('Hạn') && !before.includes('HẠN')) return null;
  const words = (QUALIFIED_LABEL_RE.exec(before) ?? LAST_DAY_IS_RE.exec(before))?.indices;
  if (!words?.[1] || !words[2]) return null;
  return { start: from + words[1][0], headEnd: from + words[2][1], end: from + words[1][1] };
}

/** Where the label's words start, or -1 when no such label stands right before `dateStart`. */
export function qualifiedLabelStart(text: string, dateStart: number): number {
  return qualifiedLabel(text, dateStart)?.start ?? -1;
}

/**
 * The task a qualified label states, when its clause states none: "Hạn cuối đăng ký dự tuyển
 * trực tuyến: 17 giờ ngày …" → "đăng ký dự tuyển trực tuyến" (the label's words after its head).
 */
export function qualifiedLabelTask(text: string, dateStart: number): Span | null {
  const label = qualifiedLabel(text, dateStart);
  return label ? trimSpan(text, label.headEnd, label.end) : null;
}

/**
 * "1. Thời hạn nộp hồ sơ quyết toán" above "- Đối với tổ chức …: chậm nhất là ngày …": a heading that
 * names what is due, over the items that give each its date (the words after its "Thời hạn").
 */
export function headingLabelTask(text: string, dateStart: number): Span | null {
  let lineStart = lineStartWithin(text, dateStart, Math.max(0, dateStart - HEADING_BACK));
  if (lineStart < 0 || !ITEM_LINE_RE.test(text.slice(lineStart, lineStart + ITEM_MARKER_REACH))) return null;
  for (let n = 0; n < HEADING_ITEMS && lineStart > 0; n++) {
    const previous = lineStartWithin(text, lineStart - 1, Math.max(0, lineStart - HEADING_BACK));
    if (previous < 0) return null;
    const line = text.slice(previous, lineStart - 1);
    const heading = HEADING_LABEL_RE.exec(line);
    if (heading?.indices?.[1])
      return trimSpan(text, previous + heading.indices[1][0], previous + heading.indices[1][1]);
    // Only items of the same list stand between the heading and the date's item.
    if (!ITEM_LINE_RE.test(line)) return null;
    lineStart = previous;
  }
  return null;
}
const HEADING_LABEL_RE =
  /^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*)?(?:thời\s+hạn|hạn\s+chót|hạn\s+cuối)\s+((?:[\p{L}\p{M}]+[ \t]+){0,11}[\p{L}\p{M}]+)[ \t]*:?[ \t]*$/diu;
const HEADING_BACK = 400;
/** How far into its line an item's marker may stand (indented bullets). */
const ITEM_MARKER_REACH = 12;
const HEADING_ITEMS = 6;
