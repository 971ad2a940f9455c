/**
 * What kind of word starts at a position: a task verb or lead word, a body that can own a task, a
 * supporting "phối hợp". Names are capitalised and verbs are not, which several tests rely on.
 */
import { TRINH_NOUN_HEADS } from '../tables/deadline-words';
import { BODY_NOUNS_EN, SUPPORT_PHRASES } from '../tables/task-words';
import { alternation } from './phrases';
import { isLetterAt, skipSpaces, testAt } from './text-walk';
import {
  ADDRESSED_KINDS_SET,
  BODY_DETERMINERS_SET,
  BODY_HEADS_SET,
  EVENT_NOUNS_SET,
  LEAD_WORDS_SET,
  LEVEL_SET,
  NOT_BODY_SET,
  TASK_VERBS_EN_SET,
  TASK_VERBS_VI_SET,
} from './words';

/** Whether the word at `pos` is "được" (only "đ"/"Đ" can open it: other words are turned down unsliced). */
export function duocAt(text: string, pos: number): boolean {
  const first = text.charCodeAt(pos);
  return (first === 0x111 || first === 0x110) && /^được\s/iu.test(text.slice(pos, pos + 6));
}

/** "phối hợp với …" after "chủ trì": a supporting body, skipped up to the next task verb. */
const SUPPORT_RE = new RegExp(alternation(SUPPORT_PHRASES), 'iuy');
/** The letters a support phrase can open with, lower case: it is tried at every word, and most are turned down by it. */
const SUPPORT_OPENERS = new Set(SUPPORT_PHRASES.map((phrase) => phrase.charCodeAt(0)));
/** SUPPORT_RE at `pos`. */
export function supportAt(text: string, pos: number): number {
  const c = text.charCodeAt(pos) | 0x20; // ASCII lower case (other units never equal these)
  return SUPPORT_OPENERS.has(c) ? testAt(SUPPORT_RE, text, pos) : 0;
}

/** Whether the character at `pos` changes when lowered (ASCII answered without building a string). */
export function isCapitalAt(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text[pos] ?? '';
  return first !== first.toLowerCase();
}

/** A verb (or a lead word) starting a lower-case word at `pos`: names are capitalised, verbs are not. */
export function verbAt(text: string, pos: number, english: boolean, allowCapital: boolean): boolean {
  if (!allowCapital && isCapitalAt(text, pos)) return false;
  if (!english && (levelAt(text, pos) || nounTailAt(text, pos) || organisationsAt(text, pos) || leadUnitAt(text, pos)))
    return false;
  const verbLength = (english ? TASK_VERBS_EN_SET : TASK_VERBS_VI_SET).matchAt(text, pos);
  // "Thanh tra tỉnh kiểm tra …": a body's name of several words that opens with a verb is the body
  // (a name, capitalised: "… thanh tra Sở Tài chính" is the verb and its object).
  if (!english && verbLength > 0 && isCapitalAt(text, pos) && BODY_HEADS_SET.matchAt(text, pos) > verbLength)
    return false;
  const verb = verbLength > 0 || LEAD_WORDS_SET.matchAt(text, pos) > 0 || supportAt(text, pos) > 0;
  return verb && (english || (!tailOfCapitalVerb(text, pos) && !insideCapitalHead(text, pos)));
}

/** "bầu", "cử" in "các Ban bầu cử": a word inside a body's capitalised name of several words is no verb. */
function insideCapitalHead(text: string, pos: number): boolean {
  let w = pos;
  // The name opens at most two words back ("Ban bầu cử", "Ủy ban bầu cử").
  for (let n = 0; n < 3; n++) {
    let s = w;
    while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 0xa0)) s--;
    if (s === w || s === 0) return false;
    w = s;
    while (w > 0 && s - w < FIRST_WORD_MAX && isLetterAt(text, w - 1)) w--;
    if (w === s) return false;
    if (isCapitalAt(text, w)) return BODY_HEADS_SET.matchAt(text, w) > pos - w;
  }
  return false;
}

/**
 * "ký" in "Văn phòng Đăng ký đất đai": the second word of a verb whose first word is capitalised
 * is part of a name ("Đăng ký" opens the name's own words), not the task's verb.
 */
const FIRST_WORD_MAX = 8;
function tailOfCapitalVerb(text: string, pos: number): boolean {
  let s = pos;
  while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 0xa0)) s--;
  if (s === pos || s === 0) return false;
  // The first word of a two-word verb is short: look back no further than the longest one.
  let w = s;
  while (w > 0 && s - w < FIRST_WORD_MAX && isLetterAt(text, w - 1)) w--;
  if (w === s || !isCapitalAt(text, w)) return false;
  return TASK_VERBS_VI_SET.matchAt(text, w) > pos - w;
}

/**
 * "Các đơn vị chủ trì gửi báo cáo …", "Cơ quan chủ trì soạn thảo gửi hồ sơ …": "chủ trì" (and the
 * duty it names) after "đơn vị" or "cơ quan" that opens a subject, before the verb that follows,
 * names the lead units, as a table's "Cơ quan chủ trì" column does. "Sở Tài chính là cơ quan chủ trì
 * thẩm định" keeps its verb: there the unit is what the subject is.
 */
const LEAD_UNIT_RE = /^chủ\s+trì(?:\s+(?:soạn\s+thảo|thẩm\s+định|tham\s+mưu))?\s+/iu;
const LEAD_DUTY_RE = /^(?:soạn\s+thảo|thẩm\s+định|tham\s+mưu)\s+/iu;
const UNIT_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(?<!là\s)(?:(?:các|những)\s+)?(?:đơn\s+vị|cơ\s+quan)\s+$/iu;
const LEAD_WORD_LOOK = 28;
function leadUnitAt(text: string, pos: number): boolean {
  const first = text[pos]?.toLowerCase();
  if (first !== 'c' && first !== 's' && first !== 't') return false;
  const here = text.slice(pos, pos + LEAD_WORD_LOOK);
  const before = text.slice(Math.max(0, pos - LEAD_WORD_LOOK), pos);
  // At "chủ trì": the unit before it; at its duty ("soạn thảo"): "<unit> chủ trì" before it.
  const lead = UNIT_BEFORE_RE.test(before)
    ? LEAD_UNIT_RE.exec(here)
    : /chủ\s+trì\s+$/iu.test(before) && UNIT_BEFORE_RE.test(before.replace(/chủ\s+trì\s+$/iu, ''))
      ? LEAD_DUTY_RE.exec(here)
      : null;
  if (lead === null) return false;
  const next = pos + lead[0].length;
  // "cơ quan chủ trì phải gửi …", "đơn vị chủ trì có trách nhiệm …": a modal after it, too.
  return TASK_VERBS_VI_SET.matchAt(text, next) > 0 || LEAD_MODAL_RE.test(text.slice(next, next + 20));
}
const LEAD_MODAL_RE = /^(?:phải|cần|sẽ|chịu\s+trách\s+nhiệm|có)\s/iu;

/** "vận tải" in "Sở Giao thông vận tải", "kỳ thi": a verb that ends a noun with the word before it. */
function nounTailAt(text: string, pos: number): boolean {
  // Every tail starts with "t", "x", "n", "k", "l" or "đ" (either case): any other word is no noun tail, without slicing it.
  const code = text.charCodeAt(pos);
  const first = code | 0x20;
  const tailStart =
    first === 116 /* t */ ||
    first === 120 /* x */ ||
    first === 110 /* n */ ||
    first === 107 /* k */ ||
    first === 108; /* l */
  if (!tailStart && code !== 0x111 && code !== 0x110) return false;
  // The key: the word's first four characters, a shorter word with the space after it ("ký ").
  let keyEnd = pos;
  while (keyEnd < pos + 4 && isLetterAt(text, keyEnd)) keyEnd++;
  const tail = NOUN_HEADS_BEFORE[`${text.slice(pos, keyEnd).toLowerCase()}${keyEnd < pos + 4 ? ' ' : ''}`];
  if (!tail) return false;
  const [word, before] = tail;
  return word.test(text.slice(pos, pos + 12)) && before.test(text.slice(Math.max(0, pos - 16), pos));
}
/** By the tail's first four characters: the whole tail, and the words that must stand before it. */
const NOUN_HEADS_BEFORE: Record<string, [tail: RegExp, before: RegExp]> = {
  'tải ': [/^tải/iu, /vận\s$/iu],
  // "kỳ thi", "cuộc thi", "cụm, khối thi đua".
  'thi ': [/^thi/iu, /(?:kỳ|đồng|cuộc|cụm|khối)\s$/iu],
  // "Các điểm tiếp nhận", "Bộ phận tiếp nhận và trả kết quả": the place that receives (not "tiếp tục").
  tiếp: [/^tiếp\s+nhận/iu, /(?:điểm|phận|nơi|vị|quan)\s$/iu],
  'thu ': [/^thu\s+nhận/iu, /(?:điểm|phận|nơi)\s$/iu],
  // "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông": the projects' kind.
  'xây ': [/^xây\s+dựng/iu, /dự\s+án\s+đầu\s+tư\s$/iu],
  // "công trình" (works), "lộ trình" (a roadmap), "quy trình" …: nouns, not "trình" (submit).
  trìn: [/^trình/iu, new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${TRINH_NOUN_HEADS.join('|')})\\s$`, 'iu')],
  // "Văn phòng đăng ký đất đai" (the land registry), "Bộ phận tiếp nhận và trả kết quả" (the one-stop desk).
  đăng: [/^đăng\s+ký/iu, /văn\s+phòng\s$/iu],
  'ký ': [/^ký/iu, /văn\s+phòng\s+đăng\s$/iu],
  'trả ': [/^trả\s+kết\s+quả/iu, /tiếp\s+nhận\s+và\s$/iu],
  // "thu nhập" (income), "xuất nhập khẩu", not "nhập" (to enter).
  nhập: [/^nhập/iu, /(?:thu|xuất)\s$/iu],
  // "Công đoàn cấp trên trực tiếp cơ sở": the level right above, not "trực tiếp" (in person).
  trực: [/^trực\s+tiếp/iu, /cấp\s+trên\s$/iu],
  // "trường ngoài công lập", "cơ sở y tế công lập": public (the adjective), not "lập" (to draw up).
  'lập ': [/^lập(?![\p{L}\p{M}])/iu, /công\s$/iu],
};

/** "Tổ chức, cá nhân …", "tổ chức và cá nhân": the legal pair of actors, not the verb "tổ chức" (to organise). */
function organisationsAt(text: string, pos: number): boolean {
  if ((text.charCodeAt(pos) | 0x20) !== 116 /* t */) return false;
  return ORGANISATIONS_AND_PEOPLE_RE.test(text.slice(pos, pos + 24)) || nounOrganisationAt(text, pos);
}
const ORGANISATIONS_AND_PEOPLE_RE = /^tổ\s+chức\s*(?:,|\/|\s+và|\s+hoặc)\s*cá\s+nhân/iu;

/**
 * "các tổ chức chính trị - xã hội", "Đối với tổ chức trả thu nhập": after a determiner or a
 * preposition "tổ chức" is a noun (organisations), whatever follows it.
 */
function nounOrganisationAt(text: string, pos: number): boolean {
  if (!/^tổ\s+chức(?![\p{L}\p{M}])/iu.test(text.slice(pos, pos + 8))) return false;
  // "doanh nghiệp, tổ chức, hộ kinh doanh …": one of a list of bodies (the verb takes an object,
  // or another verb after a comma: "Tổ chức, triển khai …").
  const comma = /^tổ\s+chức\s*,\s*/iu.exec(text.slice(pos, pos + 12));
  if (comma) {
    const next = pos + comma[0].length;
    if (BODY_HEADS_SET.matchAt(text, next) > 0 && TASK_VERBS_VI_SET.matchAt(text, next) === 0) return true;
  }
  // A longer body head that opens with it ("tổ chức trả thu nhập", the tax law's income payers).
  return NOUN_BEFORE_RE.test(text.slice(Math.max(0, pos - 10), pos)) || BODY_HEADS_SET.matchAt(text, pos) > 8;
}
const NOUN_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(?:các|những|mọi|từng|mỗi|cho|của|với)\s+$/iu;

/**
 * "Tổ chức thực hiện", "TỔ CHỨC TRIỂN KHAI", "tổ chức cho …", "tổ chức hội nghị": the verb "tổ chức"
 * before another verb, a beneficiary or an event, not an organisation.
 */
function organiseAt(text: string, pos: number): boolean {
  if ((text.charCodeAt(pos) | 0x20) !== 116 /* t */ || !/^tổ\s+chức\s/iu.test(text.slice(pos, pos + 8))) return false;
  if (nounOrganisationAt(text, pos)) return false;
  const next = skipSpaces(text, pos + 7, pos + 10);
  // "tổ chức cho các chủ nhà trọ ký …", "tổ chức hội nghị …": organising for someone, or an event.
  return (
    TASK_VERBS_VI_SET.matchAt(text, next) > 0 ||
    /^cho\s/iu.test(text.slice(next, next + 4)) ||
    EVENT_NOUNS_SET.matchAt(text, next) > 0
  );
}

/**
 * "cấp tỉnh", "cấp cơ sở", "đơn vị dự toán cấp I", "cấp 2": a level in a body's name, not the verb
 * "cấp" (to grant).
 */
function levelAt(text: string, pos: number): boolean {
  if ((text.charCodeAt(pos) | 0x20) !== 99 /* c */) return false;
  if (!/^cấp\s/iu.test(text.slice(pos, pos + 4))) return false;
  const next = skipSpaces(text, pos + 3, pos + 6);
  return LEVEL_SET.matchAt(text, next) > 0 || LEVEL_NUMBER_RE.test(text.slice(next, next + 5));
}
/** A level's number: Roman in capitals (a grant's object would be lower case) or Arabic, one word. */
const LEVEL_NUMBER_RE = /^(?:I{1,3}|IV|V|\d)(?![\p{L}\p{M}\d])/u;

/** Whether a body phrase starts at `pos` (Vietnamese heads; English: a capitalised word or a plural body noun). */
export function bodyAt(text: string, pos: number, english: boolean): boolean {
  if (english) return ENGLISH_BODY_AT.test(text.slice(pos, pos + 60));
  if (NOT_BODY_SET.matchAt(text, pos) > 0 || organiseAt(text, pos) || quarterAt(text, pos)) return false;
  const determiner = BODY_DETERMINERS_SET.matchAt(text, pos) || countAt(text, pos);
  if (BODY_HEADS_SET.matchAt(text, pos) > 0) return true;
  if (determiner === 0) return false;
  const head = skipSpaces(text, pos + determiner, pos + determiner + 4);
  return BODY_HEADS_SET.matchAt(text, head) > 0 && NOT_BODY_SET.matchAt(text, head) === 0 && !quarterAt(text, head);
}
/** "16 phường thí điểm …", "03 trường": a count before a body head, as a determiner (its length, or 0). */
function countAt(text: string, pos: number): number {
  let end = pos;
  while (end < pos + 3 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end > pos && text[end] === ' ' && !isLetterAt(text, pos - 1) ? end - pos : 0;
}
/** "mỗi quý hộ kinh doanh …": a lower-case "quý" is the quarter; the polite "Quý hộ kinh doanh" is capitalised. */
const quarterAt = (text: string, pos: number) =>
  text.startsWith('quý', pos) && ADDRESSED_KINDS_SET.matchAt(text, pos) > 0;

/** The body nouns of the table, singular or plural ("ministry" / "ministries", "business" / "businesses", "branch" / "branches"). */
const BODY_NOUN_EN = `(?:${BODY_NOUNS_EN.map((noun) =>
  noun.replace(/y$/, '(?:y|ies)').replace(/(s|ch|sh|x)$/, '$1(?:es)?'),
).join('|')})s?`;
/** A body at a position: a capitalised name, or a body noun of the table after determiners. */
const ENGLISH_BODY_AT = new RegExp(
  `^(?:(?:the|all|relevant|other|these|those)\\s+)*(?:[A-Z][\\p{L}'’]+|${BODY_NOUN_EN}(?![\\p{L}]))`,
  'u',
);
const BODY_NOUN_EN_RE = new RegExp(`\\b${BODY_NOUN_EN}\\b`, 'i');
const BODY_NOUN_EN_WORD_RE = new RegExp(`^${BODY_NOUN_EN}$`, 'i');
/** Whether one word is a body noun of the table ("communes", which compromise may tag a verb). */
export function isBodyNounEn(word: string): boolean {
  return BODY_NOUN_EN_WORD_RE.test(word);
}
/** A capitalised word anywhere, the first included: a name ("Ministry of Finance", "municipal Department …"). */
const CAPITALISED_WORD_RE = /(?:^|\s)\p{Lu}/u;

/** Whether an English subject names a body: a capitalised name in it, or a body noun of the table. */
export function namesBodyEn(subject: string): boolean {
  return CAPITALISED_WORD_RE.test(subject) || BODY_NOUN_EN_RE.test(subject);
}

/**
 * An English owner's article or possessive ("the", "their"): "A"/"An" only before a word in lower
 * case, so "An Giang" and "A Lưới" keep theirs.
 */
export const LEADING_ARTICLE_EN_RE = /^(?:[Tt]he|an?|[Aa]n?(?=\s+\p{Ll})|[Tt]heir|[Ii]ts)\s+(?=\S)/u;

/** Where an English noun phrase's head ends: before its first preposition or aside. */
const PHRASE_TAIL_RE = /\s+(?:of|for|to|in|on|at|by|from|with|under|into|through|via|who|whose|which|that)\s|\s*[(,;]/i;
/** A possessive before the head: "Ministry of Finance's report", "People's Committee". */
const POSSESSIVE_RE = /^.*['’]s\s+/u;

/**
 * The head word of an English noun phrase: after a possessive, before the first preposition, the
 * last word ("Department of Construction" → "Department", "tax finalisation for individuals" →
 * "finalisation", "Hanoi People's Committee" → "Committee").
 */
export function headOfPhraseEn(phrase: string): string {
  return /[\p{L}\d-]+$/u.exec(nounCoreEn(phrase))?.[0] ?? '';
}

/** An English noun phrase after its possessive and before its first preposition or aside, trimmed. */
export function nounCoreEn(phrase: string): string {
  const afterPossessive = phrase.replace(POSSESSIVE_RE, '');
  const tail = PHRASE_TAIL_RE.exec(afterPossessive);
  return (tail ? afterPossessive.slice(0, tail.index) : afterPossessive).trim();
}

/**
 * Whether an English noun phrase is headed by a body: a body noun, or the capitalised head of a
 * name ("Vietnam Electricity", "EVN"); "bank transfer to the school", "Q1 2026" are not.
 */
export function headedByBodyEn(phrase: string): boolean {
  const head = headOfPhraseEn(phrase);
  // "self-filers", "co-owners": the word after the last hyphen heads a compound.
  const last = head.slice(head.lastIndexOf('-') + 1);
  return (
    isBodyNounEn(head) ||
    isBodyNounEn(last) ||
    (/^\p{Lu}\p{L}/u.test(head) && /^\p{Lu}/u.test(phrase.replace(LEADING_ARTICLE_EN_RE, '')))
  );
}
