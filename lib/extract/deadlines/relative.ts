/**
 * Limits that are not calendar dates: a number of days counted from an anchor ("trong thời hạn 15
 * ngày kể từ ngày ký", "within 30 days from the date of signing"), and deadlines that come back
 * ("trước ngày 20 hằng tháng", "định kỳ hằng quý", "before March 31 every year"). Both become
 * deadline mentions; gold scoring leaves them out of the date counts (they are not calendar dates,
 * or are optional).
 */
import { publishedDayOf } from '../dates/values';
import { caselessRegExp } from '../text/caseless';
import { findLiterals, type LiteralHit, type PivotedLiteral } from '../text/literals';
import { partitionPoint } from '../text/sorted';
import type { DateMention, Recurrence } from '../types';

/** The opening of a relative limit: "trong thời hạn 15 ngày (làm việc)", "within 30 days". Groups: days, unit. */
const LIMIT_OPENING = String.raw`(?:trong\s+(?:thời\s+hạn|vòng)|chậm\s+nhất|không\s+quá|within|no\s+later\s+than|not\s+later\s+than)\s+(\d{1,3})\s+(ngày\s+làm\s+việc|ngày|working\s+days?|days?)`;
/** "trong thời hạn 15 ngày (làm việc) kể từ ngày ký", "within 30 days from the date of issuance". */
const RELATIVE_RE = new RegExp(
  LIMIT_OPENING +
    String.raw`\s*,?\s+(?:kể\s+từ|tính\s+từ|từ|from|after|of)\s+((?:ngày|the\s+date\s+of|the\s+day\s+of)\s+(?:ký|ban\s+hành|nhận\s+được|có\s+hiệu\s+lực|signing|issuance|issue|receipt|this\s+\p{L}+|the\s+\p{L}+)|(?=ngày\s+\d|\p{Lu}\p{Ll}+\s+\d))`,
  'giu',
);
/** Where a relative limit opens after a word ("… gửi báo cáo trong thời hạn 15 ngày …"): no part of a task. */
export const LIMIT_OPENING_RE = new RegExp(String.raw`\s` + LIMIT_OPENING, 'iu');
/** Anchors that are the document's own date: its signing or issuing. */
const OWN_DATE_ANCHOR_RE = /ký|ban\s+hành|signing|issuance|issue/iu;

/** "hằng tháng", "hàng quý", "every year", "monthly": how often. */
/**
 * Right after a date: ", hằng năm", " every year". Written without the `i` flag (caseless.ts): it
 * runs after every date, and under `iu` its word boundary cost milliseconds to compile on a page.
 */
const EVERY_AT_RE = caselessRegExp(
  String.raw`[ \t,]{0,3}(?:(?:hằng|hàng|mỗi)\s+(ngày|tuần|tháng|quý|năm)|every\s+(day|week|month|quarter|year))(?![\p{L}\p{M}])`,
  'iuy',
);
/** Literals that open a recurrence without a date of ours before it, each with its rarest piece. */
const OPENERS_VI: PivotedLiteral[] = [
  { literal: 'định kỳ ', needle: 'ỳ' },
  { literal: 'Định kỳ ', needle: 'ỳ' },
  { literal: ' hằng tháng', needle: 'ằ' },
  { literal: ' hàng tháng', needle: 'àng t' },
  { literal: ' mỗi tháng', needle: 'ỗ' },
];
const OPENERS_EN = ['every ', 'Every ', 'daily', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly'];
/**
 * The English list as one pattern: a single pass over the page instead of one indexOf pass per
 * literal (its letters are all common). No literal is a prefix of another, so one match per
 * position finds them all.
 */
const OPENERS_EN_RE = new RegExp(OPENERS_EN.join('|'), 'g');
const EVERY_FROM_RE = caselessRegExp(
  String.raw`(?:(?:định\s+kỳ\s+)?(?:(?:hằng|hàng|mỗi)\s+)?(ngày|tuần|tháng|quý|năm)|every\s+(day|week|month|quarter|year)|(daily|weekly|monthly|quarterly|annually|yearly))(?![\p{L}\p{M}])`,
  'iuy',
);

/** A day with no month before "hằng tháng": "ngày 20 hằng tháng", "the 20th of every month". */
const DAY_BEFORE_RE = /(?:ngày\s+(\d{1,2})|the\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?)\s*$/iu;
const CUE_BEFORE_RE = /(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót|before|by|no\s+later\s+than)\s*$/iu;
/** An obligation around a recurrence with no day: "báo cáo định kỳ hằng quý", "report quarterly". */
const OBLIGATION_NEAR_RE = /(?:báo\s+cáo|gửi|nộp|report|submit|file)/iu;

/** Recurrence phrases that no date of ours precedes: "định kỳ hằng quý", "ngày 20 hằng tháng", "monthly". */
function everyMatches(text: string, english: boolean): Array<{ index: number; length: number; unit: string }> {
  const matches: Array<{ index: number; length: number; unit: string }> = [];
  // Every occurrence of every literal, overlapping ones included.
  for (const { index: at, literal } of english ? englishOpeners(text) : findLiterals(text, OPENERS_VI)) {
    const start = literal.startsWith(' ') ? at + 1 : at;
    if (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1] as string)) continue;
    EVERY_FROM_RE.lastIndex = start;
    const m = EVERY_FROM_RE.exec(text);
    if (!m || !/hằng|hàng|mỗi|every|ly$/iu.test(m[0])) continue;
    matches.push({ index: start, length: m[0].length, unit: (m[1] ?? m[2] ?? m[3]) as string });
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** Every occurrence of the English openers (the search resumes one past each). */
function englishOpeners(text: string): LiteralHit[] {
  const hits: LiteralHit[] = [];
  OPENERS_EN_RE.lastIndex = 0;
  for (let found = OPENERS_EN_RE.exec(text); found; found = OPENERS_EN_RE.exec(text)) {
    hits.push({ index: found.index, literal: found[0] });
    OPENERS_EN_RE.lastIndex = found.index + 1;
  }
  return hits;
}

const UNITS: Record<string, Recurrence['every']> = {
  ngày: 'day',
  day: 'day',
  daily: 'day',
  tuần: 'week',
  week: 'week',
  weekly: 'week',
  tháng: 'month',
  month: 'month',
  monthly: 'month',
  quý: 'quarter',
  quarter: 'quarter',
  quarterly: 'quarter',
  năm: 'year',
  year: 'year',
  annually: 'year',
  yearly: 'year',
};
const PERIOD: Record<Recurrence['every'], string> = {
  day: 'P1D',
  week: 'P1W',
  month: 'P1M',
  quarter: 'P3M',
  year: 'P1Y',
};

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The date that starts at `pos` (binary search over dates in order). */
function dateStartingAt(dates: DateMention[], pos: number): DateMention | undefined {
  const date = dates[partitionPoint(dates, (candidate) => candidate.start < pos)];
  return date?.start === pos ? date : undefined;
}

/**
 * `text.includes('tính từ')`, found through "ính từ": its first letter is rarer than "t", so the
 * search over a whole page skips faster.
 */
function includesTinhTu(text: string): boolean {
  for (let i = text.indexOf('ính từ'); i >= 0; i = text.indexOf('ính từ', i + 1)) if (text[i - 1] === 't') return true;
  return false;
}

/** Relative limits in `text`. `dates` (sorted) give an explicit anchor its value and the page its own date. */
export function findRelativeLimits(text: string, dates: DateMention[]): DateMention[] {
  if (!text.includes('kể từ') && !includesTinhTu(text) && !/from|after/i.test(text)) return [];
  const found: DateMention[] = [];
  const own = publishedDayOf(dates);
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(text); m; m = RELATIVE_RE.exec(text)) {
    const days = Number(m[1]);
    const working = /làm\s+việc|working/iu.test(m[2] as string);
    const numberStart = m.index + m[0].indexOf(m[1] as string);
    const anchorStart = m.index + m[0].length - (m[3]?.length ?? 0);
    const explicit = m[3] ? undefined : dateStartingAt(dates, anchorStart);
    const end = m[3] ? m.index + m[0].length : (explicit?.end ?? m.index + m[0].length);
    const from = m[3] ?? explicit?.text ?? '';
    if (!from) continue;
    const anchor = m[3] ? (OWN_DATE_ANCHOR_RE.test(m[3]) ? own : undefined) : explicit?.value;
    const due = anchor && !working && /^\d{4}-\d\d-\d\d$/.test(anchor) ? addDays(anchor, days) : null;
    found.push({
      text: text.slice(numberStart, end),
      start: numberStart,
      end,
      value: `P${days}D`,
      kind: 'deadline',
      due,
      relative: { days, from },
    });
  }
  return found;
}

/**
 * Recurring deadlines: a year-less date with "hằng năm" after it gets its recurrence (and loses a
 * year it was lent); "ngày 20 hằng tháng" and an obligation "định kỳ hằng quý" become mentions of
 * their own, with a repeating value (`R/P1M`, `R/P3M`, `R/P1Y`).
 */
export function findRecurrences(text: string, dates: DateMention[], english = false): DateMention[] {
  for (const date of dates) {
    if (date.relative) continue;
    EVERY_AT_RE.lastIndex = date.end;
    const m = EVERY_AT_RE.exec(text);
    if (!m) continue;
    // "ngày 31 tháng 3 hằng năm": a day and month that come back every year.
    const every = UNITS[((m[1] ?? m[2]) as string).toLowerCase()] as Recurrence['every'];
    const parts = /(\d{2})-(\d{2})$/.exec(date.value);
    date.recurrence = {
      every,
      day: parts ? Number(parts[2]) : null,
      month: every === 'year' && parts ? Number(parts[1]) : null,
    };
    if (every === 'year' && parts) date.value = `--${parts[1]}-${parts[2]}`;
    date.due = null;
  }
  const found: DateMention[] = [];
  let k = 0;
  for (const m of everyMatches(text, english)) {
    // Dates and matches are both in order: one pass finds a date just before the match.
    while (k < dates.length && (dates[k] as DateMention).end + 12 < m.index) k++;
    const near = dates[k];
    if (near && near.start <= m.index) continue;
    const every = UNITS[m.unit.toLowerCase()] as Recurrence['every'];
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const day = DAY_BEFORE_RE.exec(before);
    const start = day ? m.index - day[0].length : m.index;
    const cue = CUE_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start));
    const obligation = OBLIGATION_NEAR_RE.test(text.slice(Math.max(0, m.index - 60), m.index + 40));
    if (!cue && !obligation) continue;
    const dayNumber = day ? Number(day[1] ?? day[2]) : null;
    if (dayNumber !== null && (dayNumber < 1 || dayNumber > 31)) continue;
    const end = m.index + m.length;
    found.push({
      text: text.slice(start, end),
      start,
      end,
      value: `R/${PERIOD[every]}`,
      kind: 'deadline',
      due: null,
      recurrence: { every, day: dayNumber, month: null },
    });
  }
  return found;
}
