/**
 * Clause-level reading of deadlines, on top of the cue right before a date (dates/kinds.ts): a clock
 * time between cue and date, a deadline word after the date, a completion verb anywhere in the
 * clause, a moved due date; and the other way, status cut-offs ("tính đến ngày", "đến ngày X, … đã").
 */
import {
  COMPLETION_WORDS,
  CUES_BEFORE_TIME,
  CUT_OFF_CUES,
  DEADLINE_AFTER_DATE,
  DELIVERY_VERBS_EN,
  EXTENSION_WORDS,
  PAST_MARKERS,
  STATUS_MARKERS,
  SUBMISSION_WORDS,
  TRINH_NOUN_HEADS,
} from '../tables/deadline-words';
import { REQUEST_WORDS_EN } from '../tables/task-words';
import { caselessRegExp } from '../text/caseless';
import type { DateKind } from '../types';
import { clauseEnd, clauseStart, joinedClauseStart } from './clause';
import { qualifiedLabelStart } from './labels';
import { alternation, PhraseSet, wordBounded } from './phrases';
import { followsReplacingDueDate } from './replaced-dates';
import { skipSpaces } from './text-walk';
import { DEADLINE_NOUN, MODAL_EN_RE, OBLIGATION_EN_RE } from './words';

const LEFT_WINDOW = 48;
const RIGHT_WINDOW = 48;

/** "trước 17h00', ngày", "chậm nhất là 16 giờ 30 phút ngày", "by 5 p.m. on", "no later than 12 noon on". Group 1: the time's unit. */
const CUE_TIME_RE = caselessRegExp(
  `${wordBounded(alternation(CUES_BEFORE_TIME))}\\s*:?\\s+(?:lúc\\s+|at\\s+)?(?:\\d{1,2}(\\s*(?:h|giờ|g|:)\\s*(?:\\d{1,2})?\\s*(?:phút)?|\\s*(?:a|p)\\.?m\\.?)?['’]?` +
    `(?:\\s*(?:sáng|chiều|tối|a\\.?m\\.?|p\\.?m\\.?))?|(?:12\\s+)?(noon|midday|midnight))\\s*,?\\s*(?:(?:on|ngày)\\s*,?\\s*)?$`,
  'iu',
);
const AFTER_DATE_RE = caselessRegExp(
  // On the date's line, or after its colon: "Ngày 7/6:" / "Hạn cuối …"; a next row or line that opens with "Deadline" is its own.
  `^[ \\t]*\\)?[ \\t]*(?:[:,\\u2013-]\\s*)?(?:(?:là|is|was|will\\s+be)\\s+)?(?:(?:cũng|also)\\s+(?:là\\s+)?)?` +
    `${alternation(DEADLINE_AFTER_DATE)}(?![\\p{L}\\p{M}])`,
  'iu',
);
const COMPLETION_RE = caselessRegExp(wordBounded(alternation(COMPLETION_WORDS)), 'giu');
const PAST_BEFORE_RE = caselessRegExp(`${wordBounded(alternation(PAST_MARKERS))}\\s+(?:\\p{L}+\\s+)?$`, 'iu');
/** Right after the date on its line, before its verb: "Dự kiến ngày 5/8 sẽ hoàn thành …" (a next line is its own). */
const COMPLETION_AFTER_RE = caselessRegExp(
  `^[ \\t]*(?:,\\s*)?(?:(?:sẽ|phải|cần|will|must|should|is\\s+expected\\s+to|are\\s+expected\\s+to|to)\\s+)*(?:be\\s+)?${alternation(COMPLETION_WORDS)}(?![\\p{L}\\p{M}])`,
  'iu',
);
// "By the end of February, districts had …": the cut-off's cue may stand before "the end of".
const CUT_OFF_BEFORE_RE = caselessRegExp(
  `${wordBounded(alternation(CUT_OFF_CUES))}\\s*(?:the\\s+(?:end|middle|beginning)\\s+of\\s+)?(?:ngày\\s*)?$`,
  'iu',
);
const ALWAYS_CUT_OFF_RE = /(?:tính\s+đến|tính\s+tới|as\s+of)\s*(?:hết\s+)?(?:ngày\s*)?$/iu;
/** After a cut-off: what had (not) happened by then. "have to" is an obligation, not a status. */
const STATUS_AFTER_RE = caselessRegExp(
  `${wordBounded(alternation(STATUS_MARKERS))}(?!\\s+to(?![\\p{L}]))|had\\s+yet\\s+to|yet\\s+to`,
  'iu',
);
const EXTENSION_RE = caselessRegExp(wordBounded(alternation(EXTENSION_WORDS)), 'iu');
/** The old or the new end of a moved date: "… from ", "… from May 31 to ", "… từ ngày 31/5 sang ". */
const MOVED_FROM_TO_RE =
  /(?:from|từ)\s*(?:ngày\s*)?$|(?:from|từ)\s[^;]{1,30}?\s(?:to|sang|đến)\s*(?:hết\s+)?(?:ngày\s*)?$/iu;
/** "… and last until June 26": how long an event runs, not a limit. */
const LASTS_UNTIL_RE =
  /\b(?:last|lasts|lasting|run|runs|running|take\s+place|takes\s+place)\s+(?:until|till|through)\s*$/i;
/**
 * "Applications filed before …": a past participle before "before" names what a rule covers; not
 * after a modal or "be" ("must be issued before …", "must be re-registered … before …" are
 * obligations), nor an adjective ("by registered mail before …").
 */
function boundsScope(text: string, start: number): boolean {
  // "Giấy tờ đã cấp … trước ngày 01/7 vẫn có giá trị", "các trường hợp đã nộp hồ sơ … trước ngày":
  // what was done before the date is what a rule covers.
  if (DONE_BEFORE_VI_RE.test(text.slice(Math.max(0, start - 80), start))) return true;
  const left = text.slice(Math.max(0, start - 110), start);
  const m = SCOPE_BEFORE_RE.exec(left);
  if (m === null) return false;
  const before = left.slice(0, m.index + 1);
  // "publish the approved tables … before …": after an article the participle is an adjective
  // before its noun, and bounds nothing.
  return !PASSIVE_OBLIGATION_BEFORE_RE.test(before) && !ARTICLE_BEFORE_RE.test(before);
}
const ARTICLE_BEFORE_RE = /(?:^|[^\p{L}])(?:the|their|its|these|those|all|any|such|an?)\s+$/iu;
/**
 * "đã cấp", "đã nộp hồ sơ", "đã được phê duyệt" … "trước (ngày)": a past act before the date (not
 * when a completion or a modal of its own governs the date: "… đã nộp lệ phí … xong trước").
 */
const DONE_BEFORE_VI_RE =
  /(?:^|[^\p{L}])đã\s+(?:được\s+)?(?:cấp|nộp|ban\s+hành|phê\s+duyệt|đăng\s+ký|ký|tiếp\s+nhận)(?![\p{L}\p{M}])(?:(?!xong|hoàn\s+thành|hoàn\s+tất|phải|cần)[^,.;:\n]){0,50}\strước\s+(?:ngày\s+)?$/iu;
const PASSIVE_OBLIGATION_BEFORE_RE = /(?:must|shall|should|will|to|be|need\s+to)\s*(?:re-)?$/iu;
/** A past participle before "before": what was done before the date is covered by a rule. */
const SCOPE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:filed|issued|signed|granted|registered(?!\s+(?:mail|post|letter))|established|approved|licensed|concluded|imported|opened|processed|allocated|printed|received|submitted)\s+(?:(?!must|shall|should|will|to\s|and\s+[a-z]+ing\s)[^,.;:\n]){0,60}?(?:on\s+or\s+)?before\s+(?:the\s+)?$/iu;
/**
 * "Hạn chót đăng ký … là 17 giờ ngày", "hạn nộp tờ khai vẫn là ngày", "The deadline for … is",
 * "the deadline for self-filers moves to the next working day, Monday,": a deadline as the subject.
 */
const DEADLINE_SUBJECT_RE =
  /(?:^|[^\p{L}])(?:hạn\s+chót|hạn\s+cuối|hạn\s+nộp|thời\s+hạn|the\s+deadline|deadline)(?![\p{L}])[^.;!?\n]{0,100}?\s(?:(?:vẫn\s+)?(?:là|is|was|will\s+be|remains)\s*(?:(?:trước|chậm\s+nhất|vào|on|at)\s+)?(?:\d{1,2}\s*(?:h|giờ|:|[ap]\.?m\.?)\s*\d{0,2}\s*(?:phút)?\s*,?\s*)?(?:ngày|on)?|(?:is\s+|has\s+been\s+)?(?:moves|moved|shifts|shifted|extended|postponed|deferred)\s+(?:to|until)\s+(?:the\s+next\s+working\s+day\s*,\s*)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,\s*)?)\s*$/iu;

/** DEADLINE_SUBJECT_RE in the clause before `start`; tried only after "là"/"is" and a deadline noun. */
function hasDeadlineSubject(text: string, start: number): boolean {
  if (!SUBJECT_COPULA_END_RE.test(text.slice(Math.max(0, start - 36), start))) return false;
  const clause = text.slice(clauseStart(text, start, 160), start);
  return /hạn|deadline/i.test(clause) && DEADLINE_SUBJECT_RE.test(clause);
}
const SUBJECT_COPULA_END_RE =
  /(?:(?:là|is|was|be|remains)\s*(?:(?:trước|chậm\s+nhất|vào|on|at)\s+)?(?:\d{1,2}\s*(?:h|giờ|:|[ap]\.?m\.?)\s*\d{0,2}\s*(?:phút)?\s*,?\s*)?(?:ngày|on)?|(?:to|until)\s+(?:the\s+next\s+working\s+day\s*,\s*)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,\s*)?)\s*$/iu;
const WEAK_CUES: ReadonlySet<string> = new Set(['vào', 'trong', 'in', 'on', 'at', 'hôm']);

/** The time between cue and date says "deadline": "Trước 17h ngày 18/7/2018", "Trước 17 ngày 30/9". */
export function hasCueBeforeTime(text: string, start: number): boolean {
  // A clock time stands right before the date: no digit (or noon, midnight) there, no time.
  if (!/\d|noon|midday|midnight/i.test(text.slice(Math.max(0, start - 16), start))) return false;
  const left = text.slice(Math.max(0, start - LEFT_WINDOW), start);
  const m = CUE_TIME_RE.exec(left);
  if (!m) return false;
  // A bare number ("Trước 17 ngày 30/9") reads as an hour only when "ngày" leads the date.
  return m[1] !== undefined || m[2] !== undefined || /^ngày/iu.test(text.slice(start, start + 4));
}

/** "ngày 25/5/2017 là hạn cuối …", "(28/7): Hạn cuối", "May 1 is also the latest date". */
export function hasDeadlineAfter(text: string, end: number): boolean {
  return AFTER_DATE_RE.test(text.slice(end, end + RIGHT_WINDOW));
}

/**
 * A completion verb (not reported as past) in the clause before the date, or right after it.
 * `from` is where the date's clause starts.
 */
function hasCompletionInClause(text: string, from: number, start: number, end: number): boolean {
  // The date opens its clause ("Dự kiến ngày 5/8 sẽ hoàn thành …"), not a year inside a subject.
  // So does a plan's word right before it: "… và dự kiến cuối tháng 8.2026 sẽ hoàn thành …".
  const opens =
    /^[\s\-+•*]*(?:\p{L}+\s+){0,2}(?:ngày|vào|on|by)?\s*$/u.test(text.slice(from, start)) ||
    PLANNED_BEFORE_RE.test(text.slice(Math.max(from, start - 40), start));
  if (opens && COMPLETION_AFTER_RE.test(text.slice(end, end + RIGHT_WINDOW))) return true;
  const left = text.slice(from, start);
  // "The amended law is expected to be passed within the first quarter": a limit on a planned
  // completion ("is expected to be issued in May" is a forecast, an event).
  if (EXPECTED_DONE_RE.test(left)) return true;
  const last = lastMatch(COMPLETION_RE, left);
  if (!last) return false;
  // "The city completed that adjustment on …": an English past tense reports; only a passive
  // ("must be completed", "to be finished") or a label ("Deadline: completed in …") obliges.
  if (/ed$/i.test(last.word) && !PASSIVE_BE_BEFORE_RE.test(last.before)) return false;
  return !reportsOrNegates(last.before);
}

/** The last match of the global, word-bounded `pattern` in `left`, and the words right before it. */
function lastMatch(pattern: RegExp, left: string): { word: string; before: string } | null {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(left); m; m = pattern.exec(left)) last = m;
  return last && { word: last[0], before: left.slice(Math.max(0, last.index - 24), last.index) };
}

/**
 * Before a verb: a report of the past ("đã hoàn thành") or a negation. "địa phương nào không hoàn
 * thành sẽ bị phê bình tại hội nghị …" is a failure's consequence, no obligation.
 */
const reportsOrNegates = (before: string) => PAST_BEFORE_RE.test(before) || NEGATED_BEFORE_RE.test(before);
/** A plan that something will be done within a time, in English: "is expected to be passed within". */
const EXPECTED_DONE_RE =
  /(?:expected|scheduled|due|set|slated)\s+to\s+be\s+(?:passed|adopted|approved|issued|promulgated|submitted|signed|put\s+into\s+(?:operation|use|service)|handed\s+over)(?![\p{L}])[^.;!?]{0,60}?\swithin\s+(?:the\s+)?$/iu;
/** Before an English past participle: a passive's "be", or a label's colon ("Deadline: completed in …"). */
const PASSIVE_BE_BEFORE_RE = /(?:(?:^|[^\p{L}])(?:be|been|being|is|are|get|gets)\s+|:\s*)$/iu;
const NEGATED_BEFORE_RE = /(?:^|[^\p{L}])(?:không|chưa|not|fail\s+to|fails\s+to|failing\s+to)\s+$/iu;
/** A plan's word and its preposition right before a date: "dự kiến cuối", "phấn đấu đến", "expected by". */
const PLANNED_BEFORE_RE =
  /(?:^|[^\p{L}])(?:dự\s+kiến|phấn\s+đấu|expected|scheduled|planned)\s+(?:(?:đến|vào|trong|to|by|in)\s+)?(?:(?:cuối|đầu|giữa|the\s+end\s+of|end\s+of)\s+)?(?:ngày\s+)?$/iu;

/** "tính đến ngày 25/7", "Đến ngày 4.1, Sở … vẫn chưa nhận được", "by July 30, many … had yet to". */
function isStatusCutOff(text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - 32), start);
  if (ALWAYS_CUT_OFF_RE.test(left)) return true;
  if (!CUT_OFF_BEFORE_RE.test(left)) return false;
  // "Organisations must file … by March 31, while individuals … have until May 4": the date closes
  // an obligation; a status word after it belongs to the next clause.
  if (OBLIGATION_RE.test(text.slice(clauseStart(text, start, 120), start))) return false;
  // "(nếu có)" ("if any") is no "có" of a status ("đã có", "có 12 đơn vị").
  const right = text.slice(end, clauseEnd(text, end, 120)).replace(IF_ANY_RE, (words) => ' '.repeat(words.length));
  const status = STATUS_AFTER_RE.exec(right);
  // "đến ngày 20/12, các đơn vị phải hoàn thành … cho người lao động đã nghỉ việc": an obligation
  // before the status word; that "đã" belongs to a relative clause.
  return status !== null && !OBLIGATION_RE.test(right.slice(0, status.index));
}
const OBLIGATION_RE = /(?:^|[^\p{L}])(?:phải|cần|must|have\s+to|has\s+to)(?![\p{L}])/iu;

/**
 * "The draft had drawn 1,200 comments by the end of February", "The agency has received 300
 * applications by May": what a perfect tense says was done by the date is a status, not a duty.
 * Not "has to", "has until", a passive ("has been asked to complete … by") or a clause with a modal.
 */
function isPerfectBy(text: string, start: number): boolean {
  const left = text.slice(Math.max(0, start - 24), start);
  if (!BY_BEFORE_RE.test(left)) return false;
  const clause = text.slice(clauseStart(text, start, 160), start);
  const perfect = PERFECT_RE.exec(clause);
  if (!perfect || OBLIGATION_RE.test(clause) || MODAL_EN_RE.test(clause)) return false;
  // "has asked localities to hand over … by", "are required to review projects that have stalled
  // and send … by": a request or a duty in the clause, the date its due date.
  return !INFINITIVE_RE.test(clause) && !DUTY_WORD_RE.test(clause);
}
/** "to hand over", not "to the ministry": an infinitive, the mark of a request. */
const INFINITIVE_RE = /(?:^|[^\p{L}])to\s+(?!(?:the|a|an|its|their|this|that|these|those|all|each|every)\s)[a-z]/u;
/** "has asked localities to …", "are required to …": the request words of the owner readers. */
const DUTY_WORD_RE = new RegExp(wordBounded(alternation(REQUEST_WORDS_EN)), 'iu');
const BY_BEFORE_RE = /(?:^|[^\p{L}])by\s+(?:the\s+(?:end|middle)\s+of\s+)?$/iu;
const PERFECT_RE =
  /(?:^|[^\p{L}])(?:had|has|have)\s+(?:already\s+|so\s+far\s+|now\s+)?(?!to\b|until\b|till\b|been\b|yet\b)(?:[a-z]+ed|drawn|made|done|paid|sent|won|got|built|spent|sold|held|seen|given|taken|begun|grown|risen)(?![\p{L}])/iu;
const IF_ANY_RE = /nếu\s+có(?![\p{L}\p{M}])/giu;

/** A range in a clause that moves a due date: "extended … from May 31 to November 30, 2022". */
function isMovedDueDate(text: string, start: number): boolean {
  const left = text.slice(clauseStart(text, start, 120), start);
  // "Mùa lễ hội kéo dài từ ngày … đến ngày …": how long something lasts, not a moved limit.
  if (LASTS_FROM_RE.test(left)) return false;
  if (!MOVED_FROM_TO_RE.test(left)) return false;
  if (EXTENSION_RE.test(left)) return true;
  // "has pushed back the deadline for banks, … to complete … from March 31 to June 30": the
  // deadline named with its move may stand a long object before the range.
  return MOVED_DEADLINE_RE.test(text.slice(clauseStart(text, start, MOVED_DEADLINE_BACK), start));
}
const MOVED_DEADLINE_BACK = 320;
/** The deadline named with its move: "pushed back the (filing) deadline", "lùi thời hạn / hạn nộp". */
const MOVED_DEADLINE_RE = caselessRegExp(
  `${wordBounded(alternation(EXTENSION_WORDS))}\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)?\\s+)?(?:(?:deadline|due\\s+date|time\\s+limit)(?![\\p{L}\\p{M}])|${DEADLINE_NOUN})`,
  'iu',
);
/** "kéo dài từ", "lasting from", "runs from": a duration's window, not an extension. */
const LASTS_FROM_RE =
  /(?:^|[^\p{L}])(?:kéo\s+dài|diễn\s+ra|lasts?|lasting|runs?|running)\s+(?:trong\s+)?(?:từ|from)\s/iu;

/**
 * The kind of a date once its clause is read. `kind` is what the cue right before it gave, `cue`
 * that cue's phrase (undefined when none), `ranged` whether the date is an end of a range.
 */
export function readClauseKind(
  text: string,
  date: { start: number; end: number },
  kind: DateKind,
  /** Reads the cue phrase right before the date (only when a rule needs it). */
  cue: () => string | undefined,
  ranged: boolean,
  inDeadlineCell = false,
): DateKind {
  if (kind === 'issued') return kind;
  if (inDeadlineCell && !ranged && kind !== 'published') return 'deadline';
  // "Theo hướng dẫn này, ngày 25/5/2017 là hạn cuối …" reads like a place line but is not one.
  if (kind === 'published') return hasDeadlineAfter(text, date.end) ? 'deadline' : kind;
  if (ranged) return kind === 'period' && isMovedDueDate(text, date.start) ? 'deadline' : kind;
  if (isStatusCutOff(text, date.start, date.end) || isPerfectBy(text, date.start)) return 'other';
  // "chậm nhất là ngày 20/11/2026 thay vì ngày 20/8/2026": the due date it replaces was one too.
  if (followsReplacingDueDate(text, date.start)) return 'deadline';
  if (kind === 'deadline' && LASTS_UNTIL_RE.test(text.slice(Math.max(0, date.start - 24), date.start))) return 'event';
  // "Applications filed before August 7, 2025 continue …": the date bounds what a rule covers.
  if (kind === 'deadline' && boundsScope(text, date.start)) return 'other';
  if (kind === 'deadline') return kind;
  if (hasCueBeforeTime(text, date.start) || hasDeadlineAfter(text, date.end)) return 'deadline';
  if (qualifiedLabelStart(text, date.start) >= 0 || hasDeadlineSubject(text, date.start)) return 'deadline';
  if (kind !== 'event' && kind !== 'other') return kind;
  const phrase = cue();
  const weak = phrase === undefined || WEAK_CUES.has(phrase);
  if (!weak) return kind;
  // "… kịp trình HĐND tỉnh tại kỳ họp dự kiến diễn ra vào đầu tháng 12": the date is when the event
  // takes place, whatever the clause asks before it.
  if (TAKES_PLACE_BEFORE_RE.test(text.slice(Math.max(0, date.start - 40), date.start))) return kind;
  const from = joinedClauseStart(text, clauseStart(text, date.start), date.start);
  const obliges = hasCompletionInClause(text, from, date.start, date.end) || hasSubmissionWithin(text, from, date);
  return obliges ? 'deadline' : kind;
}

/** An event's verb right before its date: "diễn ra vào đầu", "khai mạc ngày", "takes place on". */
const TAKES_PLACE_BEFORE_RE =
  /(?:^|[^\p{L}\p{M}])(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|takes?\s+place|will\s+be\s+held|is\s+held)\s+(?:(?:vào|trong|on|in)\s+)?(?:(?:đầu|giữa|cuối|early|mid|late)\s+)?(?:ngày\s+)?$/iu;

/**
 * A submission verb (SUBMISSION_WORDS): with "trong" before a month or a quarter, a limit. "trình"
 * ends nouns too ("chương trình", "lộ trình") and opens "trình độ": there it submits nothing.
 */
const SUBMISSION_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<!${alternation(TRINH_NOUN_HEADS)}\\s+(?=trình))${alternation(SUBMISSION_WORDS)}(?!\\s+độ)(?![\\p{L}\\p{M}])`,
  'giu',
);

/**
 * "Sở Tài chính thẩm định …, trình UBND tỉnh trong quý I/2025", "The Ministry must issue a circular
 * … within the second quarter of 2026": a submission in a month or a quarter is due by its end
 * ("trong tháng 4" without such a verb is a schedule). English "in" bounds only a quarter, and only
 * a thing delivered right after the obligation (DELIVERY_VERBS_EN: "must publish the list … in the
 * first quarter"): "must apply the new rates in January" says when a rule applies, and "shall
 * monitor … and report … in the second quarter" when a report is made.
 */
function hasSubmissionWithin(text: string, from: number, date: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, date.start - 12), date.start);
  const left = text.slice(from, date.start);
  // "must issue … within", "asked banks … to submit a roadmap … within the first quarter".
  if (/(?:^|[^\p{L}])within\s+(?:the\s+)?$/iu.test(before))
    return OBLIGATION_EN_RE.test(left) || (DUTY_WORD_RE.test(left) && INFINITIVE_RE.test(left));
  if (/(?:^|[^\p{L}])in\s+(?:the\s+)?$/iu.test(before)) {
    // "submit refund dossiers for goods exported in Q2 2026 no later than …": the quarter of a participle.
    if (/[a-z]ed\s+in\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, date.start - 24), date.start))) return false;
    const obligation = QUARTER_EN_RE.test(text.slice(date.start, date.end)) ? OBLIGATION_EN_RE.exec(left) : null;
    const verb = obligation ? from + obligation.index + obligation[0].length : -1;
    return verb >= 0 && DELIVERY_VERBS_EN_SET.matchAt(text, skipSpaces(text, verb, date.start)) > 0;
  }
  if (!/(?:^|[^\p{L}])trong\s+$/iu.test(before)) return false;
  const last = lastMatch(SUBMISSION_RE, left) ?? mustDoWithin(left);
  return last !== null && !reportsOrNegates(last.before);
}

/**
 * "Kế hoạch … phải được phê duyệt trong Quý IV/2026": what must be done in a month or a quarter is
 * due by its end; not the month of a purpose after it ("phải được bàn giao … để khởi công trong quý IV").
 */
function mustDoWithin(left: string): { word: string; before: string } | null {
  const must = lastMatch(MUST_RE, left);
  return must && !PURPOSE_RE.test(left.slice(left.lastIndexOf(must.word))) ? must : null;
}
const MUST_RE = /(?<![\p{L}\p{M}])phải(?=\s+(?:được\s+)?[\p{L}\p{M}])/giu;
const PURPOSE_RE = /(?:^|[^\p{L}\p{M}])(?:để|nhằm)\s/iu;
const DELIVERY_VERBS_EN_SET = new PhraseSet(DELIVERY_VERBS_EN, ['s', 'es', 'ed', 'd', 'ing']);
const QUARTER_EN_RE = /quarter|^Q[1-4]/i;
