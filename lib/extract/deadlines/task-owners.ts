/**
 * What a deadline asks and of whom: the task (verb to end of object, without owner, cue and date)
 * and the owners (the subject of the obligation, or the body after "giao / đề nghị / yêu cầu").
 * Supporting bodies ("phối hợp với …") and recipients ("gửi … về …") are never owners; when the
 * clause names no body, owners is empty. Reads bounded windows around one date: the predicate
 * (predicate.ts) split into owner (owners.ts) and task, with the clauses chained to an earlier date.
 */
import type { Span } from '../types';
import { clauseStart } from './clause';
import { skipFrames } from './frames';
import { headingLabelTask, qualifiedLabelTask } from './labels';
import { withoutMove } from './moved-task';
import { ownerNamedAround } from './owner-around';
import {
  modifierEnd,
  OWNER_STOP_SET,
  ownerAfterComma,
  ownerOfSubject,
  ownerSpan,
  phraseEnd,
  REQUEST_HINT_RE,
  splitOwners,
  subjectAt,
} from './owners';
import { isLetter } from './phrases';
import { cueStartOf, forwardPredicate, predicateOf, SENTENCE_BACK } from './predicate';
import { LIMIT_OPENING_RE } from './relative';
import { afterScheduledConjunct } from './scheduled-conjunct';
import {
  indexWithin,
  isLetterAt,
  isSpaceCode,
  lastIndexWithin,
  nextWord,
  skipSpaces,
  testAt,
  trimSpan,
} from './text-walk';
import { bodyAt, duocAt, headedByBodyEn, isCapitalAt, supportAt, verbAt } from './word-classes';
import {
  ADDRESS_SET,
  BODY_DETERMINERS_SET,
  COMPLETION_SET,
  DEADLINE_NOUN_AFTER_RE,
  EVENT_NOUNS_SET,
  GENERIC_ACTORS_SET,
  isNotRequestAt,
  LEAD_WORDS_SET,
  LIST_MARKER_BEFORE_RE,
  OBLIGATION_MODALS_SET,
  passiveRequestRe,
  REMIT_PHRASE_RE,
  REQUEST_SET,
  SUBJECT_STOP_SET,
} from './words';

export interface TaskReading {
  task: Span | null;
  owners: Span[];
}

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
/** The last "(" between `start` and `end` that no ")" closes before `end`, or -1. */
function openParenthesisBefore(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 41 /* ) */) return -1;
    if (c === 40 /* ( */) return i;
  }
  return -1;
}
const URGE_RE =
  /[,;]\s*(?:(?:khẩn\s+trương|chủ\s+động|tập\s+trung|phấn\s+đấu|urgently|strive\s+to|promptly)\s+)+(?:to\s+)?/giu;
/** Drops the trailing words that are not the task and returns null for an empty or bare-verb task. */
function finishTask(text: string, start: number, end: number): Span | null {
  // "… đến nay chưa có báo cáo theo văn bản …, khẩn trương gửi báo cáo …": the obligation starts at
  // its adverb; what stands before it is background.
  const slice = text.slice(start, end);
  URGE_RE.lastIndex = 0;
  let urged: RegExpExecArray | null = null;
  for (let m = URGE_RE.exec(slice); m; m = URGE_RE.exec(slice)) urged = m;
  // "… trong thời hạn 15 ngày kể từ …, nhưng không muộn hơn": a relative limit is no part of the task.
  const limit = LIMIT_OPENING_RE.exec(slice);
  let from = urged ? start + urged.index + urged[0].length : start;
  from += REMIT_PHRASE_RE.exec(text.slice(from, from + 60))?.[0].length ?? 0;
  const until = limit ? start + limit.index : end;
  // "hoàn thành việc trình đề án … (nhiệm vụ giao tại Thông báo …, hạn ngày 15/7)": a date inside
  // an aside ends the task where the aside opens.
  const aside = openParenthesisBefore(text, from, until);
  const raw = trimSpan(text, from, aside > from ? aside : until);
  if (!raw) return null;
  const task = trimSpan(text, raw.start, trimTaskTail(text, raw.start, raw.end));
  if (!task || task.text.length < 3) return null;
  return task;
}

/**
 * Where "Tổ chức …" at a clause's start ends as a subject: a modifier after it closed by an
 * obligation's modal ("Tổ chức chưa đăng ký … phải …"), else -1.
 */
function organisationSubjectEnd(text: string, from: number, end: number): number {
  const head = /^tổ\s+chức\s+/iu.exec(text.slice(from, from + 10));
  if (!head) return -1;
  const stop = from + head[0].length;
  const subjectEnd = modifierEnd(text, from, stop, end);
  return subjectEnd > stop && OBLIGATION_MODALS_SET.matchAt(text, subjectEnd, end) > 0 ? subjectEnd : -1;
}

/** The longest label an item opens with before its colon ("Nộp học phí:"). */
const ITEM_LABEL_MAX = 60;
/** A phrase that runs into a purpose ("… cho Văn phòng Chính phủ để triển khai") was no body's name. */
const PURPOSE_AT_RE = /^để\s/iu;
/** The body right after a colon (at most `reach` on) that a verb follows, and where that verb starts. */
function subjectAfterColon(text: string, from: number, end: number, reach = TOPIC_MAX): [Span, number] | null {
  const colon = indexWithin(text, ':', from, Math.min(end, from + reach));
  if (colon < 0) return null;
  return subjectAt(text, skipSpaces(text, colon + 1, end), end);
}

/**
 * The topic phrase as owner when the clause after it is a request that names no body: the topic
 * up to the comma before the requester (or before the request word), and where the task starts.
 */
function topicAsked(text: string, from: number, end: number): [Span, number] | null {
  // The topic must name who acts ("Đối với công trình trường học, Sở … đề nghị …" names a thing).
  if (!bodyAt(text, from, false) && !GENERIC_ACTORS_SET.matchAt(text, from, end)) return null;
  const stop = Math.min(end, from + TOPIC_MAX);
  for (let w = from; w < stop; w = nextWord(text, w, stop)) {
    const request = REQUEST_SET.matchAt(text, w, stop);
    if (!request) continue;
    const after = skipSpaces(text, w + request, end);
    if (bodyAt(text, after, false) || !verbAt(text, after, false, false)) return null;
    const comma = lastIndexWithin(text, ',', w, from);
    const owner = comma > from ? ownerSpan(text, from, comma) : null;
    return owner ? [owner, after] : null;
  }
  return null;
}
/** How far a topic and its request may reach. */
const TOPIC_MAX = 200;

/**
 * "… phải được Hội đồng Thi đua - Khen thưởng cấp xã xét, thông qua": the body after "được" that a
 * verb follows, and where that verb starts. Not "được UBND tỉnh giao …" (the body described was
 * assigned; phraseEnd reads that).
 */
function passiveAgent(text: string, from: number, end: number): [Span, number] | null {
  // A body as subject is described, not acted on ("Các phòng được Giám đốc giao theo dõi …").
  if (bodyAt(text, from, false)) return null;
  const stop = Math.min(end, from + SUBJECT_SEARCH);
  for (let w = from; w < stop; w = nextWord(text, w, stop)) {
    if (!duocAt(text, w)) continue;
    // Only an obligation's passive: "phải được", "cần được", "sẽ được" ("Sau khi được UBND tỉnh
    // phê duyệt, chủ đầu tư …" and "Các công trình được Bộ thẩm định …" describe, they do not ask).
    if (!MODAL_BEFORE_RE.test(text.slice(Math.max(from, w - 8), w))) continue;
    const at = skipSpaces(text, w + 5, end);
    // "được tổ chức và hoàn thành": a verb after "được" is the passive's own, no agent.
    if (!bodyAt(text, at, false) || verbAt(text, at, false, true)) continue;
    const verb = phraseEnd(text, at, end, false, false);
    if (verb >= end || !verbAt(text, verb, false, false) || REQUEST_SET.matchAt(text, verb, end)) continue;
    const owner = ownerSpan(text, at, verb);
    if (owner && /[,;:]/.test(owner.text)) return null;
    return owner ? [owner, verb] : null;
  }
  return null;
}
const SUBJECT_SEARCH = 240;
const MODAL_BEFORE_RE = /(?:^|[^\p{L}])(?:phải|cần|sẽ)\s+$/iu;

/** A subject that names an activity or an event, not a body: "Việc …", "Cuộc …", "Đại hội …", "Hội nghị …". */
const activityAt = (text: string, pos: number) =>
  /^(?:việc|cuộc)(?![\p{L}\p{M}])/iu.test(text.slice(pos, pos + 6)) || EVENT_NOUNS_SET.matchAt(text, pos) > 0;

/** The topic frame just skipped: "Đối với …". */
const TOPIC_BEFORE_RE = /đối\s+với\s+$/iu;
/** Whether the clause at `from` follows "Đối với": a topic, whom a task concerns. */
const afterTopic = (text: string, from: number) => TOPIC_BEFORE_RE.test(text.slice(Math.max(0, from - 10), from));
/** A predicate that is only a short body phrase names its owner ("…, Bộ Nội vụ" at the end of a cut text). */
const BARE_OWNER_MAX = 60;
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

/**
 * "giao Sở Nội vụ chủ trì …", "requested ministries and localities to …": the body after the first
 * request word in `from`..`end` that a body follows, and where its phrase ends.
 */
function bodyAfterRequest(
  text: string,
  from: number,
  end: number,
  english: boolean,
): { owner: Span | null; end: number } | null {
  if (!REQUEST_HINT_RE.test(text.slice(from, end))) return null;
  // "các chi bộ tổ chức học tập, quán triệt …, yêu cầu mỗi đảng viên viết …": a subject that acts
  // first makes a request after its comma one more of its tasks, not the clause's request. Not
  // after "Đối với": a topic is whom the task concerns, and the request after it asks. Read only
  // when a request stands after a comma (the subject's phrase is costly to read).
  let acting: number | undefined;
  for (let w = from; w < end; w = nextWord(text, w, end)) {
    const request = REQUEST_SET.matchAt(text, w, end);
    if (!request || isNotRequestAt(text, w)) continue;
    if (!english && indexWithin(text, ',', from, w) >= 0) {
      acting ??= actingSubjectEnd(text, from, end);
      if (acting > from && w > acting && indexWithin(text, ',', acting, w) >= 0) return null;
    }
    const at = skipSpaces(text, w + request, end);
    if (!bodyAt(text, at, english)) continue;
    const ownerEnd = phraseEnd(text, at, end, english);
    return { owner: ownerSpan(text, at, ownerEnd), end: ownerEnd };
  }
  return null;
}

/** Where the phrase of a body that opens the clause as its subject ends, or -1 (none, or a topic). */
function actingSubjectEnd(text: string, from: number, end: number): number {
  if (afterTopic(text, from) || !bodyAt(text, from, false)) return -1;
  return phraseEnd(text, from, end, false);
}

/**
 * The owners a list's introduction asks ("Sở Nội vụ đề nghị các cơ quan, đơn vị:"), for its items
 * that name none. Only a body after a request word counts: the introduction's subject is the one
 * asking.
 */
export function ownersOfListIntroduction(text: string, intro: Span, english: boolean): Span[] {
  const owner =
    bodyAfterRequest(text, intro.start, intro.end, english)?.owner ?? subjectBeforeModal(text, intro, english);
  return owner ? splitOwners(text, owner, english) : [];
}

/**
 * "Enterprises must:", "Các sở, ngành cần:", "Employers should complete the following steps:": a
 * body that opens an introduction ending in a modal (and what it announces).
 */
function subjectBeforeModal(text: string, intro: Span, english: boolean): Span | null {
  if (english) {
    const checklist = checklistOwner(text, intro);
    if (checklist) return checklist;
  }
  // The modal ends the introduction: test its last words only (a long run of blanks stays cheap).
  const tailFrom = Math.max(0, intro.text.length - 40);
  const modal = INTRO_MODAL_RE.exec(intro.text.slice(tailFrom));
  if (!modal) return null;
  const from = skipFrames(text, intro.start, intro.end);
  if (!bodyAt(text, from, english)) return null;
  return ownerSpan(text, from, intro.start + tailFrom + modal.index);
}
/**
 * English checklist headings over items in the imperative: "What employers should do:", "Action
 * items for importers:" ("Key obligations for businesses:" heads items with subjects and
 * passives of their own, and is not one). Only a short heading is read.
 */
const CHECKLIST_HEADING_RE =
  /^(?:what\s+(?<asked>.{2,60}?)\s+(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|are\s+required\s+to)\s+do|(?:next\s+)?(?:steps|tasks|actions|action\s+items|to-dos)\s+for\s+(?<listed>.{2,60}))$/di;

function checklistOwner(text: string, intro: Span): Span | null {
  if (intro.text.length > 90) return null;
  const m = CHECKLIST_HEADING_RE.exec(intro.text.trim());
  const at = m?.indices?.groups?.asked ?? m?.indices?.groups?.listed;
  if (!m || !at) return null;
  const lead = intro.text.length - intro.text.trimStart().length;
  const owner = trimSpan(text, intro.start + lead + at[0], intro.start + lead + at[1]);
  return owner && headedByBodyEn(owner.text) ? owner : null;
}

const INTRO_MODAL_RE =
  /\s+(?:must|shall|should|will|to|(?:is|are)\s+required\s+to|(?:has|have|need|needs)\s+to|cần|phải|có\s+trách\s+nhiệm)(?:\s+(?:complete|take|carry\s+out|follow|do)\s+the\s+following(?:\s+(?:steps|actions|tasks|obligations))?)?\s*$/iu;

/**
 * A request word closing a subject: "Thủ tướng yêu cầu", "UBND tỉnh đề nghị"; in lower case, so a
 * name ("Ban Chỉ đạo") is no request.
 */
const REQUEST_TAIL_RE = /(?:^|\s)(?<![Bb]an\s)(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|đôn\s+đốc)\s*$/u;

/** "Đơn vị đề nghị", "Tổ chức, cá nhân đề nghị cấp phép": the applicant, named by its request. */
const APPLICANT_RE = /(?:^|\s)(?:đơn\s+vị|cơ\s+quan|tổ\s+chức|cá\s+nhân|người|bên)\s+đề\s+nghị\s*$/iu;

/** Owner and task from a predicate (the clause without cue and date), `start`..`end`. */
export function splitPredicate(text: string, start: number, end: number, english: boolean): TaskReading {
  const from = skipFrames(text, start, end);
  if (from >= end) return { task: null, owners: [] };
  const requested = bodyAfterRequest(text, from, end, english);
  let owner: Span | null = requested?.owner ?? null;
  let taskStart = requested?.end ?? from;
  // "Đối với học sinh, sinh viên, các trường học hoàn thành …": after a topic, the body a verb
  // follows is the subject; the topic names whom the task concerns.
  const topic = !owner && !english && afterTopic(text, from);
  // "Đối với các đơn vị chậm đóng, BHXH tỉnh yêu cầu nộp …", "Đối với chủ xe là …, đề nghị chủ động
  // làm …": a request that names nobody after it asks the topic.
  const asked = topic ? topicAsked(text, from, end) : null;
  if (asked) [owner, taskStart] = asked;
  // "… phải được Hội đồng Thi đua cấp xã xét, thông qua": the agent of a passive acts.
  if (!owner && !english) {
    const agent = passiveAgent(text, from, end);
    if (agent) [owner, taskStart] = agent;
  }
  if (topic && !owner) {
    // "Đối với lĩnh vực y tế, giáo dục: Sở Y tế, Sở Giáo dục và Đào tạo chỉ đạo …": after the topic's
    // colon stands the subject.
    const afterColon = subjectAfterColon(text, from, end);
    if (afterColon) [owner, taskStart] = afterColon;
  }
  if (topic && !owner && /^\s*:/.test(text.slice(end, end + 4)) && indexWithin(text, ':', from, end) < 0) {
    // "- Đối với tổ chức, cá nhân trả thu nhập: chậm nhất là ngày …": a topic with nothing but its
    // colon before the cue is whom the date binds, whole.
    owner = bodyAt(text, from, english) ? ownerSpan(text, from, end) : null;
    if (owner) taskStart = end;
  }
  if (topic && !owner) {
    let subject = ownerAfterComma(text, from, end);
    // The topic may be a list itself: the subject is the last body before the verb. A name in
    // capitals opens the subject itself ("…, UBND các xã, phường chủ trì …": one owner).
    const named = subject !== null && isCapitalAt(text, subject[0].start);
    const lastComma = subject && !named ? lastIndexWithin(text, ',', subject[0].end, subject[0].start) : -1;
    if (subject && lastComma > subject[0].start) subject = ownerAfterComma(text, lastComma, end) ?? subject;
    if (subject) [owner, taskStart] = subject;
  }
  if (!owner) {
    // Both readings need a body at the start: test that before the costlier passive pattern.
    const body = bodyAt(text, from, english);
    const passive = body ? passiveRequestRe().exec(text.slice(from, end)) : null;
    // "UBND các tỉnh được giao là chủ đầu tư gồm: …" describes the body; it is no passive request.
    const described =
      passive &&
      (/^\s+(?:là|làm)\s/iu.test(text.slice(from + passive.index + passive[0].length)) ||
        // "theo chức năng, nhiệm vụ được giao": the duties assigned, no passive request.
        /nhiệm\s+vụ\s*$/iu.test(text.slice(from, from + passive.index)));
    // "Tổ chức chưa đăng ký … phải hoàn thành đăng ký": organisations narrowed by what they have
    // not done, then the modal: a subject, though "tổ chức" also reads as a verb.
    const organised = body && !english ? organisationSubjectEnd(text, from, end) : -1;
    if (passive && !described) {
      owner = ownerSpan(text, from, from + passive.index);
      taskStart = from + passive.index + passive[0].length;
    } else if (body && organised > from) {
      owner = ownerSpan(text, from, organised);
      taskStart = organised;
    } else if (body && !verbAt(text, from, english, true)) {
      const ownerEnd = phraseEnd(text, from, end, english);
      // "Thủ tướng yêu cầu sửa chữa xong …": a requester whose request names nobody is no owner.
      const requester =
        !english &&
        REQUEST_TAIL_RE.test(text.slice(Math.max(from, ownerEnd - 16), ownerEnd)) &&
        !APPLICANT_RE.test(text.slice(Math.max(from, ownerEnd - 30), ownerEnd));
      if (requester) taskStart = ownerEnd;
      else if (ownerEnd < end && !PURPOSE_AT_RE.test(text.slice(ownerEnd, ownerEnd + 4))) {
        owner = ownerSpan(text, from, ownerEnd);
        taskStart = ownerEnd;
      } else if (!english && end - from <= BARE_OWNER_MAX) {
        // "Trước ngày 30/5, Bộ Nội vụ" with nothing after: the body is named, the task is not.
        return { task: null, owners: splitOwners(text, ownerSpan(text, from, end) as Span, english) };
      }
    }
  }
  // "- Rà soát, lập danh sách …, hội viên giới thiệu cho chi bộ …": a list item that opens with
  // its verb states no subject; a body after a comma in it belongs to its object.
  // "2. Điều chỉnh, hủy học phần: sinh viên hoàn tất việc …": an item's short label, then the
  // sentence with its own subject.
  const before = text.slice(Math.max(0, from - 10), from);
  const item = LIST_MARKER_BEFORE_RE.test(before);
  if (!owner && !english && item) {
    const labelled = subjectAfterColon(text, from, end, ITEM_LABEL_MAX);
    if (labelled) [owner, taskStart] = labelled;
  }
  // So does a clause after a semicolon that opens with its verb ("…; hoàn thành rà soát danh sách hộ
  // nghèo, hộ cận nghèo cần hỗ trợ trước …": the households are the object, not the subject).
  const imperativeItem = (item || /;\s*$/.test(before)) && verbAt(text, from, english, true);
  if (!owner && !english && !imperativeItem) {
    // "Việc kiểm điểm tập thể, cá nhân …", "Đại hội đảng bộ cơ sở, chi bộ cơ sở hoàn thành …": a
    // comma inside an activity or an event that is the subject lists its parts, not who acts.
    const activity = activityAt(text, from);
    const found = ownerOfSubject(text, from, end) ?? (activity ? null : ownerAfterComma(text, from, end));
    // "Các lớp do Ban Tuyên giáo tổ chức hoàn thành trong tháng 12": the agent's verb belongs to the
    // subject; what completes is the subject's noun.
    if (found?.[2] && endsBare(text, found[1], end))
      return { task: found[2], owners: splitOwners(text, found[0], english) };
    if (found) [owner, taskStart] = found;
  }
  // Lead words, "chủ trì, phối hợp với …," and modals stand between the owner and the task's verb;
  // after a labelling colon, frames too ("Sở Xây dựng: trên cơ sở …, tổng hợp …").
  let i = skipSpaces(text, taskStart, end);
  if (owner && text[i] === ':') i = skipFrames(text, i + 1, end);
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
  // "…, thời hạn nộp hồ sơ chậm nhất là …": the deadline noun is the cue's, the task is its verb.
  const deadlineNoun = english ? null : DEADLINE_NOUN_AFTER_RE.exec(text.slice(i, i + 14));
  if (deadlineNoun && verbAt(text, skipSpaces(text, i + deadlineNoun[0].length, end), english, false))
    i = skipSpaces(text, i + deadlineNoun[0].length, end);
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
export function endsBare(text: string, start: number, end: number): boolean {
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
  // "Hạn cuối đăng ký dự tuyển: 17 giờ ngày …": a label that states the task its clause does not.
  // "…; hạn cuối nộp hồ sơ: 17h00 ngày …": a label that states what is due says it more exactly
  // than the clause before it.
  const qualified = english ? null : qualifiedLabelTask(text, date.start);
  const says = qualified && !GENERIC_LABEL_TASK_RE.test(qualified.text) ? qualified : null;
  // A heading above the items only fills in for an item that states no task of its own.
  const labelled = qualified ?? (task || english ? null : headingLabelTask(text, date.start));
  // A clause that names no owner may have it named around it: in brackets, or after a purpose.
  const around = owners.length > 0 || english ? null : ownerNamedAround(text, date.end, task);
  if (around) return { task: says ?? around.task ?? labelled, owners: [around.owner] };
  return { task: says ?? afterScheduledConjunct(text, withoutMove(text, task), english) ?? labelled, owners };
}

/** A label's words that name no task of their own: "Thời hạn hoàn thành:", "Thời gian thực hiện:". */
const GENERIC_LABEL_TASK_RE =
  /^(?:hoàn\s+thành|hoàn\s+tất|thực\s+hiện|xong|triển\s+khai)(?:\s+(?:nhiệm\s+vụ|công\s+việc|kế\s+hoạch))?$|^\S+$/iu;

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
  // Only a chain that names a body at its start (or after its heading: "5. Chế độ báo cáo: Các
  // đơn vị gửi …") or after a request word can lend an owner.
  const named =
    bodyAt(text, chainStart, english) || bodyAt(text, afterHeading(text, chainStart, previousDateEnd), english);
  if (!named && !REQUEST_HINT_RE.test(text.slice(chainStart, previousDateEnd)))
    return { task, owners: english ? [] : ownersBeforeSemicolon(text, earlierClause, previousDateEnd, date.start) };
  // "Bộ Chính trị yêu cầu các đơn vị … từ ngày 1/7, phấn đấu hoàn thành trước 15/7": the chain's
  // owner is named before the earlier date.
  const chain = splitPredicate(text, reading.cutFrom, previousDateEnd, english);
  return { task, owners: chain.owners };
}

/**
 * "Sở Tài chính đẩy nhanh thẩm tra …; đối với các dự án đã nộp đủ hồ sơ trước ngày 30/6, hoàn
 * thành phê duyệt … trong tháng 10": the clauses after the semicolon name no body, so the body
 * that opens the clause before it acts in them too.
 */
function ownersBeforeSemicolon(text: string, clause: number, previousDateEnd: number, dateStart: number): Span[] {
  if (text[clause - 1] !== ';') return [];
  // A clause that opens with a subject of its own ("…, hồ sơ quyết toán được gửi trước …") shares no
  // body; one that opens with its verb or its cue ("… và gửi báo cáo năm trước …", "… và trước ngày …") does.
  const comma = indexWithin(text, ',', previousDateEnd, dateStart);
  let at = skipSpaces(text, comma >= 0 ? comma + 1 : previousDateEnd, dateStart);
  at += testAt(JOINING_WORD_RE, text, at);
  if (!verbAt(text, at, false, true) && cueStartOf(text, at, dateStart).cueStart > at) return [];
  const before = clauseStart(text, clause - 1, SENTENCE_BACK, true);
  const start = skipFrames(text, before, clause - 1);
  return bodyAt(text, start, false) ? splitPredicate(text, before, clause - 1, false).owners : [];
}

const JOINING_WORD_RE = /(?:và|rồi|đồng\s+thời)\s+/iuy;

/** How long a heading before its colon may be ("Chế độ báo cáo:", "Về tiến độ:"). */
const HEADING_MAX = 40;

/** Where the words after a short heading and its colon start, or `from` when there is none. */
function afterHeading(text: string, from: number, end: number): number {
  const colon = indexWithin(text, ':', from, Math.min(end, from + HEADING_MAX));
  return colon < 0 ? from : skipSpaces(text, colon + 1, end);
}

function readClause(
  text: string,
  date: { start: number; end: number },
  english: boolean,
  previousDateEnd: number,
): TaskReading & { cutFrom?: number } {
  const predicate = predicateOf(text, date, previousDateEnd, english);
  if (!predicate) return { task: null, owners: [] };
  const request = english ? -1 : requestAtEnd(text, predicate.start, predicate.end);
  if (request >= 0) return readAfterRequest(text, date, predicate.start, request);
  const { task, owners } = splitPredicate(text, predicate.start, predicate.end, english);
  // When the clause before the date states no task, or ends in "phấn đấu" ("phấn đấu đến ngày 30/9
  // giải ngân đạt …", "Văn phòng … đến tháng 9/2027 phải hoàn thành số hóa …"): the verb follows the
  // date, and the task with it.
  const after = english || (task && !URGE_END_RE.test(task.text)) ? null : taskAfterDate(text, date.end);
  return { task: after ?? task, owners, cutFrom: predicate.cutFrom };
}

/** A task that ends in an urging or planning word ("…, phấn đấu", "… dự kiến") waits for its verb after the date. */
const URGE_END_RE = /(?:^|\s)(?:phấn\s+đấu|dự\s+kiến)$/iu;
const MODALS_AFTER_DATE_RE = /^[ \t]*,?[ \t]*(?:(?:thì|phải|cần|sẽ|phấn\s+đấu)[ \t]+)*/iu;

/** The task that starts with a verb right after the date (modals skipped), or null. */
function taskAfterDate(text: string, dateEnd: number): Span | null {
  const lead = MODALS_AFTER_DATE_RE.exec(text.slice(dateEnd, dateEnd + 40));
  const at = dateEnd + (lead ? lead[0].length : 0);
  if (!verbAt(text, at, false, false)) return null;
  const { start, end } = forwardPredicate(text, at);
  return finishTask(text, start, end);
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
    if (REQUEST_SET.matchAt(text, w, e) === e - w && !isNotRequestAt(text, w)) return w;
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
