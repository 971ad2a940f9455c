/**
 * The owner of a deadline: the body phrase after a request word or at the subject, its end, and
 * its split into one owner per body ("gồm: A, B và C"). Supporting bodies ("phối hợp với …") and
 * recipients ("gửi … về …") are never owners; when the clause names no body, there is none.
 */

import { ISSUERS } from '../tables/issuers';
import type { Span } from '../types';
import { skipFrames } from './frames';
import { alternation, PhraseSet } from './phrases';
import { indexWithin, isJsSpace, isLetterAt, lastMatchBefore, nextWord, trimSpan } from './text-walk';
import {
  bodyAt,
  duocAt,
  headedByBodyEn,
  headOfPhraseEn,
  isBodyNounEn,
  isCapitalAt,
  LEADING_ARTICLE_EN_RE,
  verbAt,
} from './word-classes';
import {
  ASPECT_SET,
  BODY_DETERMINERS_SET,
  BODY_HEADS_SET,
  COMPLETION_SET,
  DEADLINE_NOUN_RE,
  FUNCTION_NAMED_HEADS_SET,
  GENERIC_ACTORS_SET,
  LEAD_WORDS_SET,
  LIST_MARKER,
  MODIFIER_OPENERS_SET,
  NAME_CLOSING_LEVELS_SET,
  NOT_MODIFIER_SET,
  NOT_NAME_LEVEL_BEFORE_SET,
  NOUN_LIKE_VERBS_SET,
  OBLIGATION_MODALS_SET,
  RELATIVE_REQUEST_SET,
  REMIT_PHRASE_RE,
  REQUEST_SET,
  TASK_VERBS_VI_SET,
} from './words';

/** Any request word at all (cheap test before the word-by-word reading). */
export const REQUEST_HINT_RE =
  /giao|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|phân\s+công|request|requir|ask|direct|urge|instruct|task|assign/i;
/** "Theo yêu cầu của …", "ý kiến chỉ đạo của …": the body after "của" asked; it does not act. */
const REQUESTER_BEFORE_RE = /(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|ý\s+kiến|kết\s+luận|theo)\s*$/iu;
const OF_BODY_RE = /\s(?:của|do)\s+/iu;
/** Words after which a Vietnamese body's name has ended: "… nhà nước đến nay chưa có …", "… có công văn". */
export const OWNER_STOP_SET = new PhraseSet([
  'để',
  'đến nay',
  'hiện nay',
  'đã',
  'chưa',
  'vẫn',
  'có',
  'không',
  'đang',
  'thì',
]);

/**
 * The end of the noun phrase that starts at `pos`: the first lower-case verb or lead word after it.
 * A description after "được … giao" ("các đơn vị được Bộ giao phụ trách lĩnh vực,") belongs to the
 * phrase up to its comma, or to the end of its member list ("… gồm: A, B và C").
 */
export function phraseEnd(text: string, pos: number, end: number, english: boolean, modifiers = true): number {
  // A head of several words ("Tổ bầu cử", "các điểm tiêm") is read whole: its words are no verbs.
  let i = nextWord(text, english ? pos : headEnd(text, pos, end), end);
  let relative = false;
  let members = false;
  while (i < end) {
    if (text[i - 1] === '(' || text[i - 2] === '(') {
      // An illustrative parenthesis ("(VNPT, Viettel, …)") belongs to the phrase, whatever it holds.
      const close = indexWithin(text, ')', i, end);
      if (close > 0 && close < end) i = nextWord(text, close, end);
    }
    // "- Sở Xây dựng: trên cơ sở …, tổng hợp …": a body that labels its item ends at the colon
    // (a member list after "gồm:" goes on).
    if (!english && !relative && text[i - 2] === ':' && labellingColon(text, i)) return i - 2;
    // "Đối với doanh nghiệp, thời hạn nộp …": a deadline noun after a comma opens the clause.
    if (!english && text[i - 2] === ',' && DEADLINE_NOUN_RE.test(text.slice(i, i + 12))) return i - 2;
    if (relative && !members) {
      const comma = indexWithin(text, ',', i - 3, i);
      if (comma >= 0) return comma;
      members = text[i - 2] === ':' || /^(?:bao\s+)?gồm\b/iu.test(text.slice(i, i + 8));
    }
    if (!english && !relative) {
      const described = relativeAt(text, i, end);
      if (described > i) {
        relative = true;
        // "được Giám đốc giao theo dõi địa bàn": the verb after the request is what the body was
        // given, part of its description.
        const given = TASK_VERBS_VI_SET.matchAt(text, described, end);
        // "Các đơn vị được phân công gửi báo cáo … trước ngày …": with no comma to close a
        // description, the verb after the request is the clause's own, and the body ends before it.
        if (given && indexWithin(text, ',', described, end) < 0) return described;
        i = given ? nextWord(text, described + given - 1, end) : described;
        continue;
      }
    }
    if (!english && text.charCodeAt(i) === 116 /* t */ && REMIT_PHRASE_RE.test(text.slice(i, i + 24))) return i;
    if (!english && agentNounAt(text, pos, i)) {
      i = nextWord(text, i + Math.max(1, TASK_VERBS_VI_SET.matchAt(text, i, end)) - 1, end);
      continue;
    }
    if (verbAt(text, i, english, false) || (!english && OWNER_STOP_SET.matchAt(text, i, end) > 0)) {
      if (english) return i;
      const named = nameClosedByLevel(text, pos, i, end);
      if (named > i) return named;
      return modifiers ? modifierEnd(text, pos, i, end) : i;
    }
    i = nextWord(text, i, end);
  }
  return end;
}

/** The last character of the body head (after its determiner) at `pos`, or `pos` when none is there. */
function headEnd(text: string, pos: number, end: number): number {
  const determiner = BODY_DETERMINERS_SET.matchAt(text, pos, end);
  const at = determiner ? nextWord(text, pos + determiner - 1, end) : pos;
  const head = BODY_HEADS_SET.matchAt(text, at, end);
  return head > 1 ? at + head - 1 : pos;
}

/**
 * Whether the colon before the word at `next` ends a body that labels its item ("Sở Tài chính:
 * trên cơ sở …", "Sở Y tế: Chủ trì …"), not one that introduces its members ("Đảng ủy các xã: Gia
 * Viễn, Đại Hoàng" or "… gồm: …").
 */
function labellingColon(text: string, next: number): boolean {
  if (/gồm\s*:\s$/iu.test(text.slice(next - 8, next))) return false;
  // "Bộ trưởng các Bộ: Xây dựng, Tài chính, …": names after a plural of ministries or departments
  // are its members ("UBND các huyện: Khẩn trương …" labels its item).
  if (isCapitalAt(text, next) && MINISTRIES_BEFORE_COLON_RE.test(text.slice(Math.max(0, next - 24), next)))
    return false;
  // "các đơn vị: phòng Văn hóa, phòng Y tế …": lower-case members are bodies too.
  if (bodyAt(text, next, false) && !verbAt(text, next, false, true)) return false;
  const c = text[next] as string;
  return c === c.toLowerCase() || verbAt(text, next, false, true);
}

/** A plural of the bodies whose members are named by their field alone: "các Bộ:", "các Sở, ngành:". */
const MINISTRIES_BEFORE_COLON_RE = /(?:^|\s)(?:các|những)\s+(?:bộ|sở|ban|ngành)(?:,\s*(?:ban|ngành))*\s*:\s$/iu;

/** "Người nộp thuế", "người sử dụng lao động": after "người" opening the phrase, a verb names the person. */
function agentNounAt(text: string, phraseStart: number, pos: number): boolean {
  return pos - phraseStart <= 12 && /^(?:(?:các|những)\s+)?người\s+$/iu.test(text.slice(phraseStart, pos));
}

/** The most characters a function-named body's description runs before its level. */
const FUNCTION_NAME_MAX = 70;

/**
 * "Hội đồng bồi thường, hỗ trợ, tái định cư xã hoàn thành …", "Ban Chỉ đạo chuyển đổi số tỉnh
 * rà soát …": a body named by what it does goes on through lower-case words (its first one a verb)
 * to the level it serves, with that level's place name, when a task verb or a modal follows. `verb`
 * is where the plain phrase stopped; returns the name's end, or `verb` when it is no such name.
 */
function nameClosedByLevel(text: string, start: number, verb: number, end: number): number {
  const head = FUNCTION_NAMED_HEADS_SET.matchAt(text, start, end);
  if (!head || /\S/.test(text.slice(start + head, verb))) return verb;
  const limit = Math.min(end, verb + FUNCTION_NAME_MAX);
  let previous = start;
  for (let w = verb; w < limit; ) {
    if (isCapitalAt(text, w)) return verb;
    // "Hội đồng xét tuyển hoàn thành …", "Hội đồng kiểm tra, đánh giá thiệt hại của xã hoàn thành
    // …": the clause's own completion verb or modal right after the name's words closes it where no
    // level does; after a comma or "và" it is a second predicate ("Hội đồng tiếp nhận hồ sơ …, hoàn
    // thành …": the council's verb is its task).
    if (w > verb && (COMPLETION_SET.matchAt(text, w, limit) || OBLIGATION_MODALS_SET.matchAt(text, w, limit))) {
      const previousEnd = previous + wordLength(text, previous, limit);
      const closes = /^[ \t]+$/.test(text.slice(previousEnd, w)) && !/^và$/iu.test(text.slice(previous, previousEnd));
      return closes ? previousEnd : verb;
    }
    const level = NAME_CLOSING_LEVELS_SET.matchAt(text, w, limit);
    // "kiểm tra các xã", "trên địa bàn huyện": a level after these is a place the task is about.
    // (Read on: the clause's own completion verb may still close the name.)
    if (level && !NOT_NAME_LEVEL_BEFORE_SET.matchAt(text, previous, w)) return levelNameEnd(text, w + level, end, verb);
    const after = w + wordLength(text, w, limit);
    const next = nextWord(text, after, limit);
    if (!/^[\s,\-\u2013]*$/.test(text.slice(after, next))) return verb;
    previous = w;
    w = next;
  }
  return verb;
}

/** The end of a level and its place name ("xã Yên Lạc") when a task verb or a modal follows, else `fallback`. */
function levelNameEnd(text: string, levelEnd: number, end: number, fallback: number): number {
  let close = levelEnd;
  let next = nextWord(text, close, end);
  while (next < end && isCapitalAt(text, next) && /^[ \t]+$/.test(text.slice(close, next))) {
    close = next + wordLength(text, next, end);
    next = nextWord(text, close, end);
  }
  const spaced = next < end && /^[ \t]+$/.test(text.slice(close, next));
  const predicate = verbAt(text, next, false, false) || OBLIGATION_MODALS_SET.matchAt(text, next, end) > 0;
  return spaced && predicate ? close : fallback;
}

const THEN_RE = /^thì(?![\p{L}\p{M}])/iu;
const VIEC_RE = /^việc(?![\p{L}\p{M}])/iu;
/** The longest owner a restrictive modifier makes, in characters. */
const MODIFIER_OWNER_MAX = 90;
/** A phrase that opens its line, after a list marker and "Đối với" if any ("2. Đơn vị đóng … :"). */
const OPENS_LINE_RE = new RegExp(`(?:^|\\n)[ \\t]*(?:${LIST_MARKER}[ \\t]+)?(?:đối\\s+với\\s+)?$`, 'iu');

/**
 * "Người nộp thuế thuộc đối tượng được gia hạn gửi …", "Các doanh nghiệp có dự án chậm tiến độ
 * phải …", "Tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công nộp …": a generic body (no name
 * after its first word) narrowed by what it has or does. The modifier belongs to the owner, which
 * ends before the obligation's modal or, without one, before the next task verb; a line that
 * opens with it may end it with a colon ("2. Đơn vị đóng theo quý: đóng tiền …"). `stop` is where
 * the plain noun phrase ended; returns the owner's end, or `stop` when nothing narrows it.
 */
export function modifierEnd(text: string, start: number, stop: number, end: number): number {
  // Any other verb may open a modifier that a colon or a deadline noun closes ("Đơn vị nộp theo quý:").
  const listed = MODIFIER_OPENERS_SET.matchAt(text, stop, end);
  const opener = listed || (verbAt(text, stop, false, false) ? wordLength(text, stop, end) : 0);
  if (!opener || NOT_MODIFIER_SET.matchAt(text, stop, end) || !genericBody(text, start, stop)) return stop;
  const closedOnly = listed === 0;
  const limit = Math.min(end, start + MODIFIER_OWNER_MAX);
  let ownVerb = ASPECT_SET.matchAt(text, stop, end) > 0;
  let objectNext = false;
  let words = 0;
  let firstVerb = -1;
  let i = stop + opener;
  for (let next = nextWord(text, i, limit); next < limit; next = nextWord(text, i, limit)) {
    const gap = text.slice(i, next);
    if (/[;.()\n]/.test(gap)) break;
    if (gap.includes(':')) return OPENS_LINE_RE.test(text.slice(Math.max(0, start - 16), start)) ? i : stop;
    if (gap.includes(',')) {
      // "Đối với cá nhân trực tiếp quyết toán thuế, thời hạn nộp …": the deadline noun opens the clause.
      if (DEADLINE_NOUN_RE.test(text.slice(next, next + 12))) return i;
      if (verbAt(text, next, false, true) || bodyAt(text, next, false)) break;
    }
    // A request or a condition ("… thì phải …") starts a clause of its own.
    if (REQUEST_SET.matchAt(text, next, limit) || THEN_RE.test(text.slice(next, next + 4))) break;
    // A modal or a lead word ("tập trung", "khẩn trương") opens the obligation.
    const modal =
      words > 0 && !closedOnly
        ? OBLIGATION_MODALS_SET.matchAt(text, next, limit) || LEAD_WORDS_SET.matchAt(text, next, limit)
        : 0;
    if (modal) return next;
    const aspect = ASPECT_SET.matchAt(text, next, limit);
    const verb = aspect ? 0 : TASK_VERBS_VI_SET.matchAt(text, next, limit);
    const object = objectNext && NOUN_LIKE_VERBS_SET.matchAt(text, next, limit) > 0;
    if (verb && !ownVerb && !object && !closedOnly && words > 0 && firstVerb < 0 && verbAt(text, next, false, false))
      firstVerb = next;
    objectNext = verb > 0 && ownVerb;
    // "chưa hoàn thành việc sắp xếp": the verb after "việc" is the modifier's object.
    ownVerb = aspect > 0 || VIEC_RE.test(text.slice(next, next + 5));
    words++;
    i = next + Math.max(aspect, verb, wordLength(text, next, limit));
  }
  if (firstVerb >= 0) return firstVerb;
  // "- Đối với cá nhân trực tiếp quyết toán thuế: chậm nhất là ngày …": the label's colon ends the
  // clause the owner was read from.
  const labelled = limit === end && /^\s*:/u.test(text.slice(i, i + 4));
  return labelled && OPENS_LINE_RE.test(text.slice(Math.max(0, start - 16), start)) ? i : stop;
}

function wordLength(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isLetterAt(text, i)) i++;
  return i - pos;
}

/**
 * A body named by its kind, which a modifier can narrow: plural ("Thủ trưởng các đơn vị",
 * "Chủ tịch UBND các xã, phường", whatever its capitals), or a kind of actor with no capitalised word
 * after the first ("Người nộp thuế", "Đơn vị"). A single named body ("Công an tỉnh", "Sở Y tế") is
 * never narrowed.
 */
function genericBody(text: string, start: number, stop: number): boolean {
  if (stop <= start) return false;
  // "Chủ tịch UBND các xã, phường có rừng": a plural is generic whatever the capitals before it.
  if (PLURAL_RE.test(text.slice(start, stop))) return true;
  for (let i = nextWord(text, start, stop); i < stop; i = nextWord(text, i, stop)) {
    const c = text[i] as string;
    if (c !== c.toLowerCase()) return false;
  }
  return GENERIC_ACTORS_SET.matchAt(text, start, stop) > 0;
}
const PLURAL_RE = /(?:^|\s)(?:các|những|mọi|tất\s+cả)\s/iu;

/** "được giao", "được Bộ giao", "được UBND tỉnh phân công" at `pos`: the end of the request word, else -1. */
function relativeAt(text: string, pos: number, end: number): number {
  if (!duocAt(text, pos)) return -1;
  let w = nextWord(text, pos, end);
  for (let n = 0; n < 4 && w < end; n++) {
    const request = RELATIVE_REQUEST_SET.matchAt(text, w, end);
    if (request) return nextWord(text, w + request - 1, end);
    w = nextWord(text, w, end);
  }
  return -1;
}

/** Heads that stand alone for a body named in full before ("Sở có trách nhiệm: …" after "Sở Khoa học và Công nghệ"). */
const BARE_HEADS = ['Sở', 'Bộ', 'Cục', 'Vụ', 'Ban', 'Phòng', 'Chi cục', 'Trung tâm'];
/** Per bare head, where a full name with it starts: the head, then a capitalised word. */
const FULL_NAME_OF_HEAD: ReadonlyMap<string, RegExp> = new Map(
  BARE_HEADS.map((head) => [head, new RegExp(`(?<![\\p{L}\\p{M}])${head}\\s+(?=\\p{Lu})`, 'gu')]),
);
/** How far back the full name of a bare head ("Sở", "the ministry") may stand. */
export const FULL_NAME_BACK = 1_500;

/**
 * "Sở" alone as an owner: the last full name with that head before it ("Sở Khoa học và Công
 * nghệ"), read as any owner phrase is; the owner as it is when there is none.
 */
export function namedInFullVi(text: string, owner: Span): Span {
  const name = FULL_NAME_OF_HEAD.get(owner.text);
  if (!name) return owner;
  const last = lastMatchBefore(text, owner.start, FULL_NAME_BACK, name)?.start;
  if (last === undefined) return owner;
  const full = ownerSpan(text, last, phraseEnd(text, last, Math.min(text.length, last + 120), false));
  return full && full.text.length > owner.text.length ? full : owner;
}

/** The owner phrase without an illustrative parenthesis: "Các chủ công trình (VNPT, …)" → "Các chủ công trình". */
export function ownerSpan(text: string, start: number, end: number): Span | null {
  const open = indexWithin(text, '(', start, end);
  return trimSpan(text, start, open >= 0 && open < end ? open : end);
}

/** Splits a list of bodies at ", ", " và ", " and ", "; " where the next item names a body of its own. */
export function splitOwners(text: string, whole: Span, english: boolean): Span[] {
  // "chủ xe là cơ quan, tổ chức, doanh nghiệp": a list after "là" describes the head before it.
  if (!english && !bodyAt(text, whole.start, false) && /^[^,;]*\slà\s/u.test(whole.text)) return [whole];
  // "các địa phương gồm: Ninh Bình, Thanh Hóa, …", "the Departments: Health; Education and Training":
  // the named members are the owners, one each.
  const members = MEMBERS_RE.exec(whole.text);
  if (members) {
    const named = splitMembers(text, whole.start + members.index + members[0].length, whole.end, english);
    // "Investors of key projects, including the remaining sections of …": a body before a list
    // that holds no name is the owner; what it includes are examples, not members that act.
    // "…, including to a parent company, …" includes no members: a preposition follows.
    const noMembers = named.length === 0 || /^(?:to|in|at|on|for|from|with)\s/i.test((named[0] as Span).text);
    const head =
      english && (noMembers || !named.some(isBodyMemberEn))
        ? trimSpan(text, whole.start, whole.start + members.index)
        : null;
    if (!head || !headedByBodyEn(head.text)) return named;
    return [trimSpan(text, head.start, head.end - (head.text.endsWith(',') ? 1 : 0)) ?? head];
  }
  const span = whole;
  const headed = !/^(?:các|những)\s/iu.test(whole.text);
  const owners: Span[] = [];
  let itemStart = span.start;
  // English names hold "and" ("Ministry of Education and Training"): only commas split them.
  const sep = english ? /,\s*(?:and\s+)?|;\s*/gy : /,\s*(?:và\s+)?|;\s*|\s+và\s+/gy;
  for (let i = span.start; i < span.end; i++) {
    // Every separator opens with a comma, a semicolon or white space (English: " and ").
    const c = text.charCodeAt(i);
    if (english && c === 32 && ownersJoinedAt(text, itemStart, i, span.end, owners.length > 0)) {
      const item = trimSpan(text, itemStart, i);
      if (item) owners.push(item);
      itemStart = i + (AND_RE.exec(text.slice(i, i + 8)) as RegExpExecArray)[0].length;
      i = itemStart - 1;
      continue;
    }
    if (c !== 44 && c !== 59 && (english || !isJsSpace(c))) continue;
    sep.lastIndex = i;
    const m = sep.exec(text);
    if (!m || m[0].length === 0) continue;
    const next = i + m[0].length;
    const previousWord = text.slice(Math.max(itemStart, i - 6), i).toLowerCase();
    // "Sở, ban, ngành", "UBND các huyện, thị xã, thành phố": lower-case kinds of unit go on one owner.
    const following = text.slice(next, next + 20);
    // Kinds of unit go on after a comma; a semicolon always parts two owners.
    const agencies = c !== 59 && AGENCIES_AND_UNITS_RE.test(following) && /quan$/iu.test(previousWord);
    const collective =
      c !== 59 && (COLLECTIVE_NEXT_RE.test(following) || (headed && COMMITTEES_NEXT_RE.test(following)));
    // English: a new item is a name ("Ministry of Finance, Ministry of Health"); "Departments,
    // branches and sectors" is one collective owner.
    const named = english
      ? /^(?:the\s+)?[A-Z]/.test(text.slice(next, next + 6)) && !continuesNameOfEn(text, itemStart, i, next, span.end)
      : bodyAt(text, next, english);
    // "Văn phòng HĐND và UBND phường": one office serves both bodies.
    const officeOfBoth = c !== 44 && c !== 59 && OFFICE_OF_RE.test(text.slice(itemStart, i));
    if (named && !agencies && !officeOfBoth && !(collective && COLLECTIVE_BEFORE_RE.test(previousWord))) {
      const item = trimSpan(text, itemStart, i);
      if (item) owners.push(item);
      itemStart = next;
      i = next - 1;
    }
  }
  const last = trimSpan(text, itemStart, span.end);
  if (last) owners.push(last);
  return english ? owners.map((owner) => withoutArticle(text, owner)) : owners;
}

/** "… and the Ministry of Construction": a joined English owner without its article. */
function withoutArticle(text: string, owner: Span): Span {
  const article = LEADING_ARTICLE_EN_RE.exec(owner.text);
  if (!article) return owner;
  const start = owner.start + article[0].length;
  return { text: text.slice(start, owner.end), start, end: owner.end };
}

const AND_RE = /^\s+and\s+/;
/** An office named after one body ("Văn phòng HĐND", "Văn phòng Đoàn ĐBQH"): "và" names its second body. */
const OFFICE_OF_RE = /^\s*văn\s+phòng\s+\S+(?:\s+\S+)?\s*$/iu;
/** Bodies that act for themselves, joined to another body by "and": "Household businesses and individuals". */
const AGENT_NOUN_RE =
  /^(?:individuals|households|enterprises|businesses|start-?ups|organi[sz]ations|investors|citizens|employers|employees|taxpayers|people)\b/;

/**
 * English names hold "and" ("Ministry of Education and Training"); two bodies are joined by it
 * when what follows is another named body ("… and the State Bank"), a role of a body ("ministers
 * and chairpersons of …"), or a kind of actor after a phrase of its own ("Household businesses
 * and individuals"), or the last member of a list split at commas ("Hanoi, Hung Yen and Bac
 * Ninh"). A pair of bare collective nouns ("ministries and agencies") stays one owner.
 */
/**
 * "Department of Innovation, Green Transition and Industrial Promotion": after a name's "of", the
 * fields it lists in capitals, none of them a body, are still that name, not owners of their own.
 */
function continuesNameOfEn(text: string, itemStart: number, at: number, next: number, end: number): boolean {
  if (!/\s(?:of|for)\s+[A-Z]/.test(text.slice(itemStart, at))) return false;
  const rest = /^[^,;]*/.exec(text.slice(next, Math.min(end, next + 80)))?.[0] ?? '';
  const words = rest.split(/\s+/).filter((word) => word && word !== 'and' && word !== '&');
  return words.length > 0 && words.every((word) => /^[A-Z]/.test(word) && !isBodyNounEn(word));
}

function ownersJoinedAt(text: string, itemStart: number, at: number, end: number, listed: boolean): boolean {
  const and = AND_RE.exec(text.slice(at, at + 8));
  if (!and) return false;
  const next = text.slice(at + and[0].length, Math.min(end, at + and[0].length + 40));
  if (/^the\s+[A-Z]/.test(next) || /^[a-z][\w-]*\s+of\s/.test(next)) return true;
  // The last member of a list already split at commas: "Hanoi, Hung Yen and Bac Ninh".
  // Not inside a name ("…, the Ministry of Industry and Trade"): the member so far holds no "of".
  if (listed && /^[A-Z]/.test(next) && !/\s(?:of|for)\s/.test(text.slice(itemStart, at))) return true;
  return AGENT_NOUN_RE.test(next) && /\S\s+\S/.test(text.slice(itemStart, at).trim());
}

const COLLECTIVE_NEXT_RE =
  /^(?:ngành|thành\s+phố|thị\s+xã|thị\s+trấn|ban|đoàn\s+thể|quận|huyện|xã|phường|khối)(?![\p{L}\p{M}])/u;
/** "cơ quan, đơn vị": the fixed pair; after a named body "đơn vị …" is an owner of its own. */
const AGENCIES_AND_UNITS_RE = /^đơn\s+vị(?![\p{L}\p{M}])/u;
/**
 * "Ban Thường vụ các huyện ủy, thị ủy, thành ủy": committees listed after a head are one owner;
 * "Các huyện ủy, thị ủy, …" with no head names each committee, one owner each.
 */
const COMMITTEES_NEXT_RE = /^(?:huyện|thị|thành|quận|đảng)\s+(?:ủy|uỷ)(?![\p{L}\p{M}])/u;
/** "các huyện ủy, thị ủy, thành ủy", "cơ quan, đơn vị", "cụm, khối": one collective owner. */
const COLLECTIVE_BEFORE_RE = /(?:bộ|tỉnh|sở|ban|huyện|xã|phường|quận|ngành|ủy|uỷ|cụm|phố|trấn)$/iu;
const MEMBERS_RE = /(?:[\s\u2013\u2014](?:gồm|bao\s+gồm|including|includes|include)\s*:?|:)\s*/iu;

/**
 * An English member that is a body: a name ("the Ministry of Finance", "Hanoi") or a phrase headed
 * by a body ("the tax department"); a lower-case "section" is a stretch of road, not a body.
 */
function isBodyMemberEn(member: Span): boolean {
  if (/^(?:the\s+)?\p{Lu}/u.test(member.text)) return true;
  return headedByBodyEn(member.text) && !/^sections?$/i.test(headOfPhraseEn(member.text));
}

/** Members of a list, one owner each: split at commas, semicolons and a final "và"/"and". */
export function splitMembers(text: string, start: number, end: number, english: boolean): Span[] {
  const owners: Span[] = [];
  const sep = english ? /\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+(?=[A-Z][^,;]*$))/gu : /\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)/gu;
  const body = text.slice(start, end);
  let from = 0;
  for (let m = sep.exec(body); m; m = sep.exec(body)) {
    // "Bộ trưởng các Bộ: Xây dựng, Nông nghiệp và Môi trường": a ministry's name holds "và" or a comma.
    if (!english) {
      JOINED_NAME_RE.lastIndex = from;
      const name = JOINED_NAME_RE.exec(body);
      if (name && m.index < from + name[0].length) {
        sep.lastIndex = from + name[0].length;
        continue;
      }
    }
    const item = trimSpan(text, start + from, start + m.index);
    if (item) owners.push(item);
    from = m.index + m[0].length;
  }
  const last = trimSpan(text, start + from, end);
  if (last) owners.push(last);
  return owners;
}

/**
 * Names of ministries and departments that hold "và" or a comma, without their head ("Nông nghiệp
 * và Môi trường", "Văn hóa, Thể thao và Du lịch"), from the issuer table: read whole as members.
 */
const JOINED_NAME_RE = new RegExp(
  `${alternation(
    Object.values(ISSUERS)
      .map((issuer) =>
        issuer.vi
          .replace(/^(?:Bộ|Sở)\s+/u, '')
          .replace(/\s*[\u2013\u2014-]\s*/gu, ' - ')
          .toLowerCase(),
      )
      .filter((name) => /\svà\s|,/u.test(name)),
    // alternation() writes each space as \s+: a dash between words may stand with or without them.
  ).replaceAll('\\s+-\\s+', '\\s*[\\u2013\\u2014-]\\s*')}(?![\\p{L}\\p{M}])`,
  'iuy',
);

/** A predicate that is only a completion verb ("xong", "phải hoàn thành"), up to the cue. */
const BARE_COMPLETION_RE = /^\s*(?:(?:sẽ|phải|cần|được|đã)\s+)*(?:hoàn\s+thành|hoàn\s+tất|xong|kết\s+thúc)[\s,;:.]*$/iu;

/** A passive right at the verb: "phải được", "cần được", "được". */
const PASSIVE_AT_RE = /^(?:(?:phải|cần|sẽ)\s+)?được\s/iu;
/** The agent's verb (a word or two) and a passive obligation after it: "cấp phải được nộp". */
const PASSIVE_AFTER_AGENT_RE = /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s+(?:phải|cần|sẽ)\s+được\s/iu;

/** Words that open a frame before the subject: "Theo …,", "Căn cứ …,", "Để …,". */
const FRAME_WORD_RE = /(?:^|[^\p{L}\p{M}])(?:theo|căn\s+cứ|để|trên\s+cơ\s+sở|đối\s+với)\s[^,]*,/iu;
/** How far into a predicate an owner after a comma or a "của" is looked for. */
const SUBJECT_WINDOW = 240;

/**
 * "Nội dung chuẩn bị của các cơ quan gửi về …": the body the subject belongs to acts, when the
 * subject is a noun (not a verb) and a verb follows the body. "Theo yêu cầu của Chính phủ, …" names
 * the requester: a comma before "của" rules it out.
 */
export function ownerOfSubject(text: string, from: number, end: number): [Span, number, Span | null] | null {
  if (verbAt(text, from, false, true)) return null;
  const stop = Math.min(end, from + SUBJECT_WINDOW);
  const of = OF_BODY_RE.exec(text.slice(from, stop));
  if (!of) return null;
  const before = text.slice(from, from + of.index);
  // "do" names the agent, which may be a list: "Hội nghị do các quận, huyện, thị ủy tổ chức …".
  const agent = /^\s*do\s/iu.test(of[0]);
  // A comma before "của" ends a frame; before "do" it may stand inside the activity ("Việc rà soát,
  // cập nhật … do Trường Chính trị tỉnh chủ trì"), unless a frame opens the clause.
  // ", do Công ty … thiếu nhân lực, …" is a cause ("because"), not an agent.
  const framed = agent ? FRAME_WORD_RE.test(before) || /,\s*$/.test(before) : before.includes(',');
  if (framed || REQUESTER_BEFORE_RE.test(before)) return null;
  const at = from + of.index + of[0].length;
  if (!bodyAt(text, at, false)) return null;
  const verb = phraseEnd(text, at, end, false);
  const owner = verb < end && verbAt(text, verb, false, false) ? ownerSpan(text, at, verb) : null;
  if (!owner || (!agent && owner.text.includes(',')) || !rightBefore(text, owner, verb)) return null;
  // "việc đánh giá mức độ hài lòng của người dân xong trước …": before a bare completion the noun
  // is the task and the body after "của" belongs to it; nobody is named as acting.
  if (!agent && BARE_COMPLETION_RE.test(text.slice(verb, end))) return null;
  // "Kết quả phê duyệt của huyện phải được báo cáo UBND tỉnh …": the noun is acted on, by nobody named.
  if (!agent && PASSIVE_AT_RE.test(text.slice(verb, Math.min(end, verb + 20)))) return null;
  // "Giấy chứng nhận do Sở Y tế cấp phải được nộp …": the agent made the noun; someone else must act.
  if (agent && PASSIVE_AFTER_AGENT_RE.test(text.slice(verb, Math.min(end, verb + 40)))) return null;
  // "Các lớp do Ban Tuyên giáo tổ chức …": the noun the agent acts on, for a bare completion after it.
  const noun = agent ? trimSpan(text, from, from + of.index) : null;
  return [owner, verb, noun];
}

/**
 * "…, theo Kế hoạch, UBND cấp tỉnh lập hồ sơ …", "Căn cứ chức năng, …, Bộ, ngành Trung ương chủ
 * động đề xuất …": the first body after a comma that a verb follows is the subject. Not after
 * "phối hợp với", "gửi", "về", "cho", "của", "do" (supporting bodies, recipients and a body's own
 * list go on after a comma: "kết quả của các xã, phường báo cáo …").
 */
export function ownerAfterComma(text: string, from: number, end: number): [Span, number] | null {
  const stop = Math.min(end, from + SUBJECT_WINDOW);
  for (let c = indexWithin(text, ',', from, stop); c >= 0; c = indexWithin(text, ',', c + 1, stop)) {
    const at = skipFrames(text, c + 1, end);
    if (RECIPIENT_BEFORE_RE.test(text.slice(Math.max(from, c - 40), c))) continue;
    // A subject is short: its verb is looked for only just past the longest one.
    const subject = subjectAt(text, at, end, SUBJECT_PHRASE_MAX + 24);
    if (subject && subject[1] - at <= SUBJECT_PHRASE_MAX && rightBefore(text, subject[0], subject[1])) return subject;
  }
  return null;
}

/**
 * The subject at `at` when a verb follows it before `end`: a body (not a verb) read to its end by
 * phraseEnd, at most `reach` characters. Its owner span and where the verb starts, or null.
 */
export function subjectAt(text: string, at: number, end: number, reach = end - at): [Span, number] | null {
  if (at >= end || !bodyAt(text, at, false) || verbAt(text, at, false, true)) return null;
  const verb = phraseEnd(text, at, Math.min(end, at + reach), false);
  if (verb >= end || !verbAt(text, verb, false, false)) return null;
  const owner = ownerSpan(text, at, verb);
  return owner ? [owner, verb] : null;
}
const SUBJECT_PHRASE_MAX = 60;
/** A subject stands right before its verb: no comma or quote between ("… của Chính phủ\", hoàn thành"). */
const rightBefore = (text: string, owner: Span, verb: number) => /^\s*$/.test(text.slice(owner.end, verb));
const RECIPIENT_BEFORE_RE = /(?:phối\s+hợp|với|gửi|về|cho|tới|đến|của|do|tại)\s[^,]*$/iu;
