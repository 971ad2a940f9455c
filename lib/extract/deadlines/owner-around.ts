/**
 * Owners named around a clause that names none (Vietnamese): in brackets right after the date or
 * at the task's end ("(Sở Tư pháp chủ trì, các sở, ngành phối hợp)"), or as the subject of the main
 * clause after a purpose that holds the date ("Để kịp thời tổng hợp … trước ngày …, Sở Nội vụ đề
 * nghị …"). Each gives the owner and the task without what named it.
 */
import { SUPPORT_PHRASES } from '../tables/task-words';
import type { Span } from '../types';
import { ownerSpan, phraseEnd } from './owners';
import { alternation } from './phrases';
import { nextWord, skipSpaces, trimSpan } from './text-walk';
import { bodyAt, verbAt } from './word-classes';
import { isNotRequestAt, REQUEST_SET, TASK_VERBS_VI_SET } from './words';

/** The owner named around the clause whose task is `task` and whose date ends at `dateEnd`, or null. */
export function ownerNamedAround(
  text: string,
  dateEnd: number,
  task: Span | null,
): { owner: Span; task: Span | null } | null {
  const purpose = task ? PURPOSE_LEAD_RE.exec(task.text) : null;
  // Only a purpose that states a task ("Để kịp thời tổng hợp …"), not a state ("Để bảo đảm tiến độ …").
  const leadEnd = task && purpose ? task.start + purpose[0].length : -1;
  const acts =
    leadEnd >= 0 &&
    TASK_VERBS_VI_SET.matchAt(text, leadEnd) > 0 &&
    !STATE_PURPOSE_RE.test(text.slice(leadEnd, leadEnd + 8));
  const subject = task && acts ? mainSubjectAfter(text, dateEnd) : null;
  if (task && purpose && subject) {
    return { owner: subject, task: trimSpan(text, task.start + purpose[0].length, task.end) ?? task };
  }
  const after = ownerInBracketsAfter(text, dateEnd);
  if (after) return { owner: after, task };
  // "Rà soát … thủ tục nội bộ (Sở Tư pháp chủ trì, các sở, ngành phối hợp), hoàn thành trong
  // tháng 10": the bracket ends the task, and names its owner.
  // Within the task only: a scan back from each date to the page's start would be quadratic.
  const open = task && text[task.end - 1] === ')' ? task.start + task.text.lastIndexOf('(') : -1;
  const inTask = task && open > task.start ? ownerInBracketsAfter(text, open) : null;
  return task && inTask ? { owner: inTask, task: trimSpan(text, task.start, open) ?? task } : null;
}

/** "Để kịp thời tổng hợp, báo cáo … trước ngày …, Sở Nội vụ đề nghị …": a purpose that opens the sentence. */
const PURPOSE_LEAD_RE = /^(?:để|nhằm)\s+(?:kịp\s+thời\s+)?/iu;
/** "Để bảo đảm tiến độ …": a state to keep, which the body that asks does not owe. */
const STATE_PURPOSE_RE = /^(?:bảo\s+đảm|đảm\s+bảo)(?![\p{L}\p{M}])/iu;

/** The body that opens the main clause after a purpose's date and comma, before its verb. */
function mainSubjectAfter(text: string, dateEnd: number): Span | null {
  const comma = /^[ \t]*,[ \t]*/.exec(text.slice(dateEnd, dateEnd + 8));
  if (!comma) return null;
  const start = dateEnd + comma[0].length;
  if (!bodyAt(text, start, false)) return null;
  const limit = Math.min(text.length, start + 160);
  // Its verb is often a request ("Sở Nội vụ đề nghị …"), which a body's phrase may run over.
  let end = phraseEnd(text, start, limit, false);
  for (let w = nextWord(text, start, end); w < end; w = nextWord(text, w, end)) {
    if (REQUEST_SET.matchAt(text, w, end) > 0 && !isNotRequestAt(text, w)) end = w;
  }
  const next = skipSpaces(text, end, limit);
  const acts = verbAt(text, next, false, false) || REQUEST_SET.matchAt(text, next, limit) > 0;
  return end < limit && acts ? ownerSpan(text, start, end) : null;
}

/**
 * "… trước 30-6-2026 (Ủy ban Kiểm tra Đảng ủy xã thực hiện).", "(do Sở Nội vụ chủ trì, phối hợp
 * với …)": the body that acts, named in brackets right after the date, for a clause that names none.
 */
function ownerInBracketsAfter(text: string, dateEnd: number): Span | null {
  const bracket = OWNER_IN_BRACKETS_RE.exec(text.slice(dateEnd, dateEnd + BRACKET_OWNER_MAX));
  if (!bracket?.indices?.[1]) return null;
  const [start, end] = bracket.indices[1];
  const owner = bodyAt(text, dateEnd + start, false) ? trimSpan(text, dateEnd + start, dateEnd + end) : null;
  return owner && !SUPPORTING_END_RE.test(owner.text) ? owner : null;
}
const OWNER_IN_BRACKETS_RE =
  /^[ \t]*\((?:[Dd]o[ \t]+)?([^()\n,;]{2,90}?)[ \t]+(?:chủ[ \t]+trì|thực[ \t]+hiện|thực[ \t]+hiện[ \t]+chính)[ \t]*(?:[,;][^()\n]*)?\)/du;
/** "(Công an tỉnh phối hợp thực hiện)": a body that supports names no owner (the support words' table). */
const SUPPORTING_END_RE = new RegExp(`${alternation(SUPPORT_PHRASES)}$`, 'iu');
const BRACKET_OWNER_MAX = 200;
