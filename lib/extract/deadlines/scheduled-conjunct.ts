/**
 * "… báo cáo tình hình về Bộ trước 15 giờ hằng ngày; gửi báo cáo tổng kết … trước ngày 30/5",
 * "… báo cáo kết quả vào thứ Sáu hằng tuần và tổng hợp kết quả 6 tháng … chậm nhất ngày 03/7": a
 * conjunct that carries a recurring time of its own is done on that schedule, not by the date; the
 * deadline's task is what follows it, from the next conjunct's verb.
 */
import type { Span } from '../types';
import { verbAt } from './word-classes';

/** A recurring time: "hằng ngày", "hàng tuần", "mỗi tháng", "every week", "daily". */
const RECURRING_RE =
  /(?:^|[^\p{L}\p{M}])(?:(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý)|every\s+(?:day|week|month)|daily|weekly|monthly)(?![\p{L}\p{M}])/giu;
/** Where the next conjunct starts: after a semicolon, or "và" / "and" (a comma may stand before it). */
const NEXT_CONJUNCT_RE = /\s*(?:;|,?\s+(?:và|and)\s)\s*/gu;

export function afterScheduledConjunct(text: string, task: Span | null, english: boolean): Span | null {
  if (!task) return task;
  const inside = text.slice(task.start, task.end);
  RECURRING_RE.lastIndex = 0;
  let recurring: RegExpExecArray | null = null;
  for (let m = RECURRING_RE.exec(inside); m; m = RECURRING_RE.exec(inside)) recurring = m;
  if (!recurring) return task;
  NEXT_CONJUNCT_RE.lastIndex = recurring.index + recurring[0].length;
  const next = NEXT_CONJUNCT_RE.exec(inside);
  if (!next) return task;
  const start = task.start + next.index + next[0].length;
  if (start >= task.end || !verbAt(text, start, english, false)) return task;
  return { text: text.slice(start, task.end), start, end: task.end };
}
