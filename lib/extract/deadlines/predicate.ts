/**
 * The predicate of a deadline: the stretch of its clause that says what must be done by the date,
 * without cue, label and date, read in bounded windows (before the date, or after a date that
 * opens its clause).
 */
import { NEXT_WORKING_DAY_RE } from '../dates/cues';
import { CUE_MODIFIERS } from '../tables/date-words';
import { DEADLINE_COLUMNS, DEADLINE_LABELS } from '../tables/deadline-words';
import { SPEECH_VERBS_EN } from '../tables/task-words';
import { clauseStart, joinedClauseStart, previousClauseStart } from './clause';
import { skipFrames } from './frames';
import { qualifiedLabelStart } from './labels';
import { alternation, escapeRegExp, wordBounded } from './phrases';
import { isSpaceCode, lastIndexWithin, nextWord, skipSpaces, trimSpan } from './text-walk';
import { bodyAt, verbAt } from './word-classes';
import { ASKED_OR_MODAL_EN_RE } from './words';

export const SENTENCE_BACK = 600;
const CUE_WINDOW = 64;
const SENTENCE_FORWARD = 400;

/** The words CUE_TAIL_RE reads as cue words, lower case: cue words and the cue modifiers, alone or glued ("mid-"). */
const CUE_TAIL_WORDS: ReadonlySet<string> = new Set([
  ...[
    'trước',
    'chậm',
    'sớm',
    'nhất',
    'là',
    'vào',
    'trong',
    'ngay',
    'thời',
    'vòng',
    'muộn',
    'đến',
    'lúc',
    'hạn',
    'chót',
    // "… theo thời hạn ngày 31/12": the deadline the task was held to.
    'theo',
  ],
  ...['sáng', 'chiều', 'tối', 'giờ', 'phút', 'ngày', 'noon', 'midnight', 'or', 'by', 'before', 'no', 'not'],
  ...['later', 'than', 'until', 'till', 'in', 'on', 'within', 'prior', 'to', 'deadline', 'due', 'a', 'specific'],
  ...CUE_MODIFIERS,
  ...CUE_MODIFIERS.map((word) => `${word}-`),
]);
/**
 * Cue words, clock times and modifiers between a clause and its date: "phải hoàn thành trước 17h, ngày".
 * Every token reads one way (a clock time is one token with no space inside; a word takes the one
 * separator before it; other separators stand alone), so a failing match cannot try exponentially
 * many splits of a run like "1 1 1 1 …". A word before a colon is a label's ("Hạn chót:", "Completion
 * deadline:"), never a cue word: the tail stops after it, and LABEL_RE reads the label whole.
 */
const CUE_TAIL_RE = new RegExp(
  String.raw`(?:(?:^|[\s,(:])(?:${[...CUE_TAIL_WORDS].map(escapeRegExp).join('|')}|[ap]\.?m\.?)(?=[\s,'’]|$)|(?<![\d\p{L}])\d{1,2}(?:(?:h|g|:)\d{0,2})?(?:[ap]\.?m\.?)?['’]?(?![\d\p{L}])|[\s,:])+$`,
  'iu',
);
/**
 * Where CUE_TAIL_RE's match can start at the earliest: back over whitespace-separated tokens it
 * could read (a cue word, a clock time, a.m./p.m.), up to the first token it cannot. The pattern
 * then reads only that stretch: one pass instead of one attempt per start position of the span.
 */
function tailBound(text: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    let j = i;
    while (j > from && isTailSeparator(text.charCodeAt(j - 1))) j--;
    let k = j;
    while (k > from && !isTailSeparator(text.charCodeAt(k - 1))) k--;
    if (k === j) return from;
    const token = text
      .slice(k, j)
      .toLowerCase()
      .replace(/['’]+$/, '');
    if (!CUE_TAIL_WORDS.has(token) && !TAIL_TOKEN_RE.test(token)) return j;
    // "gửi Giấy đề nghị gia hạn chậm nhất …": "hạn" after "gia" is the verb "gia hạn", no cue word.
    if (token === 'hạn' && /(?:^|[^\p{L}])gia\s+$/iu.test(text.slice(Math.max(from, k - 6), k))) return j;
    i = k;
  }
  return from;
}
const TAIL_TOKEN_RE = /^(?:\d{1,2}(?:[hg:]\d{0,2})?(?:[ap]\.?m\.?)?|[ap]\.?m\.?)$/;
const isTailSeparator = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 44 || code === 58 || code === 40;

/**
 * A label that makes its date a deadline: the words that head a deadline column ("Thời gian hoàn
 * thành:", "Thời hạn:", "Deadline:"), or a sentence that states one ("The completion date is").
 */
const LABEL_RE = new RegExp(
  `${wordBounded(alternation([...DEADLINE_COLUMNS, ...DEADLINE_LABELS]))}\\s*(?:(?:việc|nội\\s+dung|công\\s+việc)\\s+(?:này|trên)\\s*)?(?:là\\s*)?:?\\s*$`,
  'iu',
);
/**
 * A neutral time label with its colon ("Thời gian:", "Time:"): before a cue of its own ("Thời
 * gian: xong trước ngày …") it labels a deadline like "Thời hạn:" does; alone it dates anything.
 */
const TIME_LABEL_RE =
  /(?<![\p{L}\p{M}])(?:thời\s+gian(?:\s+thực\s+hiện)?|thời\s+điểm|time|timing)\s*(?::\s*(?:xong|hoàn\s+thành|hoàn\s+tất)\s*)?$/iu;
/** The neutral label ending `before` ("Thời gian: xong"), with its colon and a cue word in the tail after it. */
function timeLabel(before: string, tail: string): RegExpExecArray | null {
  const label = /\p{L}/u.test(tail) ? TIME_LABEL_RE.exec(before) : null;
  return label && (label[0].includes(':') || /^\s*:/.test(tail)) ? label : null;
}
/** After a date that opens its clause: ", ", ": ", "là hạn cuối để", "is also the latest date for". */
const AFTER_DATE_LEAD_RE =
  /^[\s,:)\u2013-]*(?:(?:(?:là|is|was)\s+)?(?:(?:also|cũng)\s+(?:là\s+)?)?(?:the\s+)?(?:hạn\s+cuối|hạn\s+chót|latest\s+date|deadline|last\s+day)(?:\s+(?:để|cho|for|of))?\s*)?/iu;
/** A purpose or manner tail after the task, when the task follows the date: "để tổng hợp", "ensuring …". */
const PURPOSE_RE =
  /\s(?:để|nhằm|theo\s+(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)|in\s+order\s+to|so\s+that|ensuring|đảm\s+bảo)\s/iu;

/**
 * A semicolon joins independent clauses: the deadline's clause starts after the last one whose
 * clause is independent. English: "… and Directive 05; departments must report by …", the part
 * after it states an obligation of its own (a list after a colon keeps its subject before it).
 * Vietnamese: "…; các trường THPT kiểm tra … trước ngày …", it opens with a body and a verb stands
 * before the semicolon ("Sở Y tế; Sở Giáo dục và Đào tạo; Sở Nội vụ rà soát …" is a list of owners).
 */
function afterIndependentClause(text: string, sentence: number, dateStart: number, english: boolean): number {
  if (english) {
    const at = lastIndexWithin(text, ';', dateStart - 1, sentence);
    return at >= 0 && ASKED_OR_MODAL_EN_RE.test(text.slice(at + 1, dateStart)) ? at + 1 : sentence;
  }
  for (
    let at = lastIndexWithin(text, ';', dateStart - 1, sentence);
    at >= 0;
    at = lastIndexWithin(text, ';', at - 1, sentence)
  ) {
    const next = skipSpaces(text, at + 1, dateStart);
    if (bodyAt(text, next, false) && !verbAt(text, next, false, true) && hasVerbWithin(text, sentence, at))
      return at + 1;
    // "…; đề nghị Ban Tổ chức Tỉnh ủy thẩm định …": a new request, to a body of its own.
    const request = REQUEST_AT_RE.exec(text.slice(next, next + 12));
    if (request && bodyAt(text, next + request[0].length, false)) return at + 1;
  }
  return sentence;
}

/** A request word opening a clause: "đề nghị", "yêu cầu", "giao". */
const REQUEST_AT_RE = /^(?:đề\s+nghị|yêu\s+cầu|giao)\s+/iu;

/** Whether a lower-case task verb starts a word in `from`..`to`. */
function hasVerbWithin(text: string, from: number, to: number): boolean {
  for (let w = nextWord(text, Math.max(0, from), to); w < to; w = nextWord(text, w, to))
    if (verbAt(text, w, false, false)) return true;
  return false;
}

/** "…: đến năm 2030 hoàn thành chính quyền số": the task follows its date at the head of the clause. */
const COMPLETION_NEXT_RE = /^\s*(?:(?:sẽ|phải|cần)\s+)?(?:hoàn\s+thành|hoàn\s+tất|xong)\s/iu;

/** The stretch of text that says what must be done by `date`, without cue and date. */
interface Predicate {
  start: number;
  end: number;
  /** Where the sentence started when the clause was cut after an earlier date. */
  cutFrom?: number;
}

/** The predicate of the deadline at `date` (see task-owners.ts), or null when there is none. */
export function predicateOf(
  text: string,
  date: { start: number; end: number },
  previousDateEnd: number,
  english = false,
): Predicate | null {
  let sentence = clauseStart(text, date.start, SENTENCE_BACK, false);
  if (english) sentence = joinedClauseStart(text, afterIndependentClause(text, sentence, date.start, true), date.start);
  let cutFrom: number | undefined;
  if (previousDateEnd > sentence && previousDateEnd <= date.start) {
    // "… trước ngày 15/1, hoàn thành … trước ngày 25/5 và kết thúc năm học trước ngày 31/5": the
    // clause starts after the earlier date's, at its comma, semicolon, "và" or "để".
    const cut = PREVIOUS_CLAUSE_END_RE.exec(text.slice(previousDateEnd, date.start));
    if (cut) {
      cutFrom = sentence;
      sentence = previousDateEnd + cut.index + cut[0].length;
    }
  }
  // A Vietnamese clause after a semicolon is looked for once the earlier date has cut the sentence.
  if (!english) sentence = afterIndependentClause(text, sentence, date.start, false);
  // Page markup left in the text ('<image … alt="Hoàn thành …'): the clause starts in the attribute.
  const attribute = text.slice(sentence, date.start).lastIndexOf('="');
  if (attribute >= 0) sentence += attribute + 2;
  const left = text.slice(sentence, date.start);
  const { cueStart, label } = cueStartOf(text, sentence, date.start);
  const before = skipFrames(text, sentence, cueStart);
  // The nearest comma, colon or semicolon before the cue: "Bộ GD-ĐT lưu ý, đến trước 17h ngày 31/8,
  // các thí sinh …", "- Hướng dẫn … đăng ký; chậm nhất ngày 30/6 hoàn thành việc tiếp nhận …".
  const localStart = Math.max(
    left.lastIndexOf(',', cueStart - sentence),
    left.lastIndexOf(':', cueStart - sentence),
    left.lastIndexOf(';', cueStart - sentence),
  );
  const fronted =
    before >= cueStart ||
    (localStart >= 0 &&
      skipFrames(text, sentence + localStart + 1, cueStart) >= cueStart &&
      (/^[\s)]*[,:]|^\s*(?:là|is)\s/u.test(text.slice(date.end, date.end + 12)) ||
        COMPLETION_NEXT_RE.test(text.slice(date.end, date.end + 24)))) ||
    DEADLINE_WORD_AFTER_RE.test(text.slice(date.end, date.end + 16));

  if (fronted || (label && !trimSpan(text, before, cueStart))) {
    if (label) {
      // "Thời gian hoàn thành trước ngày 30-4-2025." after the task's sentence: read that sentence.
      const previous = previousClauseStart(text, sentence);
      return previous < sentence ? { start: previous, end: lastSentenceEnd(text, sentence) } : null;
    }
    // The date opens its clause: "Trước ngày 10/4, Bộ Nội vụ chủ trì …", "Ngày 7/6: Hạn cuối …".
    const { start: from, end } = forwardPredicate(text, date.end);
    // "… must complete the upgrade, which …, by the end of February, a department official said.",
    // "… must be submitted …, no later than April 17, by email to …": only a speaker or a means
    // follows the date; the clause before it holds the task.
    if (english && before < cueStart && NO_CLAUSE_AFTER_RE.test(text.slice(from, end)))
      return { start: before, end: cueStart, cutFrom };
    // "… sớm nhất vào ngày 1/8, muộn nhất vào ngày 25/8.": nothing after the date; the clause
    // before the earlier date holds the task.
    if (cutFrom !== undefined && !trimSpan(text, from, end)) return { start: before, end: cueStart, cutFrom };
    // "… will be held and completed. before August 31.": a stray full stop split the sentence.
    if (!trimSpan(text, from, end) && strayStop(text, sentence, cueStart)) {
      const previous = previousClauseStart(text, sentence);
      return previous < sentence ? { start: previous, end: lastSentenceEnd(text, sentence) } : null;
    }
    return { start: from, end };
  }
  return { start: before, end: cueStart, cutFrom };
}

/**
 * No clause: a speaker and a verb of speech alone ("a spokesperson for the ministry said on
 * Monday"), or a means ("by email to …").
 */
const NO_CLAUSE_AFTER_RE = new RegExp(
  `^[\\s,]*(?:(?:[\\p{L}'’.-]+\\s+){1,10}${alternation(SPEECH_VERBS_EN)}(?:\\s+(?:on|in|at|last|this)\\s+[\\p{L}\\d ]{1,20})?\\s*[.]?\\s*$|(?:by|via|through|using)\\s+(?:e-?mail|post|fax|hand|mail|the\\s+\\S+\\s+portal|the\\s+portal|the\\s+system|electronic\\s+means)\\b)`,
  'iu',
);

/** "(28/7): Hạn cuối …": a deadline word after the date's colon makes the date open its clause. */
const DEADLINE_WORD_AFTER_RE = /^[\s)]*:\s*(?:hạn\s+cuối|hạn\s+chót|deadline)/iu;

/** Whether a lower-case cue follows a full stop right before it: a sentence split by a stray stop. */
function strayStop(text: string, sentence: number, cueStart: number): boolean {
  const first = skipSpaces(text, sentence, text.length);
  const cue = text.charCodeAt(first);
  if (!(cue >= 97 && cue <= 122) || first > skipSpaces(text, cueStart, text.length)) return false;
  let i = sentence;
  for (let n = 0; n < 4 && i > 0 && isSpaceCode(text.charCodeAt(i - 1)); n++) i--;
  return text[i - 1] === '.';
}

/** The clause read after a date that opens it, its lead ("là hạn cuối để") left out. */
export function forwardPredicate(text: string, dateEnd: number): { start: number; end: number } {
  const lead = AFTER_DATE_LEAD_RE.exec(text.slice(dateEnd, dateEnd + 80));
  const from = dateEnd + (lead ? lead[0].length : 0);
  const ceiling = Math.min(text.length, from + SENTENCE_FORWARD);
  const stretch = text.slice(from, ceiling);
  let end = ceiling;
  FORWARD_END_RE.lastIndex = 0;
  for (let stop = FORWARD_END_RE.exec(stretch); ; stop = FORWARD_END_RE.exec(stretch)) {
    end = stop ? from + stop.index : ceiling;
    // "là hạn cuối …: hoàn thành …; gửi báo cáo …; bàn giao …": tasks listed after semicolons.
    if (!stop || text[end] !== ';' || !verbAt(text, skipSpaces(text, end + 1, ceiling), false, false)) break;
  }
  const purpose = PURPOSE_RE.exec(text.slice(from, end));
  if (purpose && purpose.index > 8) end = from + purpose.index;
  return { start: from, end };
}

/**
 * Where a clause read after its date ends: a sentence end, or a comma before the next time ("…, từ
 * 11/8 …") or before a plan's horizon ("…, tầm nhìn đến năm 2045", "…, định hướng đến …").
 */
const FORWARD_END_RE = /[.;\n|]|,\s*(?:từ|đến|trước|sau|ngày|tầm\s+nhìn|định\s+hướng|from|until|\d)/giu;

/** Where the cue words and the label before the date at `dateStart` begin (no earlier than `sentence`). */
export function cueStartOf(text: string, sentence: number, dateStart: number): { cueStart: number; label: boolean } {
  // Cue words and labels are short: read them in fixed windows, not over the whole sentence.
  const tailFrom = tailBound(text, Math.max(sentence, dateStart - CUE_WINDOW), dateStart);
  const tail = CUE_TAIL_RE.exec(text.slice(tailFrom, dateStart));
  const cueStart = nextWorkingDayCue(text, sentence, dateStart) ?? (tail ? tailFrom + tail.index : dateStart);
  const labelFrom = Math.max(sentence, cueStart - CUE_WINDOW);
  const before = text.slice(labelFrom, cueStart);
  const label = LABEL_RE.exec(before) ?? timeLabel(before, text.slice(cueStart, dateStart));
  if (label) return { cueStart: labelFrom + label.index, label: true };
  // "- Thời hạn báo cáo Bộ Tư pháp: tháng 12/2027": a label with words of its own.
  const qualified = qualifiedLabelStart(text, dateStart);
  if (qualified >= sentence && qualified < cueStart) return { cueStart: qualified, label: true };
  return { cueStart, label: false };
}

/** Where "chậm nhất vào ngày làm việc tiếp theo là" starts before a date it names, if it stands there. */
function nextWorkingDayCue(text: string, sentence: number, dateStart: number): number | undefined {
  const from = Math.max(sentence, dateStart - 64);
  const cue = NEXT_WORKING_DAY_RE.exec(text.slice(from, dateStart));
  return cue ? from + cue.index + cue[0].indexOf(cue[1] as string) : undefined;
}

/** Where the clause of an earlier date ends: its comma, semicolon, "và", "để" or "and". */
const PREVIOUS_CLAUSE_END_RE = /^\s+(?=\p{Lu})|^[^,;]*?(?:[,;]|\s(?:và|để|and)\s)/u;

/** The end of the sentence that ends just before `sentenceStart` (its full stop excluded). */
function lastSentenceEnd(text: string, sentenceStart: number): number {
  let end = sentenceStart;
  while (end > 0 && /[\s.;|]/.test(text[end - 1] as string)) end--;
  return end;
}
