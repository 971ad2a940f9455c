/**
 * Matchers built from the task and deadline word tables. Sticky (`y`) matchers test at one position,
 * which is how the readers walk a clause word by word without slicing it.
 */
import { COMPLETION_WORDS } from '../tables/deadline-words';
import {
  BODY_DETERMINERS_VI,
  BODY_HEADS_VI,
  CLAUSE_FRAMES,
  PASSIVE_REQUEST_WORDS,
  REQUEST_WORDS_EN,
  REQUEST_WORDS_VI,
  TASK_LEAD_WORDS,
  TASK_VERBS_EN,
  TASK_VERBS_VI,
} from '../tables/task-words';
import { alternation } from './phrases';

const END = '(?![\\p{L}\\p{M}\\d])';
const sticky = (body: string) => new RegExp(`${body}${END}`, 'iuy');

export const TASK_VERB_VI_AT = sticky(alternation(TASK_VERBS_VI));
export const TASK_VERB_EN_AT = sticky(`${alternation(TASK_VERBS_EN)}(?:s|es|ed|d|ing)?`);
export const LEAD_WORD_AT = sticky(alternation(TASK_LEAD_WORDS));
export const COMPLETION_AT = sticky(alternation(COMPLETION_WORDS));
export const BODY_AT = sticky(`(?:${alternation(BODY_DETERMINERS_VI)}\\s+)?${alternation(BODY_HEADS_VI)}`);
export const REQUEST_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<!bàn\\s|được\\s)${alternation([...REQUEST_WORDS_VI, ...REQUEST_WORDS_EN])}${END}`,
  'giu',
);
export const PASSIVE_REQUEST_RE = new RegExp(`(?<![\\p{L}\\p{M}])${alternation(PASSIVE_REQUEST_WORDS)}${END}`, 'iu');
/** A clause frame and its comma: "Theo kế hoạch này, ", "Đồng thời, ", "Kế hoạch nêu rõ, ". */
export const FRAME_AT = new RegExp(
  `(?:${alternation(CLAUSE_FRAMES)}|(?:theo|về|for)\\s[^,.;\\n]{1,80},|[^,.;\\n]{1,40}\\snêu\\s+rõ|dự\\s+kiến|do\\s+đó|vì\\s+vậy|[^:.;\\n]{1,120}\\snhư\\s+sau\\s*:|according\\s+to\\s[^,.;\\n]{1,60})\\s*,?\\s*`,
  'iuy',
);
/** List markers at the start of a line: "- ", "+ ", "1. ", "a) ", "•". */
export const LIST_MARKER_AT = /[ \t]*(?:[-+•*\u2013]|\d{1,2}[.)]|[a-zđ][.)])[ \t]+/iuy;
