/**
 * The bodies a table's introduction asks, for the rows of a table with no column of its own for
 * them: "…, người nộp thuế thực hiện nộp tiền vào ngân sách theo đúng thời hạn sau:" right above
 * "STT | Nội dung | Hạn nộp".
 */
import type { Span } from '../types';
import { clauseStart } from './clause';
import { ownersOfListIntroduction, splitPredicate } from './task-owners';
import { lineStartWithin } from './text-walk';

/** How far above its table an introduction may end (a caption line or a page's separators between). */
const INTRO_BACK = 600;
/** Lines above the table looked at for its introduction: blank ones and one caption line. */
const LINES_UP = 4;
/** A page's block separator ("\n\uFFFC\n"): no text of its own. */
const BLANK_LINE_RE = /^[\s\uFFFC]*$/u;
/** Who announces, issues or guides a schedule ("Nhà trường thông báo lịch … như sau:") does not act in it. */
const ANNOUNCES_RE =
  /thông\s+báo|công\s+bố|ban\s+hành|hướng\s+dẫn|phê\s+duyệt|quy\s+định|đưa\s+ra|announc|inform|notif|publish|issue|release|set\s+out/iu;

export function tableIntroOwners(text: string, tableStart: number, english: boolean): Span[] {
  const floor = Math.max(0, tableStart - INTRO_BACK);
  let lineStart = lineStartWithin(text, tableStart, floor);
  let captions = 0;
  for (let n = 0; n < LINES_UP && lineStart > floor; n++) {
    const lineEnd = lineStart - 1;
    lineStart = lineStartWithin(text, lineEnd, floor);
    if (lineStart < 0) return [];
    const line = text.slice(lineStart, lineEnd).trimEnd();
    if (BLANK_LINE_RE.test(line)) continue;
    // One title line may stand between ("BIỂU THỜI HẠN NỘP THUẾ NĂM 2028").
    if (!line.endsWith(':')) {
      if (++captions > 1) return [];
      continue;
    }
    const colon = lineStart + line.length - 1;
    const start = clauseStart(text, colon, colon - lineStart);
    const intro = { text: text.slice(start, colon), start, end: colon };
    if (ANNOUNCES_RE.test(intro.text)) return [];
    const asked = ownersOfListIntroduction(text, intro, english);
    // The subject of a Vietnamese introduction that acts ("người nộp thuế thực hiện nộp tiền … theo
    // đúng thời hạn sau:"); an English one must ask or oblige ("Employers must:").
    return asked.length > 0 || english ? asked : splitPredicate(text, start, colon, english).owners;
  }
  return [];
}
