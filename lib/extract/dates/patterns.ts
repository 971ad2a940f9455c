/**
 * Regular expressions for dates. All are led by a digit or a fixed word and have bounded
 * quantifiers; the words that decide what a number means ("ngày", "tháng", "quý", "năm", cue
 * words) are read backwards in JS, which is cheaper than lookbehinds over the whole text.
 */

import { caselessRegExp } from '../text/caseless';

/**
 * Numeric date shapes, led by a number (`first`) that does not continue another number. Named groups:
 * ISO `YYYY-MM-DD` (`isoMonth`, `isoDay`); year range `2020-2025`, `2021 – 2030` (`yearTo`);
 * `D/M/Y` with one separator `/ . -` (`dmySep`, `dmyMonth`, `dmyYear`); compressed range
 * `04-10/3/2024` (`rangeDay`, `rangeSep`, `rangeMonth`, `rangeYear`); `M/YYYY` (`mySep`, `myYear`);
 * `D/M` (`dmSep`, `dmMonth`); worded `18 tháng 11 năm 2020` (`wordMonth`, `wordYear`). None of them: a
 * bare number right after a date word, which gives its meaning ("năm 2030", "tháng 10", "ngày 12").
 * Must not match inside "30/2020/NĐ-CP" (the year of a code), "20:34", "1.500.000", "6.5-7.5%".
 */
/** The groups of numericDateRe's source, in order (positionalRegExp checks them; numericGroups reads them). */
const NUMERIC_GROUP_ORDER = [
  'first',
  'isoMonth',
  'isoDay',
  'yearTo',
  'dmySep',
  'dmyMonth',
  'dmyYear',
  'rangeDay',
  'rangeSep',
  'rangeMonth',
  'rangeYear',
  'mySep',
  'myYear',
  'dmSep',
  'dmMonth',
  'wordMonth',
  'wordYear',
];

/** Date words whose number a bare number after them is (Vietnamese pages; English adds its own). */
export const DATE_LEAD_WORDS_VI = 'ng[aà]y|m[ồo]ng|m[ùu]ng|th[aá]ng|n[aă]m';
export const DATE_LEAD_WORDS_EN = 'ngày|tháng|năm|in|by|to|until|till|since|before|after|of|for|from|year';
export const NUMERIC_DATE_RE = numericDateRe(DATE_LEAD_WORDS_VI);

/** The named groups of NUMERIC_DATE_RE (undefined when that shape did not match); see numericGroups. */
export interface NumericDateGroups {
  first: string;
  isoMonth?: string;
  isoDay?: string;
  yearTo?: string;
  dmySep?: string;
  dmyMonth?: string;
  dmyYear?: string;
  rangeDay?: string;
  rangeSep?: string;
  rangeMonth?: string;
  rangeYear?: string;
  mySep?: string;
  myYear?: string;
  dmSep?: string;
  dmMonth?: string;
  wordMonth?: string;
  wordYear?: string;
}

/**
 * The groups of a NUMERIC_DATE_RE (or _EN_) match by name. The patterns are compiled without group
 * names (positionalRegExp): with names the engine builds a dictionary of all 17 groups for every
 * number in the text, which cost more than the match itself.
 */
export function numericGroups(m: RegExpExecArray): NumericDateGroups {
  return {
    first: m[1] as string,
    isoMonth: m[2],
    isoDay: m[3],
    yearTo: m[4],
    dmySep: m[5],
    dmyMonth: m[6],
    dmyYear: m[7],
    rangeDay: m[8],
    rangeSep: m[9],
    rangeMonth: m[10],
    rangeYear: m[11],
    mySep: m[12],
    myYear: m[13],
    dmSep: m[14],
    dmMonth: m[15],
    wordMonth: m[16],
    wordYear: m[17],
  };
}

/**
 * `source` (written with named groups, for reading) compiled with plain numbered groups: each
 * `(?<name>` becomes `(` and each `\k<name>` the group's number. Throws when the groups are not
 * those of NUMERIC_GROUP_ORDER, in that order.
 */
function positionalRegExp(source: string, flags: string): RegExp {
  const names: string[] = [];
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const named = /^\\k<(\w+)>/.exec(source.slice(i));
      if (named) {
        out += `(?:\\${names.indexOf(named[1] as string) + 1})`;
        i += named[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
    } else if (c === '(' && source[i + 1] === '?') {
      const name = /^\(\?<(\w+)>/.exec(source.slice(i));
      if (name) {
        names.push(name[1] as string);
        out += '(';
        i += name[0].length - 1;
      } else out += c;
    } else {
      if (c === '(') throw new Error('positionalRegExp: unnamed capturing group');
      out += c;
    }
  }
  if (names.join() !== NUMERIC_GROUP_ORDER.join()) throw new Error(`positionalRegExp: groups ${names.join()}`);
  return new RegExp(out, flags);
}

/** NUMERIC_DATE_RE for English pages: bare years also after "in", "by", "to", "By2050", "vision to". */
export const NUMERIC_DATE_EN_RE = numericDateRe(DATE_LEAD_WORDS_EN);

/**
 * Builds the numeric date pattern. A bare number is matched only after one of `leadWords`
 * (checked by a lookbehind once its digits are read), so the many other numbers in a text cost the
 * regex engine a failed match rather than a round trip into JS.
 */
function numericDateRe(leadWords: string): RegExp {
  return positionalRegExp(numericDateSource(leadWords), 'gi');
}

/** The numeric date pattern's source, with its named groups (exported for the tests). */
export function numericDateSource(leadWords: string): string {
  return (
    // "(?!\\d)": every alternative needs a non-digit after the number, so a shorter run of its
    // digits never matches; the lookahead spares retrying them.
    '(?<![\\d/.,:\\-])(?<first>\\d{1,4}(?!\\d))(?:' +
    '-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})(?![\\d/])' +
    '|[ \\t]*[-\\u2013\\u2014][ \\t]*(?<yearTo>(?:19|20)\\d\\d)(?![\\d/])' +
    // A stray space before the first slash ("523/TTg-KTTH 21 /4/2014"), only in a whole date
    // with a four-digit year ("số 7 /12/20" is an address or a code as often as a date).
    '|(?:[ \\t](?=/\\d{1,2}/\\d{4}(?!\\d)))?(?<dmySep>[/.\\-])(?<dmyMonth>\\d{1,2})\\k<dmySep>(?<dmyYear>\\d{4}|\\d{2})(?![\\d/]|\\.\\d)' +
    '|[ \\t]*[-\\u2013][ \\t]*(?<rangeDay>\\d{1,2})(?<rangeSep>[/.\\-])(?<rangeMonth>\\d{1,2})(?:\\k<rangeSep>(?<rangeYear>\\d{4}))?(?![\\d/]|\\.\\d)' +
    '|(?<mySep>[/.\\-])(?<myYear>\\d{4})(?![\\d/]|\\.\\d)' +
    '|(?<dmSep>[/.\\-])(?<dmMonth>\\d{1,2})(?![\\d/%]|[.,]\\d)' +
    '|\\s+th[aá]ng\\s+(?<wordMonth>\\d{1,2})(?:\\s*(?:n[aă]m|/|-|\\.)\\s*(?<wordYear>\\d{4}))?(?!\\d)' +
    `|(?<=(?:^|[^A-Za-z\\u00c0-\\u1ef9])(?:${leadWords})[ \\t\\u00a0]{0,2}\\d{1,4})` +
    ')(?![\\d%])'
  );
}

/** "quý IV/2020", "QUÝ 1 NĂM 2022", "quý II năm 2022", "Quý I". Group 1 quarter, 2 year. */
export const QUARTER_RE =
  /qu[ýÝ](?<=(?:^|[^A-Za-zÀ-ỹ])qu[ýÝ])\s+(IV|III|II|I|[1-4]|một|hai|ba|bốn|tư)(?![A-Za-zÀ-ỹ\d])(?:\s*(?:[/.-]|n[aă]m|của\s+n[aă]m)\s*((?:19|20)\d\d)(?!\d))?/gi;

/** "Q4 2026", "Q1/2027", "Q2-2027": a quarter's short form, only with its year. Group 1 quarter, 2 year. */
export const SHORT_QUARTER_RE =
  /(?<![\p{L}\p{N}])Q([1-4])(?:[ \t]*[/.-][ \t]*|[ \t]+(?:of[ \t]+)?)((?:19|20)\d\d)(?![\d/])/gu;

/** "Quarter IV/2030", "Quarter 2 of 2027": a translated "Quý IV/2030". Group 1 quarter, 2 year. */
export const NUMBERED_QUARTER_EN_RE =
  /(?<![A-Za-z])quarter\s+(IV|III|II|I|[1-4])(?:[ \t]*[/.,-][ \t]*|[ \t]+(?:of[ \t]+)?)((?:19|20)\d\d)(?![\d/])/gi;

/** "first quarter of 2026", "the fourth quarter 2030". Group 1 ordinal, 2 year. */
export const ENGLISH_QUARTER_RE =
  /(?<![A-Za-z])(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+(?:the\s+year\s+)?)?((?:19|20)\d\d)(?!\d)/gi;

/** Month names; `apirl` is a misspelling of April seen on real pages (see ENGLISH_MONTHS). */
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|apirl';

/**
 * English month dates: `March 5, 2020`, `April\n29th 2011`, `April20`, `5 March 2020`,
 * `June 2016` / `June2016`, and a lone month name (kept only after a cue such as "by").
 * Groups: 1 month, 2 day, 3 year | 4 day, 5 month, 6 year | 7 month, 8 year | 9 month.
 */
export const ENGLISH_DATE_RE = new RegExp(
  // A stop after a month only abbreviates it ("Oct. 5"): "in October.\n\n3. Chairpersons …" is a
  // month and a list number. A page's block break (a blank line) may stand between month and day.
  `(?<![A-Za-z])(${MONTHS})(?:(?<![A-Za-z]{4})\\.)?[ \\t]*(?:\\r?\\n[ \\t]*){0,2}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[ \\t]*[./-][ \\t]*\\d)(?:\\s*,?\\s*((?:19|20)\\d\\d)(?!\\d))?` +
    `|(?<![\\d.,/])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\.?(?![A-Za-z])(?:\\s*,?\\s*((?:19|20)\\d\\d)(?!\\d))?` +
    `|(?<![A-Za-z])(${MONTHS})\\.?\\s*,?\\s*((?:19|20)\\d\\d)(?!\\d)` +
    `|(?<![A-Za-z])(${MONTHS})(?![A-Za-z])`,
  'gi',
);

/** A day of an English day range, with its ordinal suffix; the joiner between its two days. */
const RANGE_DAY = (name: string) => `(?<${name}>\\d{1,2})(?:st|nd|rd|th)?`;
const RANGE_JOINER = '(?<joiner>[ \\t]{0,3}(?:-|–|—|to|through|until)[ \\t]{0,3})';
const RANGE_YEAR = '[ \\t]{0,3},?[ \\t]{0,3}(?<year>(?:19|20)\\d\\d)(?!\\d)';
/** "April 20 to 22, 2027", "April 20-22, 2027": the month first, the year after the second day. */
export const ENGLISH_DAY_RANGE_RE = new RegExp(
  `(?<![A-Za-z])(?<month>${MONTHS})\\.?[ \\t]{0,3}${RANGE_DAY('first')}${RANGE_JOINER}${RANGE_DAY('second')}(?![\\d:/.])${RANGE_YEAR}`,
  'gi',
);
/**
 * "10 to 20 July 2026", "10-20 July 2026": both days before the month, the year after it. Not a
 * numbered part before a date ("Stage 2 - 30 June 2026").
 */
export const ENGLISH_DMY_DAY_RANGE_RE = new RegExp(
  `(?<![\\d/.,:])(?<!(?:stage|phase|step|round|no\\.?|article|clause|section|part|chapter|point|item)\\s+)${RANGE_DAY('first')}${RANGE_JOINER}${RANGE_DAY('second')}[ \\t]{1,3}(?<month>${MONTHS})\\.?${RANGE_YEAR}`,
  'gi',
);

/** A clock time right after a date: "13/09/2019 05:57", "July 28, 2016 11:02 AM". */
export const TIME_AFTER_RE = /^[ \t]*,?[ \t]*(?:\||-|\/)?[ \t]*\d{1,2}:\d{2}/;
/** A clock time right before a date: "(20:34 21/05/2022)", "05:32, 24/11/2023". */
export const TIME_BEFORE_RE = /\d{1,2}:\d{2}(?::\d{2})?[ \t]*,?[ \t]*$/;
/** A weekday right before a date: "Thứ Sáu, ", "THỨ BA, ", "Chủ nhật, ". */
export const WEEKDAY_BEFORE_RE =
  /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*$/iu;
/**
 * A place-and-date line of an official text: "Hà Nội, ", "Thành phố Hồ Chí Minh, ", "Hanoi, ". Sticky:
 * it is tried only at the start of the left context's last line (no line break can sit inside
 * it), not at every position of that context.
 */
export const PLACE_LINE_BEFORE_RE = /[ \t|]*\p{Lu}[\p{L}\p{M} .]{1,40},[ \t]*$/uy;
/** Words that look like a place line but are not one: "Sáng, ngày …". */
export const NOT_A_PLACE_RE = caselessRegExp(
  String.raw`^[ \t|]*(?:sáng|chiều|tối|trưa|đêm|thứ|chủ nhật|ngày|hôm|tháng|năm|theo|trong|tại|sau|trước|đến|từ|với|về|như|vì|do|nếu|khi|đồng thời|tuy nhiên|ngoài ra)(?![\p{L}\p{M}])`,
  'iu',
);
