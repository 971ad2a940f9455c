/**
 * The clause around a date: bounded windows that stop at sentence ends, line breaks and table
 * cell separators. Every reader in this folder looks only inside these windows, so the cost per
 * date is fixed whatever the text around it.
 */
import { MODAL_EN_RE, TASK_VERBS_EN_SET } from './words';

/** How far a clause reaches from its date, at most. */
const CLAUSE_BACK = 240;
const CLAUSE_FORWARD = 240;

/** 1 for a character that always ends a clause, 2 for ";", 3 for "." (a full stop only before a space). */
const BOUNDARY = new Uint8Array(128);
for (const c of [10 /* \n */, 33 /* ! */, 63 /* ? */, 124 /* | */, 9]) BOUNDARY[c] = 1;
BOUNDARY[59] = 2;
BOUNDARY[46] = 3;

function isBoundary(text: string, i: number, semicolons = true): boolean {
  const c = text.charCodeAt(i);
  // Every boundary character is ASCII: letters above it (most of Vietnamese) end here.
  const kind = c < 128 ? (BOUNDARY[c] as number) : 0;
  if (kind < 2) return kind === 1;
  if (kind === 2) return semicolons;
  // A full stop, not a decimal point or a date's dot ("31.7.2019"), nor an abbreviation's ("TP.HCM").
  const next = text.charCodeAt(i + 1);
  if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 0xa0)) return false;
  // "before 5 p.m. on August 25": a clock time's abbreviation, not a sentence end.
  if (i >= 3 && (text.charCodeAt(i - 1) | 32) === 109 && text[i - 2] === '.' && /[ap]/i.test(text[i - 3] as string))
    return false;
  // "Decree No. 99/2021/ND-CP", "TP. Hồ Chí Minh": the stop of an abbreviation before its number or name.
  return !abbreviationBefore(text, i);
}

/** Abbreviations written with a stop inside a sentence (case as written). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'No',
  'no',
  'Nos',
  'Art',
  'Cl',
  'Para',
  'para',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Vol',
  'vs',
  'TP',
  'Tp',
  'TX',
  'ThS',
  'TS',
  'PGS',
  'GS',
]);
const ABBREVIATION_MAX = 4;

function abbreviationBefore(text: string, stop: number): boolean {
  let j = stop;
  while (j > 0 && stop - j < ABBREVIATION_MAX && /[A-Za-z]/.test(text[j - 1] as string)) j--;
  if (j === stop || (j > 0 && /[\p{L}\p{M}\d]/u.test(text[j - 1] as string))) return false;
  return ABBREVIATIONS.has(text.slice(j, stop));
}

/**
 * The last stretch of a text found to hold no clause boundary, [from, to). Dates close together in
 * a long clause (a paragraph made of dates) then scan back only to where the last scan began,
 * instead of the whole window each: the same answers, a fraction of the reads.
 */
const clear = { text: undefined as string | undefined, semicolons: true, from: 0, to: 0 };

/** Start of the clause that holds `pos`: just after the nearest boundary before it (bounded). */
export function clauseStart(text: string, pos: number, limit = CLAUSE_BACK, semicolons = true): number {
  const floor = Math.max(0, pos - limit);
  // Cheap fields first; a text equal to the remembered one but another string (the same page read
  // again) is compared character by character once, then remembered as this string.
  const known = clear.semicolons === semicolons && clear.text === text;
  if (known) clear.text = text;
  let i = pos - 1;
  while (i >= floor) {
    if (known && i < clear.to && i >= clear.from) i = clear.from - 1;
    else if (isBoundary(text, i, semicolons)) break;
    else i--;
  }
  const start = i >= floor ? i + 1 : floor;
  // [start, pos) holds no boundary: remember it, joined to what was known when the two touch.
  if (known && start <= clear.to && pos >= clear.from) {
    clear.from = Math.min(clear.from, start);
    clear.to = Math.max(clear.to, pos);
  } else Object.assign(clear, { text, semicolons, from: start, to: pos });
  return start;
}

/**
 * English: where a clause joined to the one before by ", and", ", but", ", while" or ", whereas"
 * starts, when a subject of its own comes first and its modal stands before the next comma ("…by
 * August 2026, and the ministry will submit it … in the third quarter"); `from` when there is
 * none. A verb or a modal right after the join shares the subject before it ("…, and submit it to
 * the Government, which will review it, by …").
 */
export function joinedClauseStart(text: string, from: number, pos: number): number {
  const left = text.slice(from, pos);
  if (!left.includes(',')) return from;
  let cut = -1;
  JOINED_CLAUSE_RE.lastIndex = 0;
  for (let m = JOINED_CLAUSE_RE.exec(left); m; m = JOINED_CLAUSE_RE.exec(left)) {
    const at = m.index + m[0].length;
    const upToComma = left.slice(at, at + SUBJECT_AND_MODAL_MAX).split(',')[0] as string;
    const opensWithVerb = MODAL_FIRST_RE.test(upToComma) || TASK_VERBS_EN_SET.matchAt(left, at) > 0;
    if (!opensWithVerb && MODAL_EN_RE.test(upToComma)) cut = at;
  }
  return cut < 0 ? from : from + cut;
}
const JOINED_CLAUSE_RE = /,\s+(?:and|but|while|whereas)\s+/g;
const MODAL_FIRST_RE = /^(?:must|shall|should|will|ha(?:s|ve)|needs?|is|are|to)\b/i;
/** How far after the join its subject and modal may reach. */
const SUBJECT_AND_MODAL_MAX = 80;

/** End of the clause that holds `pos`: the nearest boundary at or after it (bounded). */
export function clauseEnd(text: string, pos: number, limit = CLAUSE_FORWARD): number {
  const ceiling = Math.min(text.length, pos + limit);
  for (let i = pos; i < ceiling; i++) if (isBoundary(text, i)) return i;
  return ceiling;
}

/** Start of the sentence before the one starting at `sentenceStart` (for a label sentence after its task). */
export function previousClauseStart(text: string, sentenceStart: number, limit = CLAUSE_BACK * 4): number {
  let end = sentenceStart - 1;
  while (end > 0 && /[\s.;|]/.test(text[end - 1] as string)) end--;
  return end <= 0 ? 0 : clauseStart(text, end, limit, false);
}

const YEAR_OR_YEARS_RE = /^\d{4}(?:\/\d{4})?$/;

/**
 * Whether a date closes the clause before the next one: years and year ranges ("giai đoạn
 * 2011-2020") sit inside clauses, issue dates belong to their reference, and a date that is no
 * deadline inside parentheses is an aside ("gửi báo cáo (số liệu tính đến hết ngày 30/9) …").
 */
export function endsClause(date: { value: string; kind: string; start: number; end: number }, text: string): boolean {
  if (YEAR_OR_YEARS_RE.test(date.value) || date.kind === 'issued' || date.kind === 'published') return false;
  if (date.kind === 'deadline') return true;
  return !insideParentheses(text, date) && !startPointInPhrase(text, date);
}

/** "since" / "kể từ" right before a date, after a word of the same clause. */
const START_POINT_BEFORE_RE = /[\p{L}\p{M}\d)]\s+(?:since|kể\s+từ)\s+(?:(?:ngày|tháng|năm)\s+)?$/iu;
/** Either end of a range inside a phrase: "… refunds between " / "… between 1 January and ". */
const RANGE_OPENER_BEFORE_RE = /[\p{L}\p{M}\d)]\s+(?:between|from|giữa|từ)\s+(?:(?:ngày|tháng|năm)\s+)?$/iu;
const RANGE_END_BEFORE_RE =
  /[\p{L}\p{M}\d)]\s+(?:between|from|giữa|từ)\s+[^,;.\n]{1,30}?\s(?:and|to|đến|và)\s+(?:(?:ngày|tháng|năm)\s+)?$/iu;
/** The range's other end follows: "to 10 April", "and 31 May", "đến ngày 15/7" (not "and publish"). */
const RANGE_GOES_ON_RE = /^\s*(?:and|to|đến|và|[-\u2013])\s+(?:(?:ngày|tháng|the)\s+)?[\dA-Z]/u;
/** After a range, "and <next step>": the range was the earlier step's own time, and ends it. */
const NEXT_STEP_AFTER_RE = /^\s*(?:and|và)\s/iu;

/**
 * "… all cases detected since January 2025 and bringing them to trial before …", "Enterprises that
 * were granted refunds between 1 January and 31 May 2026 are required to …": a start point or a
 * range inside a phrase modifies a noun of the clause; the clause goes on past it (not after a
 * comma, where it frames what follows, nor a range before "and": "organise a course from 8 to 10
 * April and publish … by 25 March" gives the course its own time).
 */
function startPointInPhrase(text: string, date: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, date.start - 56), date.start);
  const after = text.slice(date.end, date.end + 16);
  if (/^\s*[,;:.\n]/.test(after)) return false;
  if (START_POINT_BEFORE_RE.test(before)) return true;
  if (RANGE_OPENER_BEFORE_RE.test(before)) return RANGE_GOES_ON_RE.test(after);
  return RANGE_END_BEFORE_RE.test(before) && !NEXT_STEP_AFTER_RE.test(after);
}

/** How far a parenthesis may open before a date, or close after it. */
const ASIDE_BACK = 80;
const ASIDE_FORWARD = 40;

/** Whether an open parenthesis before the date closes after it, within short windows. */
function insideParentheses(text: string, date: { start: number; end: number }): boolean {
  let open = -1;
  for (let i = date.start - 1; i >= Math.max(0, date.start - ASIDE_BACK); i--) {
    const c = text.charCodeAt(i);
    if (c === 41 /* ) */ || c === 10) return false;
    if (c === 40 /* ( */) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = date.end; i < Math.min(text.length, date.end + ASIDE_FORWARD); i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 10) return false;
    if (c === 41) return true;
  }
  return false;
}
