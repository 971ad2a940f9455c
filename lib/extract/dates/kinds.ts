/**
 * What a date is: a deadline, the issue date of a referenced document, the page's own stamp, an
 * event, an end of a period, or other. Decided from the words right before the date (nearest cue
 * wins, the longest phrase first), its surroundings (a clock time, a weekday, a place line), and
 * the references found in the same text.
 */

import type { CueKind } from '../tables/date-words';
import { isWordChar, skipSpacesBack } from '../text/left-context';
import { partitionPoint } from '../text/sorted';
import type { DateKind, Reference } from '../types';
import type { DateCandidate } from './candidates';
import { BEFORE_CUE_RE, readCue } from './cues';
import { NOT_A_PLACE_RE, PLACE_LINE_BEFORE_RE, TIME_AFTER_RE, TIME_BEFORE_RE, WEEKDAY_BEFORE_RE } from './patterns';

/** A reference's issue date follows it within this many characters (", ban hành ngày"). */
const MAX_ISSUE_GAP = 24;
/** How far back a law's title may start before its date ("Căn cứ Luật … ngày …"). */
const LAW_TITLE_WINDOW = 120;
/** A lead date and the reference it issues: at most this far apart in one sentence. */
const MAX_LEAD_TO_REFERENCE = 220;
/** Characters looked at before a date for a stamp's weekday or clock time, and for a place line. */
const STAMP_WINDOW = 24;
const PLACE_LINE_WINDOW = 60;
/** Characters looked at after a date for a stamp's clock time ("13/09/2019 05:57"). */
const TIME_AFTER_WINDOW = 12;
/** Between a reference and its issue date: ", ", " (", ", ban hành ", " dated ", "\nof ". */
const ISSUE_GAP_RE = /^[\s,(]*(?:(?:ban\s+hành|ký|ký\s+ban\s+hành|dated|of|issued\s+on|signed\s+on)[\s,]*)?$/iu;
/** A law named without a number before "ngày"/"dated": "Căn cứ Luật Tổ chức chính quyền địa phương ngày". */
const LAW_BEFORE_RE =
  /(?:^|[\s(])(?:Luật(?!\s+pháp(?![\p{L}\p{M}]))|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp|Law|Code|Ordinance)\s[^.;:\n]{0,80}$/u;
/** A due date's cue between a law's name and the date: "… Ban Chính sách Luật pháp trước 17 giờ ngày …". */
const DUE_CUE_BETWEEN_RE = /\s(?:trước|chậm\s+nhất|before|no\s+later\s+than)\s/iu;
/** Issuing verbs in a news lead: "Ngày 10/6, Liên đoàn … ban hành Kế hoạch số …". */
const ISSUING_VERB_RE = /(?:ban\s+hành|ký\s+ban\s+hành|đã\s+ký|signed|issued)/iu;

/** The reference whose issue date `date` is, when the date follows it directly. */
export function referenceIssuedBy(text: string, date: DateCandidate, references: Reference[]): Reference | undefined {
  const ref = references[lastEndingBefore(references, date.start)];
  if (!ref || date.start - ref.end > MAX_ISSUE_GAP) return undefined;
  return ISSUE_GAP_RE.test(text.slice(ref.end, date.start)) ? ref : undefined;
}

/** Index of the last reference that ends at or before `pos` (references are sorted), or -1. */
function lastEndingBefore(references: Reference[], pos: number): number {
  return partitionPoint(references, (reference) => reference.end <= pos) - 1;
}

function isAfterLawTitle(text: string, date: DateCandidate): boolean {
  const left = text.slice(Math.max(0, date.start - LAW_TITLE_WINDOW), date.start);
  const title = LAW_BEFORE_RE.exec(left);
  if (!title || /[,;]\s*$/.test(left) || DUE_CUE_BETWEEN_RE.test(title[0])) return false;
  return date.english || /^\s*ngày/iu.test(text.slice(date.start, date.start + 6));
}

function isLeadOfIssuing(text: string, date: DateCandidate, references: Reference[]): boolean {
  // A lead: at the start of the text, a line, a sentence, a bullet, after a stamp or "HNP - ".
  if (date.start > 0 && !/(?:^|[\n.:*•)\-–])\s*$/.test(text.slice(Math.max(0, date.start - 8), date.start)))
    return false;
  if (!/^\s*,/.test(text.slice(date.end, date.end + 3))) return false;
  const next = references[lastEndingBefore(references, date.end) + 1];
  if (!next || next.start - date.end > MAX_LEAD_TO_REFERENCE) return false;
  const between = text.slice(date.end, next.start);
  return !/[.;\n]/.test(between) && ISSUING_VERB_RE.test(between);
}

/**
 * Whether a weekday at `at` can open a page's stamp: at a line's start or after a time, a bar or a
 * dash ("14:30 Thứ Sáu, 13/09/2019", "| Monday, …"); after a word or a comma it is prose ("moves to
 * the next working day, Monday, 4 May 2026", "vào ngày thứ Hai, 15/9").
 */
function opensStamp(text: string, at: number): boolean {
  const before = text.charCodeAt(skipSpacesBack(text, at, 4) - 1);
  return !(before === 44 /* , */ || isWordChar(before)) || (before >= 48 && before <= 57);
}

function isStamp(text: string, date: DateCandidate): DateKind | undefined {
  if (date.precision !== 'day' || date.year === null) return undefined;
  const before = text.slice(Math.max(0, date.start - STAMP_WINDOW), date.start);
  const justBefore = skipSpacesBack(text, date.start, 3);
  const beforeCode = text.charCodeAt(justBefore - 1);
  const weekday = beforeCode === 44 /* , */ || isWordChar(beforeCode) ? WEEKDAY_BEFORE_RE.exec(before) : null;
  if (weekday && opensStamp(text, date.start - before.length + weekday.index)) {
    // Portal stamps are numeric ("Thứ Sáu, 13/09/2019"); a spelled-out date is a calendar widget.
    return /^\d/.test(text.slice(date.start, date.end)) ? 'published' : 'other';
  }
  if (TIME_AFTER_RE.test(text.slice(date.end, date.end + TIME_AFTER_WINDOW))) return 'published';
  const digitBefore = text.slice(Math.max(0, justBefore - 4), justBefore);
  if (/\d/.test(digitBefore) && TIME_BEFORE_RE.test(before)) return 'published';
  // A place line ends with a comma right before the date: "Hà Nội, ngày …".
  if (beforeCode !== 44 /* , */) return undefined;
  const line = text.slice(Math.max(0, date.start - PLACE_LINE_WINDOW), date.start);
  const lineStart = line.lastIndexOf('\n') + 1;
  PLACE_LINE_BEFORE_RE.lastIndex = lineStart;
  if (PLACE_LINE_BEFORE_RE.test(line) && !NOT_A_PLACE_RE.test(line.slice(lineStart))) return 'published';
  return undefined;
}

export interface Classified {
  kind: DateKind;
  /** The cue said "before" a period ("trước quý IV"), which moves the due date to the day before it. */
  beforePeriod: boolean;
  issuedFor?: Reference;
}

/** The kind of `date` in `text`. `references` are the text's references, in document order. */
export function classifyDate(text: string, date: DateCandidate, references: Reference[]): Classified {
  if (date.linkPrevious === 'range' || date.linkNext === 'range' || date.precision === 'years') {
    return { kind: 'period', beforePeriod: false };
  }
  const stamp = isStamp(text, date);
  if (stamp) return { kind: stamp, beforePeriod: false };
  const issuedFor = referenceIssuedBy(text, date, references);
  if (issuedFor) return { kind: 'issued', beforePeriod: false, issuedFor };

  const cue = readCue(text, date.start);
  const weakCue = !cue || cue.phrase === 'on' || cue.phrase === 'in';
  // "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "the Labor Code base on …".
  if (weakCue && date.precision === 'day' && isAfterLawTitle(text, date))
    return { kind: 'issued', beforePeriod: false };
  const kind = cueToKind(cue?.kind);
  if (kind) {
    const yearKind = kind === 'event' && date.precision === 'year' ? 'other' : kind;
    return { kind: yearKind, beforePeriod: BEFORE_CUE_RE.test(cue?.phrase ?? '') };
  }
  if (isLeadOfIssuing(text, date, references)) return { kind: 'issued', beforePeriod: false };
  // A day or a month with no cue is when something happens; so is an English quarter ("scheduled for
  // the third quarter of 2026"). A bare Vietnamese quarter or year is more often a reporting frame.
  const happens =
    date.precision === 'day' || date.precision === 'month' || (date.english && date.precision === 'quarter');
  return { kind: happens ? 'event' : 'other', beforePeriod: false };
}

function cueToKind(cue: CueKind | undefined): DateKind | undefined {
  switch (cue) {
    case undefined:
      return undefined;
    case 'range-start':
      return 'event'; // "Từ ngày 19/7/2021 … áp dụng": a start point
    case 'range-end':
      return 'deadline'; // "đến hết ngày 30/9", "đến năm 2030": a bound
    default:
      return cue;
  }
}
