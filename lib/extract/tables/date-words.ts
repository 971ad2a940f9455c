/**
 * Words around dates: which word belongs to the date (and so to its span), and which cue words
 * before it say what kind of date it is. Sources: ../shared/spec/vn-document-references.md §2.3,
 * §3.2–3.5; spans and kinds as in ../shared/spec/annotation-guidelines.md. Lower case, NFC.
 */

/** Words that belong to the date and stay inside its span: "ngày 5/11/2012", "tháng 12/2020". */
export const DAY_WORDS: ReadonlySet<string> = new Set(['ngày', 'mồng', 'mùng']);
export const MONTH_WORD = 'tháng';
export const QUARTER_WORD = 'quý';
export const YEAR_WORD = 'năm';

/** Roman and spelled quarter numbers: "quý IV/2020", "quý ba". */
export const QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
};

/** English month names and abbreviations → month number. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  apirl: 4, // a common misspelling of April on Vietnamese English-language pages ("Apirl 01, 1990")
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** English ordinal quarters: "the second quarter". */
export const ENGLISH_QUARTERS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
};

/**
 * Cue phrases read right-to-left from the date (nearest first), each with the kind it gives.
 * Longer phrases are listed so that "tầm nhìn đến" wins over "đến".
 */
export type CueKind = 'deadline' | 'issued' | 'event' | 'published' | 'other' | 'range-start' | 'range-end';

export const VIETNAMESE_CUES: ReadonlyArray<readonly [phrase: string, kind: CueKind]> = [
  // Deadlines: "trước ngày 23/6/2022", "chậm nhất ngày …", "không muộn hơn …", "hạn chót …"
  ['trước', 'deadline'],
  ['chậm nhất', 'deadline'],
  ['chậm nhất là', 'deadline'],
  ['chậm nhất là vào', 'deadline'],
  ['chậm nhất trong', 'deadline'],
  ['chậm nhất vào', 'deadline'],
  ['muộn nhất', 'deadline'],
  ['muộn nhất là', 'deadline'],
  ['muộn nhất vào', 'deadline'],
  ['hết', 'deadline'],
  ['thời hạn hoàn thành', 'deadline'],
  ['thời gian hoàn thành', 'deadline'],
  ['hạn hoàn thành', 'deadline'],
  ['không muộn hơn', 'deadline'],
  ['không quá', 'deadline'],
  ['hạn chót', 'deadline'],
  ['hạn cuối', 'deadline'],
  ['hạn nộp', 'deadline'],
  ['thời hạn', 'deadline'],
  ['hết hạn', 'deadline'],
  ['xong trước', 'deadline'],
  // "tiêu hủy … ngay trong ngày 05/11/2026": within that very day.
  ['ngay trong', 'deadline'],
  ['xong trong', 'deadline'],
  ['hoàn thành trong', 'deadline'],
  ['hoàn thành trước', 'deadline'],
  ['hoàn thành xong trong', 'deadline'],
  ['hoàn thành xong trước', 'deadline'],
  ['hoàn thành vào', 'deadline'],
  ['hoàn tất trong', 'deadline'],
  ['hoàn tất trước', 'deadline'],
  ['kết thúc trước', 'deadline'],
  ['đến hết ngày', 'deadline'],
  ['đến năm', 'deadline'],
  ['tới năm', 'deadline'],
  // Horizons and frames: "tầm nhìn đến năm 2045"
  ['tầm nhìn đến', 'other'],
  ['tầm nhìn', 'other'],
  ['định hướng đến', 'other'],
  // Issue dates: "ban hành ngày …", "ký ngày …"
  ['ban hành ngày', 'issued'],
  ['ban hành', 'issued'],
  ['ký ngày', 'issued'],
  ['ký', 'issued'],
  ['ngày ban hành', 'issued'],
  ['ngày ký', 'issued'],
  // Events: "Sáng 22/6", "vào ngày …", "có hiệu lực từ ngày …"
  ['sáng', 'event'],
  ['chiều', 'event'],
  ['tối', 'event'],
  ['trưa', 'event'],
  ['đêm', 'event'],
  ['rạng sáng', 'event'],
  ['vào', 'event'],
  ['hôm', 'event'],
  ['có hiệu lực', 'event'],
  ['có hiệu lực từ', 'event'],
  ['có hiệu lực kể từ', 'event'],
  ['hiệu lực', 'event'],
  ['bắt đầu từ', 'event'],
  // Publication stamps and labels
  ['ngày đăng', 'published'],
  ['đăng ngày', 'published'],
  ['cập nhật', 'published'],
  ['ngày cập nhật', 'published'],
  ['publish date', 'published'],
  ['date', 'published'],
  ['update', 'published'],
  // Range starts and ends: "từ ngày 25/01 đến ngày 01/02/2021"
  ['từ', 'range-start'],
  ['kể từ', 'range-start'],
  ['đến', 'range-end'],
  ['tới', 'range-end'],
  ['đến hết', 'range-end'],
];

export const ENGLISH_CUES: ReadonlyArray<readonly [phrase: string, kind: CueKind]> = [
  ['by', 'deadline'],
  ['before', 'deadline'],
  ['until', 'deadline'],
  ['till', 'deadline'],
  ['prior to', 'deadline'],
  ['no later than', 'deadline'],
  ['not later than', 'deadline'],
  ['from now until', 'deadline'],
  ['deadline', 'deadline'],
  ['completion date', 'deadline'],
  ['due date', 'deadline'],
  ['due', 'deadline'],
  ['due on', 'deadline'],
  ['due by', 'deadline'],
  ['due in', 'deadline'],
  ['on or before', 'deadline'],
  ['by the end of', 'deadline'],
  ['dated', 'issued'],
  ['issued on', 'issued'],
  ['signed on', 'issued'],
  ['promulgated on', 'issued'],
  ['as of', 'other'],
  ['vision to', 'other'],
  ['with a vision to', 'other'],
  ['through', 'other'],
  ['on', 'event'],
  ['held on', 'event'],
  ['in', 'event'],
  ['from', 'range-start'],
  ['to', 'range-end'],
  ['date', 'published'],
  ['publish date', 'published'],
  ['update', 'published'],
];

/**
 * Words that end in a cue word but are not that cue: "đăng ký" (register) ends in "ký" (signed),
 * so "hạn chót nộp văn bản đăng ký: ngày …" is no issue date.
 */
export const NOT_CUES = ['đăng ký'];
/**
 * Modifiers read past between a cue and its date: "by the late second quarter", "by the end of
 * March", "trước đầu tháng", and "trước các ngày 10/4, 10/7 và 10/10" (a list of dates under one cue).
 */
export const CUE_MODIFIERS = [
  'the',
  'early',
  'late',
  'mid',
  'end',
  'of',
  'at',
  'đầu',
  'cuối',
  'giữa',
  'hết',
  'các',
  'những',
];
