/**
 * What a deadline asks and of whom: the task (verb to end of object, without owner, cue and date)
 * and the owners (the subject of the obligation, or the body after "giao / đề nghị / yêu cầu").
 * Supporting bodies ("phối hợp với …") and recipients ("gửi … về …") are never owners; when the
 * clause names no body, owners is empty. Reads bounded windows around one date.
 */
import type { Span } from '../types';
import { clauseStart, previousClauseStart } from './clause';
import { isLetter, PhraseSet } from './phrases';
import {
  ADDRESS_SET,
  BODY_DETERMINERS_SET,
  BODY_HEADS_SET,
  CLAUSE_FRAMES_SET,
  COMPLETION_SET,
  FRAME_REPORTING_RE,
  FRAME_TO_COMMA_RE,
  LEAD_WORDS_SET,
  LEVEL_SET,
  LIST_MARKER_AT,
  NOT_BODY_SET,
  NOT_REQUEST_BEFORE_RE,
  PASSIVE_REQUEST_RE,
  RELATIVE_REQUEST_SET,
  REQUEST_SET,
  SUBJECT_STOP_SET,
  TASK_VERBS_EN_SET,
  TASK_VERBS_VI_SET,
} from './words';

export interface TaskReading {
  task: Span | null;
  owners: Span[];
}

const SENTENCE_BACK = 600;
const CUE_WINDOW = 64;
const SENTENCE_FORWARD = 400;

/** Cue words, clock times and modifiers between a clause and its date: "phải hoàn thành trước 17h, ngày". */
const CUE_TAIL_RE =
  /(?:(?:^|[\s,(:])(?:trước|chậm|sớm|nhất|là|vào|trong|thời|vòng|muộn|đến|hết|lúc|hạn|chót|cuối|đầu|giữa|sáng|chiều|tối|by|before|no|not|later|than|until|till|in|on|at|the|end|of|early|late|mid|within|prior|to|deadline|due|a|specific|ngày)(?=[\s,:'’]|$)|\s*\d{1,2}\s*(?:h|giờ|g|:)?\s*\d{0,2}\s*(?:phút)?['’]?|[\s,:])+$/iu;
/** A label that makes its date a deadline: "Thời gian hoàn thành:", "Thời hạn:", "The completion date is". */
const LABEL_RE =
  /(?:thời\s+gian\s+hoàn\s+thành|thời\s+hạn\s+hoàn\s+thành|thời\s+hạn|hạn\s+chót|hạn\s+cuối|the\s+completion\s+date\s+is|the\s+deadline\s+is|deadline)\s*(?:(?:việc|nội\s+dung|công\s+việc)\s+(?:này|trên)\s*)?(?:là\s*)?:?\s*$/iu;
/** After a date that opens its clause: ", ", ": ", "là hạn cuối để", "is also the latest date for". */
const AFTER_DATE_LEAD_RE =
  /^[\s,:)\u2013-]*(?:(?:(?:là|is|was)\s+)?(?:(?:also|cũng)\s+(?:là\s+)?)?(?:the\s+)?(?:hạn\s+cuối|hạn\s+chót|latest\s+date|deadline|last\s+day)(?:\s+(?:để|cho|for|of))?\s*)?/iu;
/** A purpose or manner tail after the task, when the task follows the date: "để tổng hợp", "ensuring …". */
const PURPOSE_RE =
  /\s(?:để|nhằm|theo\s+(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)|in\s+order\s+to|so\s+that|ensuring|đảm\s+bảo)\s/iu;
/** Trailing words that are not the task: a completion verb with no object, modals, "và". */
const TAIL_WORDS: ReadonlySet<string> = new Set([
  'phải',
  'sẽ',
  'cần',
  'được',
  'và',
  'and',
  'must',
  'will',
  'should',
  'be',
  'is',
  'are',
  'thành',
  'tất',
  'xong',
  'complete',
  'completed',
  'finished',
  'made',
]);

/** The end of a task once trailing modals, completion verbs and punctuation are dropped (word by word). */
function trimTaskTail(text: string, start: number, end: number): number {
  let e = end;
  for (let n = 0; n < 8 && e > start; n++) {
    while (e > start && /[\s,;:]/.test(text[e - 1] as string)) e--;
    let s = e;
    while (s > start && isLetter(text.charCodeAt(s - 1))) s--;
    const word = text.slice(s, e).toLowerCase();
    if (!TAIL_WORDS.has(word)) break;
    // "hoàn thành", "hoàn tất": the second word is only a tail with its first.
    if (word === 'thành' || word === 'tất') {
      const before = text.slice(Math.max(start, s - 5), s).toLowerCase();
      if (!/hoàn\s$/.test(before)) break;
      s = Math.max(start, s - 5);
    }
    e = s;
  }
  return e;
}
/** "phối hợp với …" after "chủ trì": a supporting body, skipped up to the next task verb. */
const SUPPORT_RE = /phối\s+hợp(?:\s+với)?|in\s+coordination\s+with|coordinate\s+with/iuy;
/** SUPPORT_RE at `pos`; it is tried at every word, and only "p", "i" or "c" can open it. */
function supportAt(text: string, pos: number): number {
  const c = text.charCodeAt(pos) | 0x20; // ASCII lower case (other units never equal these)
  return c === 112 /* p */ || c === 105 /* i */ || c === 99 /* c */ ? testAt(SUPPORT_RE, text, pos) : 0;
}

/** Any request word at all (cheap test before the word-by-word reading). */
const REQUEST_HINT_RE =
  /giao|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|phân\s+công|request|requir|ask|direct|urge|instruct|task|assign/i;
const URGE_RE =
  /[,;]\s*(?:(?:khẩn\s+trương|chủ\s+động|tập\s+trung|phấn\s+đấu|urgently|strive\s+to|promptly)\s+)+(?:to\s+)?/giu;
const OF_BODY_RE = /\s(?:của|do)\s+/iu;
/** Words after which a Vietnamese body's name has ended: "… nhà nước đến nay chưa có …", "… có công văn". */
const OWNER_STOP_SET = new PhraseSet(['để', 'đến nay', 'hiện nay', 'đã', 'chưa', 'vẫn', 'có', 'không', 'đang', 'thì']);
/** What `\s` matches in a JavaScript regex (WhiteSpace and LineTerminator). */
const isJsSpace = (c: number) =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
const isLetterAt = (text: string, i: number) => isLetter(text.charCodeAt(i));

function skipSpaces(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let [s, e] = [start, end];
  while (s < e && /[\s,;:.\-–)]/u.test(text[s] as string)) s++;
  while (e > s && /[\s,;:.\-–(]/u.test(text[e - 1] as string)) e--;
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}

/** First `char` in `from`..`end`, else -1: indexOf without running on to the end of a long page. */
function indexWithin(text: string, char: string, from: number, end: number): number {
  const code = char.charCodeAt(0);
  for (let i = Math.max(0, from); i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Next word start at or after `pos` (within `end`). */
function nextWord(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isLetterAt(text, i)) i++;
  while (i < end && !isLetterAt(text, i)) i++;
  return i;
}

function testAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

/** A verb (or a lead word) starting a lower-case word at `pos`: names are capitalised, verbs are not. */
function verbAt(text: string, pos: number, english: boolean, allowCapital: boolean): boolean {
  const first = text[pos] ?? '';
  if (!allowCapital && first !== first.toLowerCase()) return false;
  if (!english && levelAt(text, pos)) return false;
  return (
    (english ? TASK_VERBS_EN_SET : TASK_VERBS_VI_SET).matchAt(text, pos) > 0 ||
    LEAD_WORDS_SET.matchAt(text, pos) > 0 ||
    supportAt(text, pos) > 0
  );
}

/** "cấp tỉnh", "cấp cơ sở": a level in a body's name, not the verb "cấp" (to grant). */
function levelAt(text: string, pos: number): boolean {
  if (!/^cấp\s/iu.test(text.slice(pos, pos + 4))) return false;
  return LEVEL_SET.matchAt(text, skipSpaces(text, pos + 3, pos + 6)) > 0;
}

/** Skips list markers and frames ("Theo kế hoạch này, ") at the start of a clause. */
export function skipFrames(text: string, pos: number, end: number): number {
  let i = skipSpaces(text, pos, end);
  i += testAt(LIST_MARKER_AT, text, i);
  // Whether the stretch after the list marker has a reporting frame, asked only when needed.
  const reportingFrom = i;
  let reporting: boolean | undefined;
  for (let n = 0; n < 3 && i < end; n++) {
    let frame = CLAUSE_FRAMES_SET.matchAt(text, i, end);
    if (frame) {
      while (i + frame < end && /[\s,]/.test(text[i + frame] as string)) frame++;
    } else {
      frame = testAt(FRAME_TO_COMMA_RE, text, i);
      if (!frame) {
        reporting ??= hasReportingFrame(text, reportingFrom, end);
        if (reporting) frame = testAt(FRAME_REPORTING_RE, text, i);
      }
    }
    if (!frame || i + frame > end) break;
    i = skipSpaces(text, i + frame, end);
  }
  return i;
}

/** Whether "nêu rõ" or "như sau" occurs in the next stretch (so the costlier frame pattern is worth trying). */
function hasReportingFrame(text: string, from: number, end: number): boolean {
  const stop = Math.min(end, from + 140);
  // The readers ask about the same clause start several times in a row.
  if (reportingAsked.text === text && reportingAsked.from === from && reportingAsked.stop === stop)
    return reportingAsked.answer;
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

/**
 * The end of the noun phrase that starts at `pos`: the first lower-case verb or lead word after it.
 * A description after "được … giao" ("các đơn vị được Bộ giao phụ trách lĩnh vực,") belongs to the
 * phrase up to its comma, or to the end of its member list ("… gồm: A, B và C").
 */
function phraseEnd(text: string, pos: number, end: number, english: boolean): number {
  let i = nextWord(text, pos, end);
  let relative = false;
  let members = false;
  while (i < end) {
    if (text[i - 1] === '(' || text[i - 2] === '(') {
      // An illustrative parenthesis ("(VNPT, Viettel, …)") belongs to the phrase, whatever it holds.
      const close = indexWithin(text, ')', i, end);
      if (close > 0 && close < end) i = nextWord(text, close, end);
    }
    if (relative && !members) {
      const comma = indexWithin(text, ',', i - 3, i);
      if (comma >= 0) return comma;
      members = text[i - 2] === ':' || /^(?:bao\s+)?gồm\b/iu.test(text.slice(i, i + 8));
    }
    if (!english && !relative) {
      const described = relativeAt(text, i, end);
      if (described > i) {
        relative = true;
        i = described;
        continue;
      }
    }
    if (verbAt(text, i, english, false) || (!english && OWNER_STOP_SET.matchAt(text, i, end) > 0)) return i;
    i = nextWord(text, i, end);
  }
  return end;
}

/** "được giao", "được Bộ giao", "được UBND tỉnh phân công" at `pos`: the end of the request word, else -1. */
function relativeAt(text: string, pos: number, end: number): number {
  if (!/^được\s/iu.test(text.slice(pos, pos + 6))) return -1;
  let w = nextWord(text, pos, end);
  for (let n = 0; n < 4 && w < end; n++) {
    const request = RELATIVE_REQUEST_SET.matchAt(text, w, end);
    if (request) return nextWord(text, w + request - 1, end);
    w = nextWord(text, w, end);
  }
  return -1;
}

/** The owner phrase without an illustrative parenthesis: "Các chủ công trình (VNPT, …)" → "Các chủ công trình". */
function ownerSpan(text: string, start: number, end: number): Span | null {
  const open = indexWithin(text, '(', start, end);
  return trimSpan(text, start, open >= 0 && open < end ? open : end);
}

/** Whether a body phrase starts at `pos` (Vietnamese heads; English: a capitalised word or a plural body noun). */
function bodyAt(text: string, pos: number, english: boolean): boolean {
  if (english) return ENGLISH_BODY_AT.test(text.slice(pos, pos + 60));
  if (NOT_BODY_SET.matchAt(text, pos) > 0) return false;
  const determiner = BODY_DETERMINERS_SET.matchAt(text, pos);
  if (BODY_HEADS_SET.matchAt(text, pos) > 0) return true;
  return determiner > 0 && BODY_HEADS_SET.matchAt(text, skipSpaces(text, pos + determiner, pos + determiner + 4)) > 0;
}
const ENGLISH_BODY_AT =
  /^(?:(?:the|all|relevant|other|these|those)\s+)*(?:[A-Z][\p{L}'’]+|ministries|ministry|agencies|localities|provinces|departments|units|committees|authorities|enterprises|businesses|households|individuals|organizations|organisations|sectors|branches|people|candidates|schools|universities|investors)/u;

/** Splits a list of bodies at ", ", " và ", " and ", "; " where the next item names a body of its own. */
export function splitOwners(text: string, whole: Span, english: boolean): Span[] {
  // "các địa phương gồm: Ninh Bình, Thanh Hóa, …", "the Departments: Health; Education and Training":
  // the named members are the owners, one each.
  const members = MEMBERS_RE.exec(whole.text);
  if (members) return splitMembers(text, whole.start + members.index + members[0].length, whole.end, english);
  const span = whole;
  const owners: Span[] = [];
  let itemStart = span.start;
  // English names hold "and" ("Ministry of Education and Training"): only commas split them.
  const sep = english ? /,\s*(?:and\s+)?|;\s*/gy : /,\s*(?:và\s+)?|;\s*|\s+và\s+/gy;
  for (let i = span.start; i < span.end; i++) {
    // Every separator opens with a comma, a semicolon or (Vietnamese) white space.
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 59 && (english || !isJsSpace(c))) continue;
    sep.lastIndex = i;
    const m = sep.exec(text);
    if (!m || m[0].length === 0) continue;
    const next = i + m[0].length;
    const previousWord = text.slice(Math.max(itemStart, i - 6), i).toLowerCase();
    const collective = /^(?:ngành|thành\s+phố|ban|đoàn thể)/iu.test(text.slice(next, next + 20));
    // English: a new item is a name ("Ministry of Finance, Ministry of Health"); "Departments,
    // branches and sectors" is one collective owner.
    const named = english ? /^(?:the\s+)?[A-Z]/.test(text.slice(next, next + 6)) : bodyAt(text, next, english);
    if (named && !(collective && /(?:bộ|tỉnh|sở)$/iu.test(previousWord))) {
      const item = trimSpan(text, itemStart, i);
      if (item) owners.push(item);
      itemStart = next;
      i = next - 1;
    }
  }
  const last = trimSpan(text, itemStart, span.end);
  if (last) owners.push(last);
  return owners;
}

const MEMBERS_RE = /(?:[\s\u2013\u2014](?:gồm|bao\s+gồm|including|includes|include)\s*:?|:)\s*/iu;

/** Members of a list, one owner each: split at commas, semicolons and a final "và"/"and". */
export function splitMembers(text: string, start: number, end: number, english: boolean): Span[] {
  const owners: Span[] = [];
  const sep = english ? /\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+(?=[A-Z][^,;]*$))/gu : /\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)/gu;
  const body = text.slice(start, end);
  let from = 0;
  for (let m = sep.exec(body); m; m = sep.exec(body)) {
    const item = trimSpan(text, start + from, start + m.index);
    if (item) owners.push(item);
    from = m.index + m[0].length;
  }
  const last = trimSpan(text, start + from, end);
  if (last) owners.push(last);
  return owners;
}

/** Drops the trailing words that are not the task and returns null for an empty or bare-verb task. */
function finishTask(text: string, start: number, end: number): Span | null {
  // "… đến nay chưa có báo cáo theo văn bản …, khẩn trương gửi báo cáo …": the obligation starts at
  // its adverb; what stands before it is background.
  const slice = text.slice(start, end);
  URGE_RE.lastIndex = 0;
  let urged: RegExpExecArray | null = null;
  for (let m = URGE_RE.exec(slice); m; m = URGE_RE.exec(slice)) urged = m;
  const raw = trimSpan(text, urged ? start + urged.index + urged[0].length : start, end);
  if (!raw) return null;
  const task = trimSpan(text, raw.start, trimTaskTail(text, raw.start, raw.end));
  if (!task || task.text.length < 3) return null;
  return task;
}

/** A phrase that runs into a purpose ("… cho Văn phòng Chính phủ để triển khai") was no body's name. */
const PURPOSE_AT_RE = /^để\s/iu;
/** A predicate that is only a short body phrase names its owner ("…, Bộ Nội vụ" at the end of a cut text). */
const BARE_OWNER_MAX = 60;
/** How far into a predicate an owner after a comma or a "của" is looked for. */
const SUBJECT_WINDOW = 240;

/**
 * "Nội dung chuẩn bị của các cơ quan gửi về …": the body the subject belongs to acts, when the
 * subject is a noun (not a verb) and a verb follows the body. "Theo yêu cầu của Chính phủ, …" names
 * the requester: a comma before "của" rules it out.
 */
function ownerOfSubject(text: string, from: number, end: number): [Span, number, Span | null] | null {
  if (verbAt(text, from, false, true)) return null;
  const stop = Math.min(end, from + SUBJECT_WINDOW);
  const of = OF_BODY_RE.exec(text.slice(from, stop));
  if (!of) return null;
  const before = text.slice(from, from + of.index);
  if (before.includes(',') || REQUEST_HINT_RE.test(before)) return null;
  // "do" names the agent, which may be a list: "Hội nghị do các quận, huyện, thị ủy tổ chức …".
  const agent = /^\s*do\s/iu.test(of[0]);
  const at = from + of.index + of[0].length;
  if (!bodyAt(text, at, false)) return null;
  const verb = phraseEnd(text, at, end, false);
  const owner = verb < end && verbAt(text, verb, false, false) ? ownerSpan(text, at, verb) : null;
  if (!owner || (!agent && owner.text.includes(',')) || !rightBefore(text, owner, verb)) return null;
  // "Các lớp do Ban Tuyên giáo tổ chức hoàn thành trong tháng 12": the agent's verb belongs to the
  // subject; what completes is the subject's noun.
  const noun = agent && endsBare(text, verb, end) ? trimSpan(text, from, from + of.index) : null;
  return [owner, verb, noun];
}

/**
 * "…, theo Kế hoạch, UBND cấp tỉnh lập hồ sơ …", "Căn cứ chức năng, …, Bộ, ngành Trung ương chủ
 * động đề xuất …": the first body after a comma that a verb follows is the subject. Not after
 * "phối hợp với", "gửi", "về", "cho", "của", "do" (supporting bodies, recipients and a body's own
 * list go on after a comma: "kết quả của các xã, phường báo cáo …").
 */
function ownerAfterComma(text: string, from: number, end: number): [Span, number] | null {
  const stop = Math.min(end, from + SUBJECT_WINDOW);
  for (let c = indexWithin(text, ',', from, stop); c >= 0; c = indexWithin(text, ',', c + 1, stop)) {
    const at = skipFrames(text, c + 1, end);
    if (at >= end || !bodyAt(text, at, false) || verbAt(text, at, false, true)) continue;
    if (RECIPIENT_BEFORE_RE.test(text.slice(Math.max(from, c - 40), c))) continue;
    // A subject is short: its verb is looked for only just past the longest one.
    const verb = phraseEnd(text, at, Math.min(end, at + SUBJECT_PHRASE_MAX + 24), false);
    if (verb >= end || !verbAt(text, verb, false, false) || verb - at > SUBJECT_PHRASE_MAX) continue;
    const owner = ownerSpan(text, at, verb);
    if (owner && rightBefore(text, owner, verb)) return [owner, verb];
  }
  return null;
}
const SUBJECT_PHRASE_MAX = 60;
/** A subject stands right before its verb: no comma or quote between ("… của Chính phủ\", hoàn thành"). */
const rightBefore = (text: string, owner: Span, verb: number) => /^\s*$/.test(text.slice(owner.end, verb));
const RECIPIENT_BEFORE_RE = /(?:phối\s+hợp|với|gửi|về|cho|tới|đến|của|do|tại)\s[^,]*$/iu;

/**
 * Where the noun phrase before a completion verb with no object ends: "Đại hội cấp xã bắt đầu từ
 * tháng 3 và hoàn thành …" → "Đại hội cấp xã". Only lead words ("được", "phải") and schedule words
 * end it: its own nouns may be verbs ("Việc đánh giá, xếp loại cán bộ").
 */
function subjectEnd(text: string, from: number, end: number): number {
  for (let i = nextWord(text, from, end); i < end; i = nextWord(text, i, end)) {
    if (LEAD_WORDS_SET.matchAt(text, i, end) || SUBJECT_STOP_SET.matchAt(text, i, end)) return i;
    if (OWNER_STOP_SET.matchAt(text, i, end)) return i;
  }
  return end;
}

/** Owner and task from a predicate (the clause without cue and date), `start`..`end`. */
function splitPredicate(text: string, start: number, end: number, english: boolean): TaskReading {
  const from = skipFrames(text, start, end);
  if (from >= end) return { task: null, owners: [] };
  let owner: Span | null = null;
  let taskStart = from;
  // "giao Sở Nội vụ chủ trì …", "requested ministries and localities to …": the body after the request.
  const hasRequest = REQUEST_HINT_RE.test(text.slice(from, end));
  for (let w = from; hasRequest && w < end; w = nextWord(text, w, end)) {
    const request = REQUEST_SET.matchAt(text, w, end);
    if (!request || NOT_REQUEST_BEFORE_RE.test(text.slice(Math.max(0, w - 6), w))) continue;
    const at = skipSpaces(text, w + request, end);
    if (!bodyAt(text, at, english)) continue;
    const ownerEnd = phraseEnd(text, at, end, english);
    owner = ownerSpan(text, at, ownerEnd);
    taskStart = ownerEnd;
    break;
  }
  if (!owner) {
    // Both readings need a body at the start: test that before the costlier passive pattern.
    const body = bodyAt(text, from, english);
    const passive = body ? PASSIVE_REQUEST_RE.exec(text.slice(from, end)) : null;
    // "UBND các tỉnh được giao là chủ đầu tư gồm: …" describes the body; it is no passive request.
    const described = passive && /^\s+(?:là|làm)\s/iu.test(text.slice(from + passive.index + passive[0].length));
    if (passive && !described) {
      owner = ownerSpan(text, from, from + passive.index);
      taskStart = from + passive.index + passive[0].length;
    } else if (body && !verbAt(text, from, english, true)) {
      const ownerEnd = phraseEnd(text, from, end, english);
      if (ownerEnd < end && !PURPOSE_AT_RE.test(text.slice(ownerEnd, ownerEnd + 4))) {
        owner = ownerSpan(text, from, ownerEnd);
        taskStart = ownerEnd;
      } else if (!english && end - from <= BARE_OWNER_MAX) {
        // "Trước ngày 30/5, Bộ Nội vụ" with nothing after: the body is named, the task is not.
        return { task: null, owners: splitOwners(text, ownerSpan(text, from, end) as Span, english) };
      }
    }
  }
  if (!owner && !english) {
    const found = ownerOfSubject(text, from, end) ?? ownerAfterComma(text, from, end);
    if (found?.[2]) return { task: found[2], owners: splitOwners(text, found[0], english) };
    if (found) [owner, taskStart] = found;
  }
  // Lead words, "chủ trì, phối hợp với …," and modals stand between the owner and the task's verb.
  let i = skipSpaces(text, taskStart, end);
  for (let n = 0; n < 8 && i < end; n++) {
    const lead = LEAD_WORDS_SET.matchAt(text, i, end);
    const support = lead ? 0 : supportAt(text, i);
    if (support) {
      let j = nextWord(text, i + support, end);
      while (j < end && !verbAt(text, j, english, false)) j = nextWord(text, j, end);
      i = j;
      continue;
    }
    if (!lead) break;
    i = skipSpaces(text, i + lead, end);
    while (i < end && /[,;:]/.test(text[i] as string)) i = skipSpaces(text, i + 1, end);
  }
  // A completion verb with nothing after it is not a task; before it stands the task's noun phrase.
  const completion = COMPLETION_SET.matchAt(text, i, end);
  if (completion && !trimSpan(text, i + completion, end)) {
    const subject = owner ? null : finishTask(text, from, english ? i : subjectEnd(text, from, i));
    return { task: subject, owners: owner ? splitOwners(text, owner, english) : [] };
  }
  // "Đại hội Công đoàn tỉnh được tiến hành sau … và xong trước …": the congress is the task.
  const taskEnd =
    !owner && !english && !verbAt(text, i, english, true) && endsBare(text, i, end) ? subjectEnd(text, i, end) : end;
  return { task: finishTask(text, i, taskEnd), owners: owner ? splitOwners(text, owner, english) : [] };
}

/** Whether `start`..`end` ends in a completion verb with no object ("… và xong", "phải hoàn thành"). */
function endsBare(text: string, start: number, end: number): boolean {
  return trimTaskTail(text, start, end) < end && COMPLETION_TAIL_RE.test(text.slice(Math.max(start, end - 16), end));
}
const COMPLETION_IN_RE = /hoàn\s+thành|hoàn\s+tất|xong/iu;
const COMPLETION_TAIL_RE = /(?:hoàn\s+thành|hoàn\s+tất|xong)[\s,;:]*$/iu;

/**
 * The task and owners of the deadline at `date`. `datesBefore` are the ends of earlier dates (any
 * kind), so a clause never reaches back over another dated clause.
 */
export function readTaskAndOwners(
  text: string,
  date: { start: number; end: number },
  english: boolean,
  previousDateEnd: number,
  previousDateStart = previousDateEnd,
): TaskReading {
  const { task, owners } = readWithChain(text, date, english, previousDateEnd, previousDateStart);
  return { task, owners };
}

function readWithChain(
  text: string,
  date: { start: number; end: number },
  english: boolean,
  previousDateEnd: number,
  previousDateStart: number,
): TaskReading & { cutFrom?: number } {
  const reading = readClause(text, date, english, previousDateEnd);
  if ((reading.owners.length > 0 && reading.task) || reading.cutFrom === undefined) return reading;
  // The earlier clause starts after its own semicolon, even where the sentence reaches further back.
  const earlierClause = Math.max(reading.cutFrom, clauseStart(text, previousDateStart, SENTENCE_BACK, true));
  const chainStart = skipFrames(text, earlierClause, previousDateEnd);
  // "học sinh tựu trường sớm nhất vào ngày 1/8, muộn nhất vào ngày 25/8": a clause that states no
  // task of its own after the earlier date shares the earlier clause's task.
  let task = reading.task;
  if (!task && !english) {
    const chainEnd = cueStartOf(text, chainStart, previousDateStart).cueStart;
    const chain = splitPredicate(text, chainStart, chainEnd, english);
    if (reading.owners.length === 0 && chain.owners.length > 0) return { task: chain.task, owners: chain.owners };
    // "… bắt đầu từ tháng 3, hoàn thành trước …": a bare completion verb completes the earlier subject.
    const completes = COMPLETION_IN_RE.test(text.slice(previousDateEnd, date.start));
    const bare = completes && !verbAt(text, chainStart, english, true) && chain.owners.length === 0;
    task = bare ? finishTask(text, chainStart, subjectEnd(text, chainStart, chainEnd)) : chain.task;
  }
  if (reading.owners.length > 0) return { task, owners: reading.owners };
  // Only a chain that names a body at its start or after a request word can lend an owner.
  if (!bodyAt(text, chainStart, english) && !REQUEST_HINT_RE.test(text.slice(chainStart, previousDateEnd)))
    return { task, owners: [] };
  // "Bộ Chính trị yêu cầu các đơn vị … từ ngày 1/7, phấn đấu hoàn thành trước 15/7": the chain's
  // owner is named before the earlier date.
  const chain = splitPredicate(text, reading.cutFrom, previousDateEnd, english);
  return { task, owners: chain.owners };
}

/** The stretch of text that says what must be done by `date`, without cue and date. */
interface Predicate {
  start: number;
  end: number;
  /** Where the sentence started when the clause was cut after an earlier date. */
  cutFrom?: number;
}

function readClause(
  text: string,
  date: { start: number; end: number },
  english: boolean,
  previousDateEnd: number,
): TaskReading & { cutFrom?: number } {
  const predicate = predicateOf(text, date, previousDateEnd);
  if (!predicate) return { task: null, owners: [] };
  const request = english ? -1 : requestAtEnd(text, predicate.start, predicate.end);
  if (request >= 0) return readAfterRequest(text, date, predicate.start, request);
  const { task, owners } = splitPredicate(text, predicate.start, predicate.end, english);
  return { task, owners, cutFrom: predicate.cutFrom };
}

/** Where a request word that ends the predicate starts ("… gửi các đơn vị đề nghị" + cue + date), else -1. */
function requestAtEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  // The request is one or two words ("giao", "đề nghị", "kính đề nghị"): try the last three word starts.
  let w = e;
  for (let n = 0; n < 3 && w > start; n++) {
    w--;
    while (w > start && isLetterAt(text, w - 1)) w--;
    if (REQUEST_SET.matchAt(text, w, e) === e - w && !NOT_REQUEST_BEFORE_RE.test(text.slice(Math.max(0, w - 6), w)))
      return w;
    while (w > start && !isLetterAt(text, w - 1)) w--;
  }
  return -1;
}

/**
 * "Sở Tài chính có công văn gửi các đơn vị đề nghị chậm nhất ngày 5/12 phải báo cáo …": the task is
 * read after the date; the owner is a body named there, else the addressee of the letter ("gửi
 * các đơn vị"). The body before the request asks; it is not the owner.
 */
function readAfterRequest(text: string, date: { end: number }, start: number, request: number): TaskReading {
  const after = forwardPredicate(text, date.end);
  const reading = splitPredicate(text, after.start, after.end, false);
  if (reading.owners.length > 0) return reading;
  for (let w = start; w < request; w = nextWord(text, w, request)) {
    const address = ADDRESS_SET.matchAt(text, w, request);
    if (!address) continue;
    const at = skipSpaces(text, w + address, request);
    // The addressee needs no body word: "gửi các chợ đầu mối đề nghị …".
    const named = bodyAt(text, at, false) || BODY_DETERMINERS_SET.matchAt(text, at, request) > 0;
    const owner = named ? ownerSpan(text, at, request) : null;
    if (owner) return { task: reading.task, owners: splitOwners(text, owner, false) };
  }
  return reading;
}

/** The predicate of the deadline at `date` (see readTaskAndOwners), or null when there is none. */
export function predicateOf(
  text: string,
  date: { start: number; end: number },
  previousDateEnd: number,
): Predicate | null {
  let sentence = clauseStart(text, date.start, SENTENCE_BACK, false);
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
  // Page markup left in the text ('<image … alt="Hoàn thành …'): the clause starts in the attribute.
  const attribute = text.slice(sentence, date.start).lastIndexOf('="');
  if (attribute >= 0) sentence += attribute + 2;
  const left = text.slice(sentence, date.start);
  const { cueStart, label } = cueStartOf(text, sentence, date.start);
  const before = skipFrames(text, sentence, cueStart);
  // The nearest comma or colon before the cue: "Bộ GD-ĐT lưu ý, đến trước 17h ngày 31/8, các thí sinh …".
  const localStart = Math.max(left.lastIndexOf(',', cueStart - sentence), left.lastIndexOf(':', cueStart - sentence));
  const fronted =
    before >= cueStart ||
    (localStart >= 0 &&
      skipFrames(text, sentence + localStart + 1, cueStart) >= cueStart &&
      /^[\s)]*[,:]|^\s*(?:là|is)\s/u.test(text.slice(date.end, date.end + 12))) ||
    DEADLINE_WORD_AFTER_RE.test(text.slice(date.end, date.end + 16));

  if (fronted || (label && !trimSpan(text, before, cueStart))) {
    if (label) {
      // "Thời gian hoàn thành trước ngày 30-4-2025." after the task's sentence: read that sentence.
      const previous = previousClauseStart(text, sentence);
      return previous < sentence ? { start: previous, end: lastSentenceEnd(text, sentence) } : null;
    }
    // The date opens its clause: "Trước ngày 10/4, Bộ Nội vụ chủ trì …", "Ngày 7/6: Hạn cuối …".
    const { start: from, end } = forwardPredicate(text, date.end);
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
function forwardPredicate(text: string, dateEnd: number): { start: number; end: number } {
  const lead = AFTER_DATE_LEAD_RE.exec(text.slice(dateEnd, dateEnd + 80));
  const from = dateEnd + (lead ? lead[0].length : 0);
  const ceiling = Math.min(text.length, from + SENTENCE_FORWARD);
  const window = text.slice(from, ceiling);
  let end = ceiling;
  FORWARD_END_RE.lastIndex = 0;
  for (let stop = FORWARD_END_RE.exec(window); ; stop = FORWARD_END_RE.exec(window)) {
    end = stop ? from + stop.index : ceiling;
    // "là hạn cuối …: hoàn thành …; gửi báo cáo …; bàn giao …": tasks listed after semicolons.
    if (!stop || text[end] !== ';' || !verbAt(text, skipSpaces(text, end + 1, ceiling), false, false)) break;
  }
  const purpose = PURPOSE_RE.exec(text.slice(from, end));
  if (purpose && purpose.index > 8) end = from + purpose.index;
  return { start: from, end };
}

/** Where a clause read after its date ends: a sentence end, or a comma before the next time ("…, từ 11/8 …"). */
const FORWARD_END_RE = /[.;\n|]|,\s*(?:từ|đến|trước|sau|ngày|from|until|\d)/giu;

/** Where the cue words and the label before the date at `dateStart` begin (no earlier than `sentence`). */
function cueStartOf(text: string, sentence: number, dateStart: number): { cueStart: number; label: boolean } {
  // Cue words and labels are short: read them in fixed windows, not over the whole sentence.
  const tailFrom = Math.max(sentence, dateStart - CUE_WINDOW);
  const tail = CUE_TAIL_RE.exec(text.slice(tailFrom, dateStart));
  const cueStart = tail ? tailFrom + tail.index : dateStart;
  const labelFrom = Math.max(sentence, cueStart - CUE_WINDOW);
  const label = LABEL_RE.exec(text.slice(labelFrom, cueStart));
  return label ? { cueStart: labelFrom + label.index, label: true } : { cueStart, label: false };
}

/** Where the clause of an earlier date ends: its comma, semicolon, "và", "để" or "and". */
const PREVIOUS_CLAUSE_END_RE = /^\s+(?=\p{Lu})|^[^,;]*?(?:[,;]|\s(?:và|để|and)\s)/u;

/** The end of the sentence that ends just before `sentenceStart` (its full stop excluded). */
function lastSentenceEnd(text: string, sentenceStart: number): number {
  let end = sentenceStart;
  while (end > 0 && /[\s.;|]/.test(text[end - 1] as string)) end--;
  return end;
}
