/**
 * Schedules that declare their dates to be deadlines: "Các mốc thời gian dưới đây là hạn cuối phải
 * hoàn thành nội dung công việc:" followed by its items (or "Các mốc thời gian trên là hạn cuối …"
 * after them). Every date of the items is then a deadline.
 */
import { SCHEDULE_DECLARATIONS } from '../tables/deadline-words';
import { caselessRegExp } from '../text/caseless';
import { alternation } from './phrases';

/** The declaring words, searched first (they are rare); the schedule's noun is looked for before them. */
const DECLARATION_RE = new RegExp(alternation(SCHEDULE_DECLARATIONS), 'giu');
const SCHEDULE_NOUN_RE =
  /(?:mốc\s+thời\s+gian|thời\s+gian|thời\s+hạn|các\s+mốc|lịch|dates|timeline|schedule)[^.\n]{0,120}$/iu;
const DECLARATION_TAIL_RE = /^[^.\n:]{0,120}[.:]?/u;
/** "trên" / "above": the items come before the declaration. */
const ABOVE_RE = caselessRegExp(String.raw`(?:\s|^)(?:trên|nêu\s+trên|above)(?![\p{L}\p{M}])`, 'iu');
const MAX_ITEMS = 40;
const MAX_SPAN = 4000;

/** A line that belongs to a schedule: a list marker, or a date near its start. */
const ITEM_RE =
  /^[ \t]*(?:[-+•*\u2013]|\d{1,2}[.)]|[a-zđ][.)]|(?:ngày|trước|chậm\s+nhất|từ|hết|đến|tháng|quý)?\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2})/iu;

function lineItems(text: string, from: number, forward: boolean): { start: number; end: number } | null {
  let pos = from;
  let [start, end] = [from, from];
  for (let n = 0; n < MAX_ITEMS; n++) {
    if (forward) {
      let lineStart = pos;
      while (lineStart < text.length && text[lineStart] === '\n') lineStart++;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineStart >= lineEnd || !ITEM_RE.test(text.slice(lineStart, lineEnd))) break;
      end = lineEnd;
      pos = lineEnd;
    } else {
      let lineEnd = pos;
      while (lineEnd > 0 && text[lineEnd - 1] === '\n') lineEnd--;
      const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      if (lineStart >= lineEnd || !ITEM_RE.test(text.slice(lineStart, lineEnd))) break;
      start = lineStart;
      pos = lineStart;
    }
    if (end - start > MAX_SPAN) break;
  }
  return end > start ? { start, end } : null;
}

/**
 * A heading that names the list under it as deadlines: "Key deadlines", "Important filing
 * deadlines:", "Các mốc thời hạn cần lưu ý:". Each item that opens with its date ("• 1 February
 * 2027 – Employers … must submit …") is due then; dates inside the item's text keep their own cues.
 */
const DEADLINE_HEADING_RE =
  /^[ \t]*(?:(?:key|important|upcoming|main|filing|tax|compliance)\s+){0,2}deadlines[ \t]*:?[ \t]*$|^[ \t]*(?:các\s+)?(?:mốc\s+thời\s+hạn|hạn\s+chót)(?:\s+cần\s+(?:lưu\s+ý|nhớ))?[ \t]*:?[ \t]*$/gimu;
const TAKES_EFFECT_RE = /takes?\s+effect|comes?\s+into\s+force|effective|có\s+hiệu\s+lực|áp\s+dụng\s+từ/iu;
/** An item that opens with its date, up to the dash or colon after it. */
const DATED_ITEM_RE =
  /^[ \t]*(?:[-+•*\u2013]\s*)?(?=[^\n]{0,40}?\d)[^\n:\u2013\u2014]{4,40}?(?=\s*(?:[:\u2013\u2014]|\s-\s))/u;

function headedItems(text: string, spans: Array<{ start: number; end: number }>): void {
  if (!/deadlines|thời\s+hạn|hạn\s+chót/iu.test(text)) return;
  DEADLINE_HEADING_RE.lastIndex = 0;
  for (let m = DEADLINE_HEADING_RE.exec(text); m; m = DEADLINE_HEADING_RE.exec(text)) {
    let pos = m.index + m[0].length + 1;
    // The items follow the heading line by line; a blank line ends them.
    for (let n = 0; n < MAX_ITEMS && pos < text.length; n++) {
      let lineEnd = text.indexOf('\n', pos);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(pos, lineEnd);
      const item = DATED_ITEM_RE.exec(line);
      if (!item) break;
      // "- 1 July 2027: Decree 70/2027/ND-CP takes effect.": an effective date, listed with the deadlines.
      if (!TAKES_EFFECT_RE.test(line)) spans.push({ start: pos, end: pos + item[0].length });
      pos = lineEnd + 1;
    }
    if (DEADLINE_HEADING_RE.lastIndex <= m.index) DEADLINE_HEADING_RE.lastIndex = m.index + 1;
  }
}

/** The spans of the items of every declared schedule, sorted. */
export function findDeclaredSchedules(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  DECLARATION_RE.lastIndex = 0;
  for (let m = DECLARATION_RE.exec(text); m; m = DECLARATION_RE.exec(text)) {
    const noun = SCHEDULE_NOUN_RE.exec(text.slice(Math.max(0, m.index - 160), m.index));
    if (!noun) continue;
    const declarationStart = m.index - noun[0].length;
    const tail = DECLARATION_TAIL_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 121));
    const declarationEnd = m.index + m[0].length + (tail ? tail[0].length : 0);
    const above = ABOVE_RE.test(text.slice(declarationStart, declarationEnd));
    const items = above ? lineItems(text, declarationStart, false) : lineItems(text, declarationEnd, true);
    if (items) spans.push(items);
  }
  headedItems(text, spans);
  return spans.sort((a, b) => a.start - b.start);
}
