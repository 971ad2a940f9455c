/**
 * The task of a moved due date is the work whose limit moves, not the move: "Đồng ý gia hạn thời
 * hạn phê duyệt Chương trình …, từ ngày 30/6 đến hết ngày 30/11" is due for "phê duyệt Chương
 * trình …"; "lùi hạn nộp hồ sơ từ … sang …" for "nộp hồ sơ". The range's opener ("từ", "from")
 * before the first date is never part of the task.
 */
import type { Span } from '../types';

/** "(Đồng ý) gia hạn thời hạn ", "Cho phép lùi hạn ", "kéo dài thời hạn ": the move and its noun. */
const MOVE_LEAD_RE =
  /^(?:(?:đồng\s+ý|cho\s+phép|chấp\s+thuận|thống\s+nhất)\s+(?:việc\s+)?)?(?:gia\s+hạn|lùi|kéo\s+dài|điều\s+chỉnh)\s+(?:thời\s+hạn|hạn)\s+(?=[\p{L}\p{M}])/iu;
/** A range's opener left at the task's end: ", từ", " từ ngày", " from". */
const RANGE_OPENER_TAIL_RE = /[\s,]*(?:từ|from)(?:\s+ngày)?\s*$/iu;

export function withoutMove(text: string, task: Span | null): Span | null {
  if (!task) return task;
  let { start, end } = task;
  const tail = RANGE_OPENER_TAIL_RE.exec(text.slice(start, end));
  if (!tail) return task;
  end = start + tail.index;
  const lead = MOVE_LEAD_RE.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  return end > start ? { text: text.slice(start, end), start, end } : task;
}
