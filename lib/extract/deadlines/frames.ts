/**
 * Frames at the start of a clause, left out of both owner and task: list markers, "Theo kế hoạch
 * này,", "Về tiến độ:", "Do đó,", "… như sau:".
 */
import { skipSpaces, testAt } from './text-walk';
import { CLAUSE_FRAMES_SET, DOCUMENT_FRAME_RE, FRAME_REPORTING_RE, FRAME_TO_COMMA_RE, LIST_MARKER_AT } from './words';

/** A frame that ends with a plural list's first member: "… của các sở, ". */
const PLURAL_LIST_END_RE = /(?:^|[^\p{L}\p{M}])(?:các|những)\s+[^,.;:\n]{1,30},\s*$/iu;
/** A bare lower-case noun of that list, with its comma: "ngành, ", "địa phương, ". */
const BARE_LIST_ITEM_RE = /(?!(?:các|những)\s)\p{Ll}[\p{L}\p{M} ]{0,30},\s*/uy;
const MAX_LIST_ITEMS = 6;

/** A non-restrictive relative clause after a frame, to its comma. */
const RELATIVE_ASIDE_RE = /(?:which|who|whose)\s(?:[^,.;:\n]|\.(?!\s+\p{Lu})){1,120},\s*/uy;

/**
 * A dateline and its dash at the start of a line: a source in brackets, or a place in capitals
 * ("HÀ NỘI", "HCM CITY"), with a wire's date and agency after it ("HANOI, March 18, 2026 (VNA) –");
 * a body's name in mixed case ("Sở Lao động - Thương binh và Xã hội") is none.
 */
const DATELINE_AT =
  /(?:\([^()\n]{2,40}\)|\p{Lu}[\p{Lu}\p{M}.']{0,20}(?:[ ][\p{Lu}\p{M}.']{1,20}){0,3}(?:,[ \t]+[^\n()\u2013\u2014-]{3,30}?)?(?:[ \t]*\([^()\n]{2,20}\))?)[ \t]*[-\u2013\u2014][ \t]+(?=\p{Lu})/uy;

/** A place of one word is spelled with vowels ("HANOI", "HUẾ"); a body's acronym is not ("UBND", "BHXH"). */
function isDateline(dateline: string): boolean {
  if (dateline.startsWith('(') || /\p{L}\s+\p{L}/u.test(dateline)) return true;
  return (dateline.normalize('NFD').match(/[AEIOUY]/g)?.length ?? 0) >= 2;
}

/** "Ghi chú:", "Lưu ý:", "Note:" before a clause; a schedule's step, "Bước 2:", "Step 3:". */
const NOTE_LABEL_AT = /(?:ghi\s+chú|lưu\s+ý|chú\s+ý|note|(?:bước|giai\s+đoạn|step|phase)\s+\d{1,2})\s*:\s*/iuy;

/** “ " ‘ « */
const OPENING_QUOTES: ReadonlySet<number> = new Set([0x201c, 0x22, 0x2018, 0xab]);

/** Skips list markers and frames ("Theo kế hoạch này, ") at the start of a clause. */
export function skipFrames(text: string, pos: number, end: number): number {
  let i = skipSpaces(text, pos, end);
  i += testAt(LIST_MARKER_AT, text, i);
  // A news lead's dateline: "(Chinhphu.vn) - Các doanh nghiệp phải …", "HCM CITY - Organisations must …".
  if (i === 0 || text.charCodeAt(i - 1) === 10) {
    const dateline = testAt(DATELINE_AT, text, i);
    if (dateline && i + dateline < end && isDateline(text.slice(i, i + dateline)))
      i = skipSpaces(text, i + dateline, end);
  }
  // A note's label: "Ghi chú: Các đơn vị chủ trì gửi …", "Note: Exporters must …", "Bước 2: Ban …".
  const note = testAt(NOTE_LABEL_AT, text, i);
  if (note && i + note < end) i = skipSpaces(text, i + note, end);
  // A quotation opens the clause: “Các địa phương phải …”, Giám đốc Sở nhấn mạnh.
  while (i < end && OPENING_QUOTES.has(text.charCodeAt(i))) i = skipSpaces(text, i + 1, end);
  // Whether the stretch after the list marker has a reporting frame, asked only when needed.
  const reportingFrom = i;
  let reporting: boolean | undefined;
  for (let n = 0; n < 3 && i < end; n++) {
    let frame = CLAUSE_FRAMES_SET.matchAt(text, i, end);
    if (frame) {
      while (i + frame < end && /[\s,]/.test(text[i + frame] as string)) frame++;
    } else {
      frame = testAt(FRAME_TO_COMMA_RE, text, i) || testAt(DOCUMENT_FRAME_RE, text, i);
      // "Under Decree No. 241/2025/ND-CP, which guides Resolution No. 109, entities must …": an
      // aside on the frame's document belongs to the frame.
      if (!frame && n > 0) frame = testAt(RELATIVE_ASIDE_RE, text, i);
      if (!frame) {
        reporting ??= hasReportingFrame(text, reportingFrom, end);
        if (reporting) frame = testAt(FRAME_REPORTING_RE, text, i);
      }
    }
    if (!frame || i + frame > end) break;
    // "Trên cơ sở đề xuất của các sở, ngành, địa phương, Sở Tài chính …": a plural list that ends
    // the frame goes on with bare nouns to its last comma.
    if (PLURAL_LIST_END_RE.test(text.slice(Math.max(i, i + frame - 40), i + frame)))
      for (let n = 0; n < MAX_LIST_ITEMS; n++) {
        const item = testAt(BARE_LIST_ITEM_RE, text, i + frame);
        if (!item || i + frame + item > end) break;
        frame += item;
      }
    i = skipSpaces(text, i + frame, end);
  }
  return i;
}

/** Whether "nêu rõ" or "như sau" occurs in the next stretch (so the costlier frame pattern is worth trying). */
function hasReportingFrame(text: string, from: number, end: number): boolean {
  const stop = Math.min(end, from + 140);
  // The readers ask about the same clause start several times in a row.
  if (reportingAsked.from === from && reportingAsked.stop === stop && reportingAsked.text === text) {
    reportingAsked.text = text; // an equal text read again compares by content once, then by identity
    return reportingAsked.answer;
  }
  const answer = findReportingFrame(text, from, stop);
  reportingAsked = { text, from, stop, answer };
  return answer;
}
let reportingAsked = { text: '', from: -1, stop: -1, answer: false };

function findReportingFrame(text: string, from: number, stop: number): boolean {
  // Both phrases start with "n": test only there, without slicing the stretch.
  for (let i = from; i < stop; i++) {
    if (text.charCodeAt(i) !== 110 /* n */) continue;
    if (text.startsWith('nêu rõ', i) ? i + 6 <= stop : text.startsWith('như sau', i) && i + 7 <= stop) return true;
  }
  return false;
}
