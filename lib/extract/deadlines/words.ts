/**
 * Matchers built from the task and deadline word tables. Sticky (`y`) matchers test at one position,
 * which is how the readers walk a clause word by word without slicing it.
 */
import { COMPLETION_WORDS } from '../tables/deadline-words';
import {
  ADDRESS_WORDS,
  ADDRESSED_KINDS_VI,
  ASKED_MODALS_EN,
  ASKING_WORDS_VI,
  ASPECT_WORDS,
  BODY_DETERMINERS_VI,
  BODY_HEADS_VI,
  CLAUSE_FRAMES,
  EVENT_NOUNS_VI,
  FUNCTION_NAMED_HEADS,
  GENERIC_ACTORS,
  LEVEL_WORDS,
  MODIFIER_OPENERS,
  NAME_CLOSING_LEVELS,
  NOT_BODY_HEADS_VI,
  NOT_MODIFIER_OPENINGS,
  NOT_NAME_LEVEL_BEFORE,
  NOUN_LIKE_VERBS,
  OBLIGATION_MODALS,
  OBLIGATION_MODALS_EN,
  PASSIVE_REQUEST_WORDS,
  PLAN_MODALS_EN,
  RELATIVE_REQUEST_WORDS,
  REQUEST_WORDS_EN,
  REQUEST_WORDS_VI,
  SUBJECT_STOP_WORDS,
  TASK_LEAD_WORDS,
  TASK_VERBS_EN,
  TASK_VERBS_VI,
} from '../tables/task-words';
import { lazyCaselessRegExp } from '../text/caseless';
import { alternation, PhraseSet, wordBounded } from './phrases';

const END = '(?![\\p{L}\\p{M}\\d])';

export const TASK_VERBS_VI_SET = new PhraseSet(TASK_VERBS_VI);
export const TASK_VERBS_EN_SET = new PhraseSet(TASK_VERBS_EN, ['s', 'es', 'ed', 'd', 'ing']);
export const LEAD_WORDS_SET = new PhraseSet(TASK_LEAD_WORDS);
export const COMPLETION_SET = new PhraseSet(COMPLETION_WORDS);
export const BODY_HEADS_SET = new PhraseSet(BODY_HEADS_VI);
export const ADDRESSED_KINDS_SET = new PhraseSet(ADDRESSED_KINDS_VI);
export const BODY_DETERMINERS_SET = new PhraseSet(BODY_DETERMINERS_VI);
export const REQUEST_SET = new PhraseSet([...REQUEST_WORDS_VI, ...REQUEST_WORDS_EN]);
export const ASKING_SET = new PhraseSet(ASKING_WORDS_VI);
export const NOT_BODY_SET = new PhraseSet(NOT_BODY_HEADS_VI);
export const LEVEL_SET = new PhraseSet(LEVEL_WORDS);
export const FUNCTION_NAMED_HEADS_SET = new PhraseSet(FUNCTION_NAMED_HEADS);
export const NAME_CLOSING_LEVELS_SET = new PhraseSet(NAME_CLOSING_LEVELS);
export const NOT_NAME_LEVEL_BEFORE_SET = new PhraseSet(NOT_NAME_LEVEL_BEFORE);
export const RELATIVE_REQUEST_SET = new PhraseSet(RELATIVE_REQUEST_WORDS);
export const SUBJECT_STOP_SET = new PhraseSet(SUBJECT_STOP_WORDS);
export const ADDRESS_SET = new PhraseSet(ADDRESS_WORDS);
export const MODIFIER_OPENERS_SET = new PhraseSet(MODIFIER_OPENERS);
export const GENERIC_ACTORS_SET = new PhraseSet(GENERIC_ACTORS);
export const NOT_MODIFIER_SET = new PhraseSet(NOT_MODIFIER_OPENINGS);
export const ASPECT_SET = new PhraseSet(ASPECT_WORDS);
export const OBLIGATION_MODALS_SET = new PhraseSet(OBLIGATION_MODALS);
export const NOUN_LIKE_VERBS_SET = new PhraseSet(NOUN_LIKE_VERBS);
/** "bàn giao" (hand over), "chuyển giao" (transfer) and "được giao" (passive) are not requests. */
const NOT_REQUEST_BEFORE_RE = /(?:^|[^\p{L}\p{M}])(?:bàn|chuyển|được)\s+$/iu;
/** Whether the request word at `pos` is the second half of such a verb. */
export const isNotRequestAt = (text: string, pos: number) =>
  NOT_REQUEST_BEFORE_RE.test(text.slice(Math.max(0, pos - 10), pos));
export const CLAUSE_FRAMES_SET = new PhraseSet(CLAUSE_FRAMES);
export const passiveRequestRe = lazyCaselessRegExp(
  () => `(?<![\\p{L}\\p{M}])${alternation(PASSIVE_REQUEST_WORDS)}${END}`,
  'iu',
);
/**
 * Frames that run to their comma or colon: "Theo kế hoạch này,", "Về tiến độ,", "For land lease
 * fees,", a time before the clause ("As of April 5,", "On January 28, 2026,"), a condition ("Trường hợp không gửi cùng …,") and a headline's topic before its deadline
 * noun ("Tuyển sinh lớp 10: Hạn chót nộp hồ sơ …"), a cause ("Do trùng kỳ nghỉ lễ,", "Given the delays,", "Because of the floods,", "Building on last year's results,"), and
 * an enumeration's word ("Third, each department must …").
 */
export const FRAME_TO_COMMA_RE =
  /(?:first|second|third|fourth|fifth|secondly|thirdly|finally|lastly|next)\s*,\s*|(?:(?:cũng\s+)?theo|về|trên\s+cơ\s+sở|for)\s[^,.;:\n]{1,80}[,:]\s*|(?:do|vì|bởi\s+vì)\s[^,.;:\n]{1,80},\s*|(?:trong\s+)?trường\s+hợp\s[^,.;:\n]{1,120},\s*|[^,.;:\n]{1,100}:\s*(?=(?:hạn\s+chót|hạn\s+cuối|thời\s+hạn)\s)|according\s+to\s[^,.;:\n]{1,200},\s*|(?:during|given|despite|due\s+to|because\s+of|owing\s+to|based\s+(?:on|upon)|[a-z]{3,}ing\s+(?:on|from|upon|with))\s[^,.;:\n]{1,80},\s*|to\s+(?!be\s)[a-z]{3,}\b[^,.;:\n]{0,80},\s*|(?:under|in|with|following|pursuant\s+to|in\s+line\s+with|as\s+per|in\s+accordance\s+with)\s+(?:the|this|that|a|its|their)\s[^,.;:\n\d]{1,80},\s*|(?:as\s+(?:of|at)|on|since|from|starting|effective)\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))[^,.;:\n]{1,30},(?:\s*\d{4},)?\s*/iuy;
/**
 * "Thực hiện Hướng dẫn số 12-HD/BTCTU …, ", "Căn cứ Kế hoạch …, ": a named document, up to its comma.
 * Without the `i` flag, so that the document's name must start with a capital.
 */
export const DOCUMENT_FRAME_RE =
  /(?:[Tt]hực\s+hiện|[Cc]ăn\s+cứ|[Uu]nder|[Pp]ursuant\s+to|[Ii]n\s+accordance\s+with|[Aa]ccording\s+to)\s+(?:the\s+)?(?=\p{Lu})(?:[^,.;:\n]|\.(?!\s+\p{Lu})){1,160},\s*/uy;
/** Frames that end in a reporting verb: "Kế hoạch nêu rõ,", "… như sau:". */
export const FRAME_REPORTING_RE = /[^,.;:\n]{1,120}?\snêu\s+rõ\s*,?\s*|[^.;:\n]{1,160}?\snhư\s+sau\s*:\s*/iuy;
/**
 * A list item's marker, the one source for every reader of lists: "-", "+", "•", "–", "1.", "1)",
 * "1-", "1.2.", "a)", "a.", "(a)", "(1)".
 */
export const LIST_MARKER = String.raw`(?:[-+•*\u2013]|\d{1,2}(?:\.\d{1,2})*[.)\-\u2013]|[a-zđ][.)]|\((?:[a-zđ]|\d{1,2})\))`;
/** List markers at the start of a line: "- ", "+ ", "1. ", "1- ", "a) ", "•". */
export const LIST_MARKER_AT = new RegExp(`[ \\t]*${LIST_MARKER}[ \\t]+`, 'iuy');
/** A line that opens with a list item's marker (test it on the line, or on its first few characters). */
export const ITEM_LINE_RE = new RegExp(String.raw`^[ \t]*${LIST_MARKER}[ \t]`, 'u');
/** A deadline noun that opens a clause ("thời hạn nộp …", "hạn chót …"), and the same after the owner's comma. */
export const DEADLINE_NOUN = String.raw`(?:thời\s+hạn|hạn\s+chót|hạn\s+cuối|hạn\s+nộp)(?![\p{L}\p{M}])`;
export const DEADLINE_NOUN_RE = new RegExp(`^${DEADLINE_NOUN}`, 'iu');
export const DEADLINE_NOUN_AFTER_RE = new RegExp(`^[\\s,;:]*${DEADLINE_NOUN}`, 'iu');
/** A list item's marker (and its line start) right before a position: test it on a short slice. */
export const LIST_MARKER_BEFORE_RE = new RegExp(String.raw`(?:^|\n)[ \t]*${LIST_MARKER}[ \t]+$`, 'iu');

/**
 * "theo chức năng, nhiệm vụ được giao", "theo thẩm quyền": how the bodies before it act, not who
 * they are; no part of the owner, the task starts after it.
 */
export const REMIT_PHRASE_RE =
  /^theo\s+(?:(?:chức\s+năng|nhiệm\s+vụ|quyền\s+hạn|thẩm\s+quyền)(?:\s*,\s*|\s+và\s+|\s+(?=\p{L}))?){1,4}(?:được\s+giao\s*)?,?\s*/iu;

const englishModals = (phrases: readonly string[]) => new RegExp(wordBounded(alternation(phrases)), 'iu');
/** An English obligation ("must", "is required to"): with "within" before a month, a limit. */
export const OBLIGATION_EN_RE = englishModals(OBLIGATION_MODALS_EN);
/** An obligation or a plan ("will", "should"): a clause that states one has its own subject. */
export const MODAL_EN_RE = englishModals([...OBLIGATION_MODALS_EN, ...PLAN_MODALS_EN]);
/** Any of those, or what the subject is asked or expected to do: the clause after a ";" is its own. */
export const ASKED_OR_MODAL_EN_RE = englishModals([...OBLIGATION_MODALS_EN, ...PLAN_MODALS_EN, ...ASKED_MODALS_EN]);
/** Events by their kind ("hội nghị", "đại hội"). */
export const EVENT_NOUNS_SET = new PhraseSet(EVENT_NOUNS_VI);
