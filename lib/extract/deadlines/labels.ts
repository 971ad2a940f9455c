/**
 * A deadline label with words of its own, at a line or item start, right before its date:
 * "b) Thời hạn trình Chính phủ: tháng 11/2027", "- Thời hạn báo cáo Bộ Tư pháp: trước ngày …".
 * One reading for both sides that need it: the date's kind (kind-rules.ts) and where the clause
 * before the date ends (predicate.ts).
 */

/** Group 1: the label's words, from "Thời hạn" / "Hạn chót" to the last word before the colon. */
const QUALIFIED_LABEL_RE =
  /(?:^|[\n.;|]\s*|(?<![\p{L}\p{M}])[a-zđ]\)\s*|[-+•]\s+)((?:thời\s+hạn|hạn\s+chót)(?:\s+[\p{L}\p{M}]+){1,6})\s*:\s*(?:(?:trước|chậm\s+nhất|vào|trong)\s+)?(?:là\s+)?(?:ngày\s+)?$/diu;
/** How far before the date such a label may start, and how close its colon must stand. */
const LABEL_BACK = 48;
const COLON_BACK = 24;

/** Where the label's words start, or -1 when no such label stands right before `dateStart`. */
export function qualifiedLabelStart(text: string, dateStart: number): number {
  // Only a colon just before the date lets the pattern match: most dates are turned down unread.
  if (!text.slice(Math.max(0, dateStart - COLON_BACK), dateStart).includes(':')) return -1;
  const from = Math.max(0, dateStart - LABEL_BACK);
  const m = QUALIFIED_LABEL_RE.exec(text.slice(from, dateStart));
  return m?.indices?.[1] ? from + m.indices[1][0] : -1;
}
