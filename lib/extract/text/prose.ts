/**
 * Pages hand extraction their visible text as blocks joined by "\n\uFFFC\n" (lib/page/page-text.ts):
 * the object-replacement character is neither a letter nor white space, so no document code can run
 * from one block into the next ("<p>Số 30</p><p>/2020/NĐ-CP</p>" stays two pieces). Dates, cues,
 * tasks, owners and table rows are read as prose, where a block break is a line break followed by
 * an indent ("\n  "), as the page's text copied into a file has it: a heading or a line of bodies in
 * one block governs the items in the blocks under it, a schedule's declaration its items, a label
 * the date in the next block, a table flattened one cell a paragraph is still read as a table, and
 * a sentence a page sets one line a paragraph (a PDF copy turned into HTML) reads on, exactly as in
 * the same text read as a file. (Read as a blank line, every block was a paragraph of its own, and
 * the page lost the owners and tasks the same text gives as a file.)
 *
 * A line wrapped inside a sentence, as PDF and DOCX copies leave them, is read as a space
 * (`joinWrappedLines`), so an owner, a task or a cue on the line before still governs the date.
 */
import { ENGLISH_MONTHS } from '../tables/date-words';
import { WRAP_CONNECTIVES } from '../tables/wrap-words';

const BLOCK_BREAK_RE = /\n\uFFFC\n|\uFFFC/g;

/** A surface for people: each block break, with the white space around it, as one space. */
export function blockBreaksAsSpaces(surface: string): string {
  return surface.replace(BLOCK_BREAK_AND_SPACES_RE, ' ');
}
const BLOCK_BREAK_AND_SPACES_RE = /\s*\uFFFC\s*/g;

/** The last text read as prose, its lines and its prose: `extractDocument` and `extract` ask for the same one. */
const lastRead = { text: '', lines: '', prose: '' };

/** `text` with every block break as a blank line and every wrapped line joined, same length, so every offset still holds. */
export function asProse(text: string): string {
  return read(text).prose;
}

/**
 * `text` with every block break as a blank line, its lines as written (same length): how a table
 * flattened one cell a line is read, where a full-width cell must not run into the next cell.
 */
export function asLines(text: string): string {
  return read(text).lines;
}

function read(text: string): typeof lastRead {
  if (text === lastRead.text) return lastRead;
  const lines = text.includes('\uFFFC')
    ? text.replace(BLOCK_BREAK_RE, (found) => (found.length === 3 ? '\n  ' : ' '))
    : text;
  return Object.assign(lastRead, { text, lines, prose: joinWrappedLines(lines) });
}

/** A line shorter than this is a heading, a label or a table cell, never a wrapped line of prose. */
const WRAPPED_LINE_MIN = 30;
/** A line that ends with one of these closes a sentence, a label or an item. */
const CLOSING_MARKS = '.:;!?';
/** Lines of a table written with `|` or tabs keep their breaks: each is a row. */
const TABLE_LINE_RE = /[|\t]/;
/**
 * A list marker, a bullet or a heading number opening a line ("- ", "2. ", "a) ", "(c) ", "ii. ",
 * "IV. "): a new item, never a wrapped line.
 */
export const ITEM_START_RE =
  /^[ \t]*(?:[-+•*\u2013\u2014]|\d{1,3}(?:\.\d{1,3})*[.)]|[A-Za-zĐđ][.)]|[IVXLivxl]{1,5}[.)]|\(\w{1,3}\))[ \t]/u;
/** The first letter or digit of a line, after an opening bracket if any ("(qua Văn phòng)"). */
const FIRST_LETTER_RE = /^[ \t]*\(?(\p{Ll}|\p{Lu}|\d)/u;
const LAST_WORD_RE = /([\p{L}\p{M}]+)[ \t]*$/u;
const CONNECTIVES: ReadonlySet<string> = new Set(WRAP_CONNECTIVES);
const MONTHS: ReadonlySet<string> = new Set(Object.keys(ENGLISH_MONTHS));
/** Words a date or a number goes on from: "đến ngày" / "18/11/2025", "Quyết định số" / "12/QĐ-UBND". */
const DATE_WORDS: ReadonlySet<string> = new Set(['ngày', 'tháng', 'năm', 'quý', 'số', 'đến', 'từ', 'trước']);

/**
 * `text` with each line break inside a sentence replaced by a space. A break is inside a sentence
 * when the line before does not close with a stop or a colon and is long enough to be prose, and
 * the next line goes on in lower case (not a lettered item); or the line ends with a word that
 * cannot end a sentence ("của", "với", "the", "of") before a capital; or with a date word ("đến
 * ngày", "số", a month) before a number, whatever its length; or, in a text set at one width, the
 * line is at that width and the next opens no item or label; or the line ends with a semicolon
 * before a lower-case line. Blank lines, list items, headings, labels and table rows keep their
 * breaks.
 */
export function joinWrappedLines(text: string): string {
  if (!text.includes('\n')) return text;
  const width = fullLineWidth(text);
  // Stretches read as spaces: each line break that wraps, and a page's running number between the
  // two halves of a sentence ("… danh mục trụ\n- 2 -\nsở, tài sản …").
  const blanks: [number, number][] = [];
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; ) {
    const nextEnd = text.indexOf('\n', i + 1);
    const next = text.slice(i + 1, nextEnd < 0 ? text.length : nextEnd);
    const line = text.slice(lineStart, i);
    if (nextEnd >= 0 && isPageNumberLine(next)) {
      const afterEnd = text.indexOf('\n', nextEnd + 1);
      if (wrapsInto(line, text.slice(nextEnd + 1, afterEnd < 0 ? text.length : afterEnd), width)) {
        blanks.push([i, nextEnd + 1]);
        lineStart = nextEnd + 1;
        i = afterEnd;
        continue;
      }
    }
    if (wrapsInto(line, next, width)) blanks.push([i, i + 1]);
    lineStart = i + 1;
    i = nextEnd;
  }
  if (blanks.length === 0) return text;
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of blanks) {
    pieces.push(text.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** A line that holds only a page's number, as PDF copies carry them: "- 2 -", "Trang 2", "Page 3/5". */
const PAGE_NUMBER_LINE_RE =
  /^[ \t]*(?:[-\u2013\u2014][ \t]*\d{1,3}[ \t]*[-\u2013\u2014]|(?:Trang|Page)[ \t]+\d{1,3}(?:[ \t]*\/[ \t]*\d{1,3})?)[ \t]*$/iu;
export const isPageNumberLine = (line: string) => PAGE_NUMBER_LINE_RE.test(line);

/** The last characters of a line looked at for its last word (a bound: lines can be a whole page). */
const LINE_TAIL = 40;

/** A line this close to the text's full width was broken by the width, wherever it broke. */
const FULL_WIDTH_SHARE = 0.8;
/** How many long lines it takes to tell a text set at a fixed width (a PDF or DOCX copy). */
const WIDTH_SAMPLE_MIN = 8;

/** A labelled field opening a line ("Nội dung: …", "Lead agency: …"): a line of its own. */
const LABEL_START_RE = /^[ \t]*\p{Lu}[\p{L}\p{M} ]{1,40}:/u;

/**
 * The width a copy of a PDF or DOCX sets its lines at (most long lines close to it), or Infinity
 * when the text shows none (a page, whose paragraphs are one line each, of any length).
 */
function fullLineWidth(text: string): number {
  const lengths: number[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    const end = i < 0 ? text.length : i;
    if (end - start >= WRAPPED_LINE_MIN) lengths.push(text.slice(start, end).trim().length);
    if (i < 0) break;
    start = i + 1;
  }
  if (lengths.length < WIDTH_SAMPLE_MIN) return Number.POSITIVE_INFINITY;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(0.8 * (lengths.length - 1))] as number;
  const near = lengths.filter((n) => n >= FULL_WIDTH_SHARE * width && n <= 1.15 * width).length;
  return near * 2 >= lengths.length ? width : Number.POSITIVE_INFINITY;
}

function wrapsInto(line: string, next: string, width: number): boolean {
  const trimmed = line.trimEnd();
  if (trimmed === '' || TABLE_LINE_RE.test(line) || TABLE_LINE_RE.test(next)) return false;
  // "…; " / "kêu gọi tàu thuyền …": after a semicolon the item goes on in lower case.
  if (trimmed.endsWith(';')) return /^[ \t]*\p{Ll}/u.test(next) && !ITEM_START_RE.test(next);
  if (CLOSING_MARKS.includes(trimmed.charAt(trimmed.length - 1))) return false;
  // "before August" / "10, 2026": a date goes on whatever the line's length.
  if (trimmed.trim().length < WRAPPED_LINE_MIN) return datesOn(trimmed, next);
  const first = FIRST_LETTER_RE.exec(next);
  if (!first) return false;
  const c = first[1] as string;
  if (/\p{Ll}/u.test(c)) return !ITEM_START_RE.test(next);
  // A line set at the full width goes on, whatever opens the next one, unless that opens an item
  // or the line is a heading in capitals.
  if (
    trimmed.length >= FULL_WIDTH_SHARE * width &&
    !ITEM_START_RE.test(next) &&
    !LABEL_START_RE.test(next) &&
    !isCapitals(trimmed)
  )
    return true;
  const last = LAST_WORD_RE.exec(trimmed.slice(-LINE_TAIL))?.[1]?.toLowerCase();
  if (!last) return false;
  // "… of the" / "2026 tax year": a word that cannot end a sentence goes on into a number, unless
  // the number opens an item ("3. …").
  if (/\d/.test(c)) return datesOn(trimmed, next) || (CONNECTIVES.has(last) && !ITEM_START_RE.test(next));
  return CONNECTIVES.has(last);
}

/** A line that ends with a month or a date word ("đến ngày", "số") before a number that opens no item. */
function datesOn(line: string, next: string): boolean {
  if (!/^[ \t]*\d/.test(next) || /^[ \t]*\d+[.)][ \t]/.test(next)) return false;
  const last = LAST_WORD_RE.exec(line.slice(-LINE_TAIL))?.[1]?.toLowerCase();
  return last !== undefined && (MONTHS.has(last) || DATE_WORDS.has(last));
}

/** A line with no lower-case letter: a heading ("II. NHIỆM VỤ VÀ GIẢI PHÁP"). */
function isCapitals(line: string): boolean {
  return !/\p{Ll}/u.test(line);
}
