/**
 * A deadline label with words of its own, at a line or item start, right before its date:
 * "b) Thời hạn trình Chính phủ: tháng 11/2027", "- Thời hạn báo cáo Bộ Tư pháp: trước ngày …".
 * One reading for both sides that need it: the date's kind (kind-rules.ts) and where the clause
 * before the date ends (predicate.ts).
 */

import type { Span } from '../types';
import { indexWithin, trimSpan } from './text-walk';

/** Group 1: the label's words, from "Thời hạn" / "Hạn chót" to the last word before the colon. */
const QUALIFIED_LABEL_RE =
  /(?:^|[\n.;|]\s*|(?<![\p{L}\p{M}])[a-zđ]\)\s*|[-+•]\s+)((?:thời\s+hạn|hạn\s+chót|hạn\s+cuối)(?:\s+[\p{L}\p{M}]+){1,14})\s*:\s*(?:(?:trước|chậm\s+nhất|vào|trong)\s+)?(?:là\s+)?(?:\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}\s*(?:phút)?\s*,?\s*)?(?:ngày\s+)?$/diu;
/** How far before the date such a label may start, and how close its colon must stand. */
const LABEL_BACK = 110;
const COLON_BACK = 24;

/** Where the label's words start, or -1 when no such label stands right before `dateStart`. */
export function qualifiedLabelStart(text: string, dateStart: number): number {
  // Only a colon just before the date lets the pattern match: most dates are turned down unread.
  if (!text.slice(Math.max(0, dateStart - COLON_BACK), dateStart).includes(':')) return -1;
  const from = Math.max(0, dateStart - LABEL_BACK);
  const m = QUALIFIED_LABEL_RE.exec(text.slice(from, dateStart));
  return m?.indices?.[1] ? from + m.indices[1][0] : -1;
}

const LABEL_HEAD_RE = /^(?:thời\s+hạn|hạn\s+chót|hạn\s+cuối)\s+/iu;

/**
 * The task a qualified label states, when its clause states none: "Hạn cuối đăng ký dự tuyển
 * trực tuyến: 17 giờ ngày …" → "đăng ký dự tuyển trực tuyến" (the label's words after its head).
 */
export function qualifiedLabelTask(text: string, dateStart: number): Span | null {
  const start = qualifiedLabelStart(text, dateStart);
  if (start < 0) return null;
  const head = LABEL_HEAD_RE.exec(text.slice(start, start + 16));
  const colon = indexWithin(text, ':', start, dateStart);
  if (!head || colon < 0) return null;
  return trimSpan(text, start + head[0].length, colon);
}
