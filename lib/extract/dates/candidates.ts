/**
 * Date candidates: every calendar expression's span and its parts, before ranges are joined and
 * kinds decided. Vietnamese numeric and worded forms, quarters, and (on English text) month names.
 */

import {
  DAY_WORDS,
  ENGLISH_MONTHS,
  ENGLISH_QUARTERS,
  MONTH_WORD,
  QUARTER_NUMBERS,
  QUARTER_WORD,
  YEAR_WORD,
} from '../tables/date-words';
import { phrase, skipSpacesBack, wordEndingAt } from '../text/left-context';
import { readCue } from './cues';
import {
  ENGLISH_DATE_RE,
  ENGLISH_DAY_RANGE_RE,
  ENGLISH_DMY_DAY_RANGE_RE,
  ENGLISH_QUARTER_RE,
  NUMBERED_QUARTER_EN_RE,
  NUMERIC_DATE_EN_RE,
  NUMERIC_DATE_RE,
  numericGroups,
  QUARTER_RE,
  SHORT_QUARTER_RE,
} from './patterns';

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year' | 'years';

export interface DateCandidate {
  start: number;
  end: number;
  precision: DatePrecision;
  day: number | null;
  month: number | null;
  year: number | null;
  quarter: number | null;
  /** Second year of a year range ("2020-2025"). */
  yearEnd: number | null;
  /** A day alone ("ngày 12" in "các ngày 12 và 13/4"): kept only if a partner gives it a month. */
  dayOnly: boolean;
  /** Day and month without a year or date word ("Chiều 9/8"): kept only after a cue or in a range. */
  needsCue: boolean;
  /** How it joins the next candidate: a range ("từ … đến …", "04-10/3") or "và"/"and". */
  linkNext: 'range' | 'and' | null;
  linkPrevious: 'range' | 'and' | null;
  /** The month was written as a word ("March"), so day/month order is not in question. */
  english: boolean;
}

/** A candidate with defaults for every field not in `parts` (plain assignments: this runs per date). */
function candidate(start: number, end: number, parts: Partial<DateCandidate>): DateCandidate {
  const date: DateCandidate = {
    start,
    end,
    precision: parts.precision ?? 'day',
    day: null,
    month: null,
    year: null,
    quarter: null,
    yearEnd: null,
    dayOnly: false,
    needsCue: false,
    linkNext: null,
    linkPrevious: null,
    english: false,
  };
  return Object.assign(date, parts);
}

/** "13/5/22" → 2022, "3/9/91" → 1991 (the convention chrono uses); four digits stay. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

const isYear = (year: number) => year >= 1900 && year <= 2100;

/** The date word right before a number ("ngày", "tháng", "quý", "năm"), with where it starts. */
function leadWord(text: string, numberStart: number): { word: string; start: number } | undefined {
  const end = skipSpacesBack(text, numberStart, 3);
  const word = wordEndingAt(text, end, 6);
  if (!word) return undefined;
  const lowered = phrase(text, word.start, word.end);
  if (DAY_WORDS.has(lowered)) {
    // "ngày mồng 3": the span starts at "ngày".
    const outer = wordEndingAt(text, skipSpacesBack(text, word.start, 2), 6);
    const start =
      outer && phrase(text, outer.start, outer.end) === 'ngày' && lowered !== 'ngày' ? outer.start : word.start;
    return { word: 'ngày', start };
  }
  return { word: lowered, start: word.start };
}

/** English cue words before a bare year: "in 2025", "by 2030", "By2050", "vision to 2050". */
const ENGLISH_YEAR_CUES: ReadonlySet<string> = new Set([
  'in',
  'by',
  'to',
  'until',
  'till',
  'since',
  'before',
  'after',
  'of',
  'for',
  'from',
  'year',
]);
const YEAR_AFTER_MONTH_RE = /^\s*n[aă]m\s+((?:19|20)\d\d)(?!\d)/i;

/** Candidates from NUMERIC_DATE_RE (both languages: numeric dates are day-first on these pages). */
function collectNumeric(text: string, english: boolean, out: DateCandidate[]): void {
  const pattern = english ? NUMERIC_DATE_EN_RE : NUMERIC_DATE_RE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const g = numericGroups(m);
    const first = g.first;
    const numberStart = m.index;
    const end = m.index + m[0].length;
    if (g.isoMonth !== undefined) {
      if (first.length === 4)
        out.push(
          candidate(numberStart, end, { year: Number(first), month: Number(g.isoMonth), day: Number(g.isoDay) }),
        );
      continue;
    }
    if (g.yearTo !== undefined) {
      const [from, to] = [Number(first), Number(g.yearTo)];
      if (first.length === 4 && isYear(from) && to > from && to - from <= 100) {
        out.push(candidate(numberStart, end, { precision: 'years', year: from, yearEnd: to }));
      } else if (first.length <= 2 && from >= 1 && from <= 12) {
        // "tháng 12-2019": a month and its year, not a range of years.
        const lead = leadWord(text, numberStart);
        if (lead?.word === MONTH_WORD)
          out.push(candidate(lead.start, end, { precision: 'month', month: from, year: to }));
      }
      continue;
    }
    const lead = leadWord(text, numberStart);
    const start = lead && (lead.word === 'ngày' || lead.word === MONTH_WORD) ? lead.start : numberStart;
    if (lead?.word === QUARTER_WORD) continue; // QUARTER_RE reads quarters
    if (g.dmyYear !== undefined) {
      // "31/5/20 23": a year broken by the page's extraction; better no date than the wrong year.
      if (g.dmyYear.length === 2 && BROKEN_YEAR_TAIL_RE.test(text.slice(end, end + 4))) continue;
      out.push(candidate(start, end, { day: Number(first), month: Number(g.dmyMonth), year: fullYear(g.dmyYear) }));
    } else if (g.rangeDay !== undefined) {
      // "04-10/3/2024": two dates, the first borrowing month and year from the second.
      const secondStart = numberStart + (/^\d+[ \t]*[-\u2013][ \t]*/.exec(m[0]) as RegExpExecArray)[0].length;
      const month = Number(g.rangeMonth);
      const year = g.rangeYear ? Number(g.rangeYear) : null;
      const head = candidate(start, numberStart + first.length, { day: Number(first), month, year, linkNext: 'range' });
      out.push(
        head,
        candidate(secondStart, end, {
          day: Number(g.rangeDay),
          month,
          year,
          linkPrevious: 'range',
          needsCue: !year && lead?.word !== 'ngày',
        }),
      );
    } else if (g.myYear !== undefined) {
      if (lead?.word === MONTH_WORD)
        out.push(candidate(start, end, { precision: 'month', month: Number(first), year: Number(g.myYear) }));
    } else if (g.dmMonth !== undefined) {
      if (first.length === 4) {
        // "date 2022-09": an ISO month, read only after a publication label (else a code or a range).
        const month = Number(g.dmMonth);
        if (
          g.dmSep === '-' &&
          month >= 1 &&
          month <= 12 &&
          isYear(Number(first)) &&
          readCue(text, numberStart)?.kind === 'published'
        )
          out.push(candidate(numberStart, end, { precision: 'month', month, year: Number(first) }));
        continue;
      }
      const dotted = g.dmSep === '.';
      if (lead?.word === MONTH_WORD && dotted) continue; // "tháng 7.5"? not a date we can read
      // "rises by 7.2 per cent", "8.5 triệu đồng": a decimal before its unit.
      if (dotted && UNIT_AFTER_RE.test(text.slice(end, end + 14))) continue;
      const head = candidate(start, end, {
        day: Number(first),
        month: Number(g.dmMonth),
        needsCue: lead?.word !== 'ngày',
      });
      out.push(head);
      // "Ngày 8/7-17/7/2017": a range whose second end carries the year. The pattern does not start
      // a date right after a hyphen ("6.5-7.5"), so the second end is read here.
      DM_RANGE_TAIL_RE.lastIndex = end;
      const tail = DM_RANGE_TAIL_RE.exec(text);
      if (tail && tail[2] === g.dmSep) {
        const tailEnd = end + tail[0].length;
        const tailStart = end + tail[0].search(/\d/);
        head.linkNext = 'range';
        out.push(
          candidate(tailStart, tailEnd, {
            day: Number(tail[1]),
            month: Number(tail[3]),
            year: Number(tail[4]),
            linkPrevious: 'range',
          }),
        );
        pattern.lastIndex = tailEnd;
      }
    } else if (g.wordMonth !== undefined) {
      if (lead?.word === 'ngày' || g.wordYear !== undefined) {
        out.push(
          candidate(start, end, {
            day: Number(first),
            month: Number(g.wordMonth),
            year: g.wordYear ? Number(g.wordYear) : null,
          }),
        );
      }
    } else {
      collectBareNumber(text, first, numberStart, end, lead, english, out);
    }
  }
}

/** The second end of a day-month range with its year: "-17/7/2017" after "8/7". */
const DM_RANGE_TAIL_RE = /[ \t]{0,3}[-\u2013][ \t]{0,3}(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/]|\.\d)/y;

/** Two more digits right after a two-digit year: "20 23". */
const BROKEN_YEAR_TAIL_RE = /^ \d\d(?!\d)/;

/** A number whose meaning is its date word: "năm 2030", "tháng 10 (năm 2017)", "ngày 12". */
function collectBareNumber(
  text: string,
  digits: string,
  numberStart: number,
  end: number,
  lead: { word: string; start: number } | undefined,
  english: boolean,
  out: DateCandidate[],
): void {
  const value = Number(digits);
  if (lead?.word === YEAR_WORD && digits.length === 4 && isYear(value)) {
    out.push(candidate(lead.start, end, { precision: 'year', year: value }));
  } else if (lead?.word === MONTH_WORD && value >= 1 && value <= 12) {
    if (collectMonthRange(text, lead.start, end, value, out)) return;
    const year = YEAR_AFTER_MONTH_RE.exec(text.slice(end, end + 16));
    const yearEnd = year ? end + year[0].length : end;
    out.push(candidate(lead.start, yearEnd, { precision: 'month', month: value, year: year ? Number(year[1]) : null }));
  } else if (lead?.word === 'ngày' && value >= 1 && value <= 31) {
    out.push(candidate(lead.start, end, { day: value, dayOnly: true }));
    collectDayList(text, end, out);
  } else if (english && digits.length === 4 && isYear(value) && lead && ENGLISH_YEAR_CUES.has(lead.word)) {
    out.push(candidate(numberStart, end, { precision: 'year', year: value }));
  }
}

/** The second end of a compressed month range with its year: "- 5/2027" after "tháng 2". */
const MONTH_RANGE_TAIL_RE = /[ \t]{0,3}[-\u2013][ \t]{0,3}(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/y;

/**
 * "Tháng 2 - 5/2027", "tháng 2-5/2027": two months, the first borrowing the second's year. The
 * pattern reads no date right after a hyphen, and "5/2027" alone is read only after "tháng".
 */
function collectMonthRange(text: string, start: number, end: number, month: number, out: DateCandidate[]): boolean {
  MONTH_RANGE_TAIL_RE.lastIndex = end;
  const tail = MONTH_RANGE_TAIL_RE.exec(text);
  const last = tail ? Number(tail[1]) : 0;
  if (!tail || last <= month || last > 12) return false;
  const year = Number(tail[2]);
  const tailEnd = end + tail[0].length;
  out.push(
    candidate(start, end, { precision: 'month', month, year, linkNext: 'range' }),
    candidate(end + tail[0].search(/\d/), tailEnd, {
      precision: 'month',
      month: last,
      year,
      linkPrevious: 'range',
    }),
  );
  return true;
}

/** A unit after a number: the number is a quantity ("7.2 per cent", "1.5 triệu đồng"), not a date. */
const UNIT_AFTER_RE =
  /^[ \t\u00a0]*(?:per[ \t]*cent|percent|pc(?![\p{L}])|points?(?![\p{L}])|times(?![\p{L}])|million|billion|trillion|triệu|tỷ|tỉ|nghìn|ngàn|lần(?![\p{L}])|điểm(?![\p{L}])|km|ha(?![\p{L}])|kg|tấn|USD|VND)/iu;
/**
 * One more day of a list after "các ngày 8": ", 9", " và 9". Not a number that starts a full date
 * ("10/1/2015" is read by the pattern itself), and at most a few: a list longer than a week of
 * days is not a list of dates. Each is kept only if linked to a date that gives it a month.
 */
const DAY_LIST_ITEM_RE = /(?:[ \t]{0,4},[ \t]{0,4}|[ \t]{1,4}và[ \t]{1,4})(\d{1,2})(?![\d/.\-\u2013:%])/y;
const DAY_LIST_MAX = 8;

/** The bare days that follow a "ngày N" in a list: "các ngày 8, 9 và 10/1/2015". */
function collectDayList(text: string, from: number, out: DateCandidate[]): void {
  let at = from;
  for (let n = 0; n < DAY_LIST_MAX; n++) {
    DAY_LIST_ITEM_RE.lastIndex = at;
    const item = DAY_LIST_ITEM_RE.exec(text);
    if (!item) return;
    const day = Number(item[1]);
    if (day < 1 || day > 31) return;
    at = item.index + item[0].length;
    out.push(candidate(at - (item[1] as string).length, at, { day, dayOnly: true }));
  }
}

/**
 * Both ends of the English day ranges of `pattern` ("April 20 to 22, 2027", "10 to 20 July 2026"):
 * the first day's span ends where the joiner starts, the second's holds the rest; both take the
 * range's month and year.
 */
function collectEnglishDayRanges(pattern: RegExp, text: string, out: DateCandidate[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const { month: name, first, joiner, second, year } = m.groups as Record<string, string>;
    const month = ENGLISH_MONTHS[(name as string).toLowerCase()];
    // A range runs forward: "30 - 2 July" is no range.
    if (!month || Number(first) >= Number(second)) continue;
    const firstEnd = m.index + m[0].indexOf(joiner as string, (first as string).length);
    const secondStart = firstEnd + (joiner as string).length;
    const range = { month, year: Number(year), english: true };
    out.push(candidate(m.index, firstEnd, { day: Number(first), ...range }));
    out.push(candidate(secondStart, m.index + m[0].length, { day: Number(second), ...range }));
  }
}

/** "quý IV/2020", "QUÝ 1 NĂM 2022", "Quý I". */
function collectQuarters(text: string, out: DateCandidate[]): void {
  QUARTER_RE.lastIndex = 0;
  for (let m = QUARTER_RE.exec(text); m; m = QUARTER_RE.exec(text)) {
    const quarter = QUARTER_NUMBERS[(m[1] as string).normalize('NFC').toLowerCase()];
    if (!quarter) continue;
    const end = m.index + m[0].length;
    // "Quý I-II/2027", "quý III - IV/2027": a compressed range, the year on its second end.
    const second = m[2] ? null : QUARTER_RANGE_END_RE.exec(text.slice(end, end + 20));
    const last = second ? QUARTER_NUMBERS[(second[2] as string).toLowerCase()] : undefined;
    if (second && last) {
      const year = Number(second[3]);
      const secondStart = end + (second[1] as string).length;
      out.push(candidate(m.index, end, { precision: 'quarter', quarter, year }));
      out.push(candidate(secondStart, end + second[0].length, { precision: 'quarter', quarter: last, year }));
      continue;
    }
    out.push(candidate(m.index, end, { precision: 'quarter', quarter, year: m[2] ? Number(m[2]) : null }));
  }
}

/**
 * A lone "May" that is the month, not the modal: after "of", "in", "by", "until", "before" or a
 * part of the month ("the end of May.", "in May, the ministry …"), and followed by no word in
 * lower case (the modal's verb).
 */
function monthMay(text: string, start: number, end: number): boolean {
  return MAY_LEAD_RE.test(text.slice(Math.max(0, start - 12), start)) && !/^\s+[a-z]/.test(text.slice(end, end + 3));
}
const MAY_LEAD_RE = /(?:^|[^A-Za-z])(?:of|in|by|until|till|before|since|early|late|mid-?)\s*$/i;

/** "March 5, 2020", "5 March 2020", "June 2016", "April20", and a lone month name. */
function collectEnglish(text: string, out: DateCandidate[]): void {
  ENGLISH_DATE_RE.lastIndex = 0;
  for (let m = ENGLISH_DATE_RE.exec(text); m; m = ENGLISH_DATE_RE.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const monthName = (m[1] ?? m[5] ?? m[7] ?? m[9] ?? '').toLowerCase();
    const month = ENGLISH_MONTHS[monthName];
    if (!month) continue;
    if (m[9] !== undefined) {
      // A lone month name is a date only when capitalised and after a cue ("by March").
      if (
        m[9][0] === m[9][0]?.toUpperCase() &&
        (monthName === 'may' ? monthMay(text, start, end) : monthName.length > 3)
      ) {
        out.push(candidate(start, end, { precision: 'month', month, needsCue: true, english: true }));
      }
      continue;
    }
    if (m[7] !== undefined) {
      out.push(candidate(start, end, { precision: 'month', month, year: Number(m[8]), english: true }));
      continue;
    }
    const day = Number(m[2] ?? m[4]);
    const year = m[3] ?? m[6];
    out.push(candidate(start, end, { day, month, year: year ? Number(year) : null, english: true }));
  }
}

/** "the first quarter of 2026", "fourth quarter 2030": only with a year (a bare quarter is left to compromise). */
function collectEnglishQuarters(text: string, out: DateCandidate[]): void {
  ENGLISH_QUARTER_RE.lastIndex = 0;
  for (let m = ENGLISH_QUARTER_RE.exec(text); m; m = ENGLISH_QUARTER_RE.exec(text)) {
    const quarter = ENGLISH_QUARTERS[(m[1] as string).toLowerCase()];
    if (!quarter) continue;
    out.push(
      candidate(m.index, m.index + m[0].length, { precision: 'quarter', quarter, year: Number(m[2]), english: true }),
    );
  }
  NUMBERED_QUARTER_EN_RE.lastIndex = 0;
  for (let m = NUMBERED_QUARTER_EN_RE.exec(text); m; m = NUMBERED_QUARTER_EN_RE.exec(text)) {
    const quarter = QUARTER_NUMBERS[(m[1] as string).toLowerCase()] as number;
    out.push(
      candidate(m.index, m.index + m[0].length, { precision: 'quarter', quarter, year: Number(m[2]), english: true }),
    );
  }
}

/** "Q4 2026", "Q1/2027": the short form of a quarter, in either language. */
function collectShortQuarters(text: string, out: DateCandidate[]): void {
  SHORT_QUARTER_RE.lastIndex = 0;
  for (let m = SHORT_QUARTER_RE.exec(text); m; m = SHORT_QUARTER_RE.exec(text)) {
    out.push(
      candidate(m.index, m.index + m[0].length, { precision: 'quarter', quarter: Number(m[1]), year: Number(m[2]) }),
    );
  }
}

/** Every date candidate in `text`, in document order, overlaps resolved in favour of the longer. */
export function collectDateCandidates(text: string, english: boolean): DateCandidate[] {
  const found: DateCandidate[] = [];
  collectNumeric(text, english, found);
  if (QUARTER_PREFILTER_RE.test(text)) collectQuarters(text, found);
  if (SHORT_QUARTER_PREFILTER_RE.test(text)) collectShortQuarters(text, found);
  if (english) {
    collectEnglish(text, found);
    collectEnglishDayRanges(ENGLISH_DAY_RANGE_RE, text, found);
    collectEnglishDayRanges(ENGLISH_DMY_DAY_RANGE_RE, text, found);
    if (ENGLISH_QUARTER_PREFILTER_RE.test(text)) collectEnglishQuarters(text, found);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (last && date.start < last.end) {
      if (date.end - date.start > last.end - last.start) kept[kept.length - 1] = date;
      continue;
    }
    kept.push(date);
  }
  return kept;
}

const QUARTER_PREFILTER_RE = /qu[ýÝ]/i;
const QUARTER_RANGE_END_RE = /^(\s*[-–]\s*)(IV|III|II|I|[1-4])\s*[/.-]\s*((?:19|20)\d\d)(?!\d)/i;
const ENGLISH_QUARTER_PREFILTER_RE = /quarter/i;
const SHORT_QUARTER_PREFILTER_RE = /Q[1-4]/;
