/**
 * A due date and the one it replaces: "chậm nhất là ngày 20/11/2026 thay vì ngày 20/8/2026", "can
 * now be paid by 20 September 2026 instead of 20 April 2026". The replaced date is a deadline too
 * (`followsReplacingDueDate`, read with the date's kind) and is due for the same task and owners
 * (`replacesDate`, read when deadlines get their tasks): it states none of its own.
 */
import type { DateMention } from '../types';

/** What stands between the two dates: "thay vì ngày", "thay cho", "instead of (the)". */
const GAP = String.raw`\s*,?\s*(?:thay\s+vì|thay\s+cho|instead\s+of)\s+(?:the\s+)?(?:ngày\s+)?`;
const GAP_RE = new RegExp(`^${GAP}$`, 'iu');
/** A due date's cue and the date itself, then the gap: the date after it is the one replaced. */
const AFTER_DUE_DATE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:chậm\s+nhất|muộn\s+nhất|trước|hạn\s+chót|hạn\s+cuối|no\s+later\s+than|by|before|deadline)\s+(?:là\s+|is\s+)?(?:(?:ngày|on)\s+)?[\p{L}\d][\p{L}\d/.,\- ]{0,24}?\d${GAP}$`,
  'iu',
);

/** Between the old and the new end of a moved due date: "sang ngày", "đến hết ngày", "to". */
const MOVED_GAP_RE = /^\s*(?:sang|đến(?:\s+hết)?|to|until)\s+(?:(?:ngày|the)\s+)?$/iu;

/**
 * Whether `date` is the due date that `previous` replaces, or the new end of a due date moved from
 * `previous` (both read as deadlines: "gia hạn … từ ngày 30/6 đến hết ngày 30/11").
 */
export function replacesDate(text: string, previous: DateMention, date: DateMention): boolean {
  if (date.start - previous.end > NEW_DUE_DATE_GAP) return false;
  const gap = text.slice(previous.end, date.start);
  if (gap.length <= 24 && (GAP_RE.test(gap) || MOVED_GAP_RE.test(gap))) return true;
  // "(…, hạn ngày 15/7/2026); thời hạn mới chậm nhất ngày 14/8/2026": the new date of the same work.
  return !gap.includes('\n') && NEW_DUE_DATE_RE.test(gap);
}

/** How far after the old due date its new one may stand, in the same paragraph. */
const NEW_DUE_DATE_GAP = 80;
/** The new due date named as such right before the date: "thời hạn mới (là) chậm nhất ngày", "the new deadline is". */
const NEW_DUE_DATE_RE =
  /(?:^|[^\p{L}\p{M}])(?:(?:thời\s+)?hạn\s+mới|the\s+new\s+(?:deadline|due\s+date))\s+(?:là\s+|is\s+)?(?:(?:chậm\s+nhất|trước)\s+)?(?:là\s+)?(?:(?:ngày|on)\s+)?$/iu;

/** Whether the date at `start` follows a due date and the gap (looked for only when its words are there). */
export function followsReplacingDueDate(text: string, start: number): boolean {
  const left = text.slice(Math.max(0, start - 64), start);
  return (left.includes('thay') || left.includes('instead')) && AFTER_DUE_DATE_RE.test(left);
}
