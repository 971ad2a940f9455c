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
  BODY_DETERMINERS_SET,
  BODY_HEADS_SET,
  CLAUSE_FRAMES_SET,
  COMPLETION_SET,
  FRAME_REPORTING_RE,
  FRAME_TO_COMMA_RE,
  LEAD_WORDS_SET,
  LIST_MARKER_AT,
  NOT_REQUEST_BEFORE_RE,
  PASSIVE_REQUEST_RE,
  REQUEST_SET,
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
  /(?:(?:^|[\s,(:])(?:trước|chậm|nhất|là|vào|trong|thời|vòng|muộn|đến|hết|lúc|hạn|chót|cuối|đầu|giữa|sáng|chiều|tối|by|before|no|not|later|than|until|till|in|on|at|the|end|of|early|late|mid|within|prior|to|deadline|due|a|specific|ngày)(?=[\s,:'’]|$)|\s*\d{1,2}\s*(?:h|giờ|g|:)?\s*\d{0,2}\s*(?:phút)?['’]?|[\s,:])+$/iu;
/** A label that makes its date a deadline: "Thời gian hoàn thành:", "Thời hạn:", "The completion date is". */
const LABEL_RE =
  /(?:thời\s+gian\s+hoàn\s+thành|thời\s+hạn\s+hoàn\s+thành|thời\s+hạn|hạn\s+chót|hạn\s+cuối|the\s+completion\s+date\s+is|the\s+deadline\s+is|deadline)\s*(?:(?:việc|nội\s+dung|công\s+việc)\s+(?:này|trên)\s*)?(?:là\s*)?:?\s*$/iu;
/** After a date that opens its clause: ", ", ": ", "là hạn cuối để", "is also the latest date for". */
const AFTER_DATE_LEAD_RE =
  /^[\s,:)\u2013-]*(?:(?:(?:là|is|was)\s+)?(?:(?:also|cũng)\s+(?:là\s+)?)?(?:the\s+)?(?:hạn\s+cuối|hạn\s+chót|latest\s+date|deadline|last\s+day)(?:\s+(?:để|cho|for|of))?\s*)?/iu;
/** A purpose or manner tail after the task, when the task follows the date: "để tổng hợp", "ensuring …". */
const PURPOSE_RE = /\s(?:để|nhằm|in\s+order\s+to|so\s+that|ensuring|đảm\s+bảo)\s/iu;
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
const OF_BODY_RE = /\scủa\s+/u;
/** Words after which a Vietnamese body's name has ended: "… nhà nước đến nay chưa có …", "… có công văn". */
const OWNER_STOP_SET = new PhraseSet(['đến nay', 'hiện nay', 'đã', 'chưa', 'vẫn', 'có', 'không', 'đang', 'thì']);
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
  return (
    (english ? TASK_VERBS_EN_SET : TASK_VERBS_VI_SET).matchAt(text, pos) > 0 ||
    LEAD_WORDS_SET.matchAt(text, pos) > 0 ||
    supportAt(text, pos) > 0
  );
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

/** The end of the noun phrase that starts at `pos`: the first lower-case verb or lead word after it. */
function phraseEnd(text: string, pos: number, end: number, english: boolean): number {
  let i = nextWord(text, pos, end);
  while (i < end) {
    if (text[i - 1] === '(' || text[i - 2] === '(') {
      // An illustrative parenthesis ("(VNPT, Viettel, …)") belongs to the phrase, whatever it holds.
      const close = indexWithin(text, ')', i, end);
      if (close > 0 && close < end) i = nextWord(text, close, end);
    }
    if (verbAt(text, i, english, false) || (!english && OWNER_STOP_SET.matchAt(text, i, end) > 0)) return i;
    i = nextWord(text, i, end);
  }
  return end;
}

/** The owner phrase without an illustrative parenthesis: "Các chủ công trình (VNPT, …)" → "Các chủ công trình". */
function ownerSpan(text: string, start: number, end: number): Span | null {
  const open = indexWithin(text, '(', start, end);
  return trimSpan(text, start, open >= 0 && open < end ? open : end);
}

/** Whether a body phrase starts at `pos` (Vietnamese heads; English: a capitalised word or a plural body noun). */
function bodyAt(text: string, pos: number, english: boolean): boolean {
  if (english) return ENGLISH_BODY_AT.test(text.slice(pos, pos + 60));
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

const MEMBERS_RE = /(?:\s(?:gồm|bao\s+gồm|including|includes|include)\s*:?|:)\s*/iu;

/** Members of a list, one owner each: split at commas, semicolons and a final "và"/"and". */
function splitMembers(text: string, start: number, end: number, english: boolean): Span[] {
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
    if (passive) {
      owner = ownerSpan(text, from, from + passive.index);
      taskStart = from + passive.index + passive[0].length;
    } else if (body && !verbAt(text, from, english, true)) {
      const ownerEnd = phraseEnd(text, from, end, english);
      if (ownerEnd < end) {
        owner = ownerSpan(text, from, ownerEnd);
        taskStart = ownerEnd;
      }
    }
  }
  if (!owner && !english && text.slice(from, end).includes(' của ')) {
    // "Nội dung chuẩn bị của các cơ quan gửi về …": the body the subject belongs to acts.
    const verb = phraseEnd(text, from, end, english);
    const subject = text.slice(from, verb);
    const of = OF_BODY_RE.exec(subject);
    // "Theo yêu cầu của Chính phủ, …" names the requester, not the owner.
    if (of && !subject.includes(',') && bodyAt(text, from + of.index + of[0].length, english)) {
      owner = ownerSpan(text, from + of.index + of[0].length, verb);
      taskStart = verb;
    }
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
    return { task: owner ? null : finishTask(text, from, i), owners: owner ? splitOwners(text, owner, english) : [] };
  }
  return { task: finishTask(text, i, end), owners: owner ? splitOwners(text, owner, english) : [] };
}

/**
 * The task and owners of the deadline at `date`. `datesBefore` are the ends of earlier dates (any
 * kind), so a clause never reaches back over another dated clause.
 */
export function readTaskAndOwners(
  text: string,
  date: { start: number; end: number },
  english: boolean,
  previousDateEnd: number,
): TaskReading {
  const { task, owners } = readWithChain(text, date, english, previousDateEnd);
  return { task, owners };
}

function readWithChain(
  text: string,
  date: { start: number; end: number },
  english: boolean,
  previousDateEnd: number,
): TaskReading & { cutFrom?: number } {
  const reading = readClause(text, date, english, previousDateEnd);
  if (reading.owners.length > 0 || reading.cutFrom === undefined) return reading;
  // Only a chain that names a body at its start or after a request word can lend an owner.
  const chainStart = skipFrames(text, reading.cutFrom, previousDateEnd);
  if (!bodyAt(text, chainStart, english) && !REQUEST_HINT_RE.test(text.slice(chainStart, previousDateEnd)))
    return reading;
  // "Bộ Chính trị yêu cầu các đơn vị … từ ngày 1/7, phấn đấu hoàn thành trước 15/7": the chain's
  // owner is named before the earlier date.
  const chain = splitPredicate(text, reading.cutFrom, previousDateEnd, english);
  return { task: reading.task, owners: chain.owners };
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
  const { task, owners } = splitPredicate(text, predicate.start, predicate.end, english);
  return { task, owners, cutFrom: predicate.cutFrom };
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
  const left = text.slice(sentence, date.start);
  // Cue words and labels are short: read them in fixed windows, not over the whole sentence.
  const tailFrom = Math.max(sentence, date.start - CUE_WINDOW);
  const tail = CUE_TAIL_RE.exec(text.slice(tailFrom, date.start));
  let cueStart = tail ? tailFrom + tail.index : date.start;
  const labelFrom = Math.max(sentence, cueStart - CUE_WINDOW);
  const label = LABEL_RE.exec(text.slice(labelFrom, cueStart));
  if (label) cueStart = labelFrom + label.index;
  const before = skipFrames(text, sentence, cueStart);
  // The nearest comma or colon before the cue: "Bộ GD-ĐT lưu ý, đến trước 17h ngày 31/8, các thí sinh …".
  const localStart = Math.max(left.lastIndexOf(',', cueStart - sentence), left.lastIndexOf(':', cueStart - sentence));
  const fronted =
    before >= cueStart ||
    (localStart >= 0 &&
      skipFrames(text, sentence + localStart + 1, cueStart) >= cueStart &&
      /^[\s)]*[,:]|^\s*(?:là|is)\s/u.test(text.slice(date.end, date.end + 12)));

  if (fronted || (label && !trimSpan(text, before, cueStart))) {
    if (label) {
      // "Thời gian hoàn thành trước ngày 30-4-2025." after the task's sentence: read that sentence.
      const previous = previousClauseStart(text, sentence);
      return previous < sentence ? { start: previous, end: lastSentenceEnd(text, sentence) } : null;
    }
    // The date opens its clause: "Trước ngày 10/4, Bộ Nội vụ chủ trì …", "Ngày 7/6: Hạn cuối …".
    const lead = AFTER_DATE_LEAD_RE.exec(text.slice(date.end, date.end + 80));
    const from = date.end + (lead ? lead[0].length : 0);
    let end = from;
    const ceiling = Math.min(text.length, from + SENTENCE_FORWARD);
    while (end < ceiling && !/[.;\n|]/.test(text[end] as string)) end++;
    const purpose = PURPOSE_RE.exec(text.slice(from, end));
    if (purpose && purpose.index > 8) end = from + purpose.index;
    return { start: from, end };
  }
  return { start: before, end: cueStart, cutFrom };
}

/** Where the clause of an earlier date ends: its comma, semicolon, "và", "để" or "and". */
const PREVIOUS_CLAUSE_END_RE = /^[^,;]*?(?:[,;]|\s(?:và|để|and)\s)/u;

/** The end of the sentence that ends just before `sentenceStart` (its full stop excluded). */
function lastSentenceEnd(text: string, sentenceStart: number): number {
  let end = sentenceStart;
  while (end > 0 && /[\s.;|]/.test(text[end - 1] as string)) end--;
  return end;
}
