/**
 * The introduction of a list a deadline is an item of: "Bộ Tài chính đề nghị các bộ, cơ quan trung
 * ương và địa phương:" above "1. Phân bổ … hoàn thành trước ngày 30/4/2027". The guidelines take an
 * owner named there, away from the date, when the item names none.
 */
import { REQUEST_WORDS_VI } from '../tables/task-words';
import type { Span } from '../types';
import { clauseStart } from './clause';
import { isFieldLine } from './labelled-items';
import { ownerSpan, phraseEnd, splitOwners, subjectAt } from './owners';
import { alternation } from './phrases';
import { ownersOfListIntroduction } from './task-owners';
import { lineEndWithin, lineStartWithin, skipSpaces, testAt, trimSpan } from './text-walk';
import { bodyAt, headedByBodyEn, verbAt } from './word-classes';
import { ITEM_LINE_RE, LIST_MARKER_AT, TASK_VERBS_EN_SET } from './words';

/** A list item's marker at a line start: "1.", "2)", "1.2.", "a)", "-", "+", "•". */
/** How far above its item an introduction is looked for, and how many lines. */
const INTRO_BACK = 3_000;
const INTRO_LINES = 40;
const ITEM_BACK = 600;
/** How far back from its colon an introduction's clause may start. */
const INTRO_CLAUSE_BACK = 600;

let remembered: { text: string; itemStart: number; english: boolean; found: Introduction[] } = {
  text: '',
  itemStart: -1,
  english: false,
  found: [],
};

/** An introduction; `heading` when the line is only a body's name, the owner of what it heads. */
type Introduction = Span & { item: number; heading?: boolean };

/**
 * A numbered or lettered heading that may be only a body's name ("3. Sở Công Thương", "b) Sở Tài
 * chính:"): group 1 its marker, group 2 what follows.
 */
const BODY_HEADING_RE =
  /^([ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.|[a-zđ]\))[ \t]+)([^:\n]{2,120}?[^.;:\s])[ \t]*:?$/u;

/** A requester's introduction ("Chủ tịch UBND tỉnh yêu cầu:", "… chỉ thị:"): the body in it asks, and is asked nothing. */
const ASKS_RE = new RegExp(
  `(?:^|\\s)${alternation([...REQUEST_WORDS_VI, 'chỉ đạo', 'chỉ thị'])}(?![\\p{L}\\p{M}])`,
  'iu',
);
/** Words before the body a heading names: "1. Đối với …", "3. Đề nghị Ủy ban nhân dân các tỉnh …". */
const TOPIC_HEADING_RE = /^(?:đối\s+với|đề\s+nghị|yêu\s+cầu)\s+/iu;

/**
 * A numbered heading on the line at `lineStart` (`line` its text, trimmed at the end), and where
 * the body it may name starts: after its marker and any topic words ("1. Đối với các trường tiểu
 * học", "3. Đề nghị UBND các tỉnh" head their items like "1. Các trường tiểu học").
 */
function numberedHeading(
  text: string,
  lineStart: number,
  line: string,
): { heading: RegExpExecArray; named: number } | null {
  const heading = BODY_HEADING_RE.exec(line);
  if (!heading) return null;
  const marked = lineStart + (heading[1] as string).length;
  return { heading, named: marked + (TOPIC_HEADING_RE.exec(text.slice(marked, marked + 12))?.[0].length ?? 0) };
}

/** Whether the line above `lineStart` is a numbered heading that is only a body's name ("3. Sở Công Thương"). */
function underBodyHeading(text: string, lineStart: number, floor: number): boolean {
  const above = lineStartWithin(text, lineStart - 1, floor);
  const found = above < 0 ? null : numberedHeading(text, above, text.slice(above, lineStart - 1).trimEnd());
  return found !== null && bodyAt(text, found.named, false);
}

/** Field lines read up from a field to its item, at most. */
const FIELD_LINES_UP = 6;

/** The start of the item line a field line at `lineStart` belongs to (fields between), or -1. */
function fieldOwnerItem(text: string, lineStart: number, floor: number): number {
  let start = lineStart;
  let end = lineEndWithin(text, start, start + 400);
  for (let n = 0; n < FIELD_LINES_UP; n++) {
    if (end < 0 || !isFieldLine(text, start, end)) return -1;
    end = start - 1;
    start = lineStartWithin(text, end, floor);
    if (start < 0) return -1;
    if (ITEM_LINE_RE.test(text.slice(start, start + 12))) return isFieldLine(text, start, end) ? -1 : start;
    // "2. Công an tỉnh" / "Chủ trì làm sạch …" / "Thời gian hoàn thành: …": the task's own line,
    // unmarked, right under a heading that names a body.
    if (!isFieldLine(text, start, end)) return underBodyHeading(text, start, floor) ? start : -1;
  }
  return -1;
}

/**
 * The clauses that may introduce the list holding `pos` (each up to, not including, its colon),
 * nearest first: items that end in a colon ("2. Đề nghị Đảng ủy các xã:", "1. Về tiến độ:"), then
 * the introduction above them all, where the search ends. Every non-blank line from the first item
 * to the date's own line must be an item, so a paragraph of prose or a new section heading between
 * them breaks the list. `item` is where the deadline's own item starts.
 */
export function listIntroductions(text: string, pos: number, english = false): Introduction[] {
  const found: Introduction[] = [];
  const floor = Math.max(0, pos - INTRO_BACK);
  // The deadline's own item starts at most ITEM_BACK before it: a longer paragraph is prose.
  let itemStart = lineStartWithin(text, pos, Math.max(floor, pos - ITEM_BACK));
  if (itemStart < 0) return found;
  // The dates of one line share its introductions: read them once per line.
  if (remembered.itemStart === itemStart && remembered.english === english && remembered.text === text) {
    remembered.text = text; // an equal text read again compares by content once, then by identity
    return remembered.found;
  }
  remembered = { text, itemStart, english, found };
  // A line without a marker may still sit right under a heading that names a body ("3. Sở Công
  // Thương" above "Thẩm định hồ sơ …, xong trước 31/8"): then only that line above is read.
  // A field line ("Thời gian hoàn thành: …") belongs to the item above it: read from that item.
  const fieldOf = fieldOwnerItem(text, itemStart, Math.max(floor, pos - ITEM_BACK));
  if (fieldOf >= 0) itemStart = fieldOf;
  const ownIsItem = ITEM_LINE_RE.test(text.slice(itemStart, itemStart + 12));
  // "3. Bộ Nông nghiệp … chủ trì …" under "1. Chủ tịch UBND các tỉnh:": an item of the same rank or
  // deeper above is a sibling's, never this item's introduction.
  let ownRank = ownIsItem ? markerRank(text.slice(itemStart, itemStart + 12)) : MAX_RANK;
  let lineStart = itemStart;
  for (let n = 0; n < INTRO_LINES && lineStart > floor; n++) {
    const lineEnd = lineStart - 1;
    lineStart = lineStartWithin(text, lineEnd, floor);
    if (lineStart < 0) break;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trimEnd();
    if (trimmed.trim() === '') continue;
    const isItem = ITEM_LINE_RE.test(line);
    // A sibling's fields ("Thời gian hoàn thành: …" under "a) …") are part of the list.
    if (!isItem && ownIsItem && isFieldLine(text, lineStart, lineEnd)) continue;
    const rank = isItem ? markerRank(line) : MAX_RANK;
    if (isItem && rank >= ownRank) continue;
    // Above an item of a higher rank, that item's siblings are no parents either.
    if (isItem) ownRank = rank;
    const numbered = numberedHeading(text, lineStart, trimmed);
    if (numbered && bodyAt(text, numbered.named, english)) {
      const { heading, named: start } = numbered;
      // "1. Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực)", "2. Vụ Tổ chức cán bộ:".
      const end = lineStart + (heading[1] as string).length + (heading[2] as string).trimEnd().length;
      found.push({ text: text.slice(start, end), start, end, item: itemStart, heading: true });
      if (!isItem) break;
      continue;
    }
    if (!ownIsItem) break;
    if (trimmed.endsWith(':')) {
      const colon = lineStart + trimmed.length - 1;
      // An indented line ("  Các sở, ngành …:") names its bodies after the indent.
      const start = skipSpaces(text, clauseStart(text, colon, Math.min(INTRO_CLAUSE_BACK, colon - lineStart)), colon);
      found.push({ text: text.slice(start, colon), start, end: colon, item: itemStart });
      if (!isItem) break;
    } else if (!isItem) break;
  }
  return found;
}

/** Whether the item at `itemStart` opens, after its marker, with a verb ("- Rà soát …"). */
function itemOpensWithVerb(text: string, itemStart: number): boolean {
  const at = skipSpaces(text, itemStart + testAt(LIST_MARKER_AT, text, itemStart), itemStart + ITEM_BACK);
  return verbAt(text, at, false, true);
}

/** The body an item's line opens with when a verb follows it ("3. Bộ Nông nghiệp … chủ trì …"), else none. */
function itemSubject(text: string, pos: number): Span[] {
  const lineStart = lineStartWithin(text, pos, Math.max(0, pos - ITEM_BACK));
  const marker = lineStart < 0 ? 0 : testAt(LIST_MARKER_AT, text, lineStart);
  if (!marker) return [];
  const at = lineStart + marker;
  // Only for a sentence after the first: the first sentence's subject was read with its clause.
  const sentence = clauseStart(text, pos, pos - at, false);
  if (sentence <= at) return [];
  // The deadline's own sentence must open with its verb: a noun subject ("Kết quả … được báo cáo")
  // says who acts itself, or nobody.
  if (!verbAt(text, skipSpaces(text, sentence, pos), false, true)) return [];
  const subject = subjectAt(text, at, sentence)?.[0] ?? labellingBody(text, at, sentence);
  return subject ? splitOwners(text, subject, false) : [];
}

/** "c) Sở Xây dựng (chủ đầu tư): Chỉ đạo …": the body that labels its item with a colon. */
function labellingBody(text: string, at: number, end: number): Span | null {
  if (!bodyAt(text, at, false) || verbAt(text, at, false, true)) return null;
  const colon = phraseEnd(text, at, end, false);
  return text[colon] === ':' ? ownerSpan(text, at, colon) : null;
}

/** The ranks of list markers, outermost first: "I.", "1.", "1.1.", "a)", "(a)", then "-", "+", "•". */
const MARKER_RANKS: readonly RegExp[] = [
  /^[ \t]*[IVX]{1,4}\.[ \t]/u,
  /^[ \t]*\d{1,2}[.)\-\u2013][ \t]/u,
  /^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]/u,
  /^[ \t]*[a-zđ][.)][ \t]/u,
  /^[ \t]*\((?:[a-zđ]|\d{1,2})\)[ \t]/u,
];
const MAX_RANK = MARKER_RANKS.length + 1;
/** The rank of a line's list marker (MARKER_RANKS), bullets after all of them. */
function markerRank(line: string): number {
  const rank = MARKER_RANKS.findIndex((re) => re.test(line));
  return rank < 0 ? MARKER_RANKS.length : rank;
}

/**
 * The owners a list item's introduction asks, for an item that names none. An item that bounds how
 * long something stays valid ("Giấy phép … có giá trị đến hết ngày …") asks nobody.
 */
export function introducedOwners(text: string, pos: number, english: boolean): Span[] {
  // "3. Bộ Nông nghiệp … chủ trì …. Tổng hợp thiệt hại, báo cáo … trước 20 giờ ngày …": a later
  // sentence of an item with no subject of its own is done by the body the item opens with.
  const subject = english ? [] : itemSubject(text, pos);
  if (subject.length > 0) return subject;
  const intros = listIntroductions(text, pos, english);
  if (intros.length === 0 || VALIDITY_RE.test(text.slice((intros[0] as { item: number }).item, pos))) return [];
  for (const intro of intros) {
    // A heading that is a whole introduction ("3. Departments … shall:") is read as one too.
    const heading = intro.heading ? ownersOfHeading(text, intro, english) : [];
    const introduces = !intro.heading || /^[ \t]*:/.test(text.slice(intro.end, intro.end + 3));
    const owners = heading.length > 0 || !introduces ? heading : ownersOfListIntroduction(text, intro, english);
    if (owners.length > 0) return owners;
    // "Các sở, ngành và UBND các xã, phường:" on a line of its own: nothing but the bodies asked.
    // Only for an item that opens with its verb: "- Hồ sơ … được Sở … thẩm định trước …" names its own agent.
    const named =
      !intro.heading && !english && !ASKS_RE.test(intro.text) && itemOpensWithVerb(text, intro.item)
        ? ownersOfHeading(text, intro, english)
        : [];
    if (named.length > 0) return named;
  }
  return [];
}

/** The body a heading names, when the heading is nothing but that body (a parenthesis aside). */
function ownersOfHeading(text: string, heading: Span, english: boolean): Span[] {
  // "a) Allocate the remaining capital": an English item that opens with its verb is a task.
  if (!bodyAt(text, heading.start, english) || (english && TASK_VERBS_EN_SET.matchAt(text, heading.start) > 0))
    return [];
  const end = phraseEnd(text, heading.start, heading.end, english);
  const owner = ownerSpan(text, heading.start, end);
  // A verb inside the heading ("1. Sở Tư pháp rà soát …") makes it a task, not a name.
  if (!owner || trimSpan(text, owner.end, heading.end)?.text.startsWith('(') === false) return [];
  // "2. Impact assessment dossiers": an English heading in capitals names a topic unless a body heads it.
  if (english && !headedByBodyEn(owner.text)) return [];
  return splitOwners(text, owner, english);
}
const VALIDITY_RE = /có\s+giá\s+trị|có\s+hiệu\s+lực|được\s+áp\s+dụng|\bvalid\b|\bin\s+(?:effect|force)\b/iu;
