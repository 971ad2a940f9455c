/**
 * A due date and the one it replaces: "chậm nhất là ngày 20/11/2026 thay vì ngày 20/8/2026", "can
 * now be paid by 20 September 2026 instead of 20 April 2026". Both are deadlines of one task
 * (kind-rules.ts makes the second one a deadline); the second states no task of its own.
 */
import type { DateMention } from '../types';

/** Between a due date and the one it replaces: "thay vì ngày", "thay cho", "instead of". */
const REPLACES_GAP_RE = /^\s*,?\s*(?:thay\s+vì|thay\s+cho|instead\s+of)\s+(?:the\s+)?(?:ngày\s+)?$/iu;

/** Whether `date` is the due date that `previous` replaces. */
export function replacesDate(text: string, previous: DateMention, date: DateMention): boolean {
  return date.start - previous.end <= 24 && REPLACES_GAP_RE.test(text.slice(previous.end, date.start));
}
