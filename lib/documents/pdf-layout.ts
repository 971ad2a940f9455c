/**
 * A PDF page is a bag of positioned text items, not a text. This rebuilds the text extraction
 * reads, from the items' positions only (pure: no pdf.js, no DOM):
 *
 * - items on one baseline make a line; lines of one paragraph are joined with a space, a word cut
 *   by a hyphen at a line end is mended, a code cut at its hyphen or slash ("12-" / "KH/UBND") is
 *   joined without a space;
 * - lines repeated at the top or bottom of most pages (running headers, "Trang 2/3") are dropped;
 * - a two-column page is read column by column;
 * - a run of lines whose pieces stand in the same columns is a table: each row becomes one line,
 *   cells separated by a tab, and is reported as a `TextTable` (header row first).
 *
 * Every character of the result that came from an item is recorded in a `TextPiece`, so the viewer
 * can map a finding back to the text layer's spans; joiners (spaces, tabs, line breaks) are not.
 */
import { ITEM_START_RE } from '../extract/text/prose';
import type { TextTable } from '../extract/types';
import { TextAppender } from './text-appender';
import type { DocumentText } from './types';

/** One text item. `y` is the baseline, measured downwards from the page's top; `height` the font size. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPageItems {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** `text.slice(start, end) === pages[page - 1].items[item].str.slice(offset, offset + end - start)`. */
export interface TextPiece {
  start: number;
  end: number;
  /** 1-based page number. */
  page: number;
  /** Index of the item in its page's `items`. */
  item: number;
  offset: number;
}

export interface PdfLayout extends DocumentText {
  pieces: TextPiece[];
  /** Each page's size in PDF points, for placeholders before a page is drawn. */
  pageSizes: { width: number; height: number }[];
}

/** A trimmed stretch of one item: the unit lines are made of. */
interface Word {
  item: number;
  offset: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** The item had white space before or after this stretch. */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

/** Words separated by less than a column gap. */
interface Chunk {
  words: Word[];
  x: number;
  right: number;
}

interface Line {
  y: number;
  size: number;
  chunks: Chunk[];
  x: number;
  right: number;
}

/** A run of lines read as one flow of prose, or a table. */
type Block = { kind: 'prose'; lines: Line[] } | { kind: 'table'; rows: Word[][][] };

/** A gap this many font sizes wide separates columns or table cells, not words. */
const COLUMN_GAP = 0.9;
/** Header and footer lines are looked for in this fraction of the page at top and bottom. */
const MARGIN_BAND = 0.14;

export function layoutPdfText(pages: readonly PdfPageItems[]): PdfLayout {
  const steps = layoutSteps(pages);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `layoutPdfText` with `pause()` whenever `budgetMs` of work has run (between pages), so the
 * viewer's page is never held by a 100-page layout. Same layout.
 */
export async function layoutPdfTextInSteps(
  pages: readonly PdfPageItems[],
  pause: () => Promise<void>,
  budgetMs = 8,
): Promise<PdfLayout> {
  const steps = layoutSteps(pages);
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= budgetMs) {
      await pause();
      started = performance.now();
    }
  }
}

/** The layout, a step (yield) after each page's lines and each page's text. */
function* layoutSteps(pages: readonly PdfPageItems[]): Generator<void, PdfLayout> {
  const pageLines: ReturnType<typeof toLines>[] = [];
  for (const page of pages) {
    pageLines.push(toLines(page.items));
    yield;
  }
  const repeated = repeatedMarginLines(pages, pageLines);
  const out = new TextBuilder();
  const pageStarts: number[] = [];
  const tables: TextTable[] = [];
  for (const [index, lines] of pageLines.entries()) {
    if (index > 0) out.breakLine();
    pageStarts.push(out.length);
    const page = pages[index] as PdfPageItems;
    const kept = lines.filter((line) => !repeated.has(line));
    const blocks = toBlocks(kept, page.width);
    blocks.forEach((block, i) => {
      if (i > 0) out.breakLine();
      if (block.kind === 'prose') writeProse(out, block.lines, index + 1);
      else tables.push(writeTable(out, block.rows, index + 1));
    });
    yield;
  }
  const pageSizes = pages.map(({ width, height }) => ({ width, height }));
  return { kind: 'pdf', text: out.toString(), pageStarts, tables, pieces: out.pieces, pageSizes };
}

// --- lines -------------------------------------------------------------------------------------

function toWords(items: readonly PdfTextItem[]): Word[] {
  const words: Word[] = [];
  items.forEach((item, index) => {
    const str = item.str ?? '';
    const lead = str.length - str.trimStart().length;
    const text = str.trim();
    if (!text || !(item.height > 0)) return;
    const perChar = str.length > 0 ? item.width / str.length : 0;
    words.push({
      item: index,
      offset: lead,
      text,
      x: item.x + perChar * lead,
      right: item.x + perChar * (lead + text.length),
      y: item.y,
      size: item.height,
      spaceBefore: lead > 0,
      spaceAfter: str.length - lead - text.length > 0,
    });
  });
  return words;
}

/** Words grouped by baseline (top to bottom), each line's words left to right, split into chunks. */
function toLines(items: readonly PdfTextItem[]): Line[] {
  const words = toWords(items).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Word[][] = [];
  for (const word of words) {
    const last = groups[groups.length - 1];
    const first = last?.[0];
    if (last && first && Math.abs(word.y - first.y) <= 0.45 * Math.max(word.size, first.size)) last.push(word);
    else groups.push([word]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const size = median(group.map((word) => word.size));
    const chunks: Chunk[] = [];
    for (const word of group) {
      const chunk = chunks[chunks.length - 1];
      if (chunk && word.x - chunk.right < COLUMN_GAP * size) {
        chunk.words.push(word);
        chunk.right = Math.max(chunk.right, word.right);
      } else chunks.push({ words: [word], x: word.x, right: word.right });
    }
    const first = group[0] as Word;
    return { y: first.y, size, chunks, x: first.x, right: Math.max(...group.map((word) => word.right)) };
  });
}

/** Text of a line for comparing across pages: digits as #, white space collapsed. */
function lineShape(line: Line): string {
  return line.chunks
    .flatMap((chunk) => chunk.words.map((word) => word.text))
    .join(' ')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Lines near the top or bottom edge whose shape comes back on at least half the pages (and on two
 * or more): running headers, footers, page numbers.
 */
function repeatedMarginLines(pages: readonly PdfPageItems[], pageLines: Line[][]): Set<Line> {
  const found = new Set<Line>();
  if (pages.length < 2) return found;
  const byShape = new Map<string, { page: number; line: Line }[]>();
  pageLines.forEach((lines, index) => {
    const height = (pages[index] as PdfPageItems).height;
    const inBand = (line: Line) => line.y <= height * MARGIN_BAND || line.y >= height * (1 - MARGIN_BAND);
    const candidates = [...lines.slice(0, 3), ...lines.slice(-3)].filter(inBand);
    for (const line of new Set(candidates)) {
      const shape = lineShape(line);
      byShape.set(shape, [...(byShape.get(shape) ?? []), { page: index, line }]);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  // A running line stands at the same height on each page; a table's row number that happens to
  // fall near a page's edge ("1", "2") does not.
  for (const entries of byShape.values()) {
    if (entries.length < needed) continue;
    for (const { line } of entries) {
      const samePlace = new Set(
        entries.filter((other) => Math.abs(other.line.y - line.y) <= 0.6 * line.size).map((other) => other.page),
      );
      if (samePlace.size >= needed) found.add(line);
    }
  }
  return found;
}

// --- blocks: columns and tables -----------------------------------------------------------------

function toBlocks(lines: Line[], pageWidth: number): Block[] {
  const gutter = findGutter(lines, pageWidth);
  const blocks: Block[] = [];
  let prose: Line[] = [];
  const flushProse = () => {
    if (prose.length) blocks.push({ kind: 'prose', lines: prose });
    prose = [];
  };
  let i = 0;
  while (i < lines.length) {
    if (gutter !== undefined) {
      const end = columnRunEnd(lines, i, gutter);
      if (end > i) {
        flushProse();
        const run = lines.slice(i, end);
        const left = run.map((line) => sideOf(line, gutter, 'left')).filter((line): line is Line => !!line);
        const right = run.map((line) => sideOf(line, gutter, 'right')).filter((line): line is Line => !!line);
        blocks.push({ kind: 'prose', lines: left }, { kind: 'prose', lines: right });
        i = end;
        continue;
      }
    }
    const table = tableAt(lines, i);
    if (table) {
      flushProse();
      blocks.push({ kind: 'table', rows: table.rows });
      i = table.end;
      continue;
    }
    prose.push(lines[i] as Line);
    i++;
  }
  flushProse();
  return blocks;
}

/**
 * The x of a two-column page's gutter: a gap near the middle that the lines with two long chunks
 * share. Tables have gaps too, but their columns are unequal and their cells short.
 */
function findGutter(lines: Line[], pageWidth: number): number | undefined {
  const pairs = lines.filter((line) => line.chunks.length === 2);
  if (pairs.length < 4) return undefined;
  const gaps = pairs.map((line) => [(line.chunks[0] as Chunk).right, (line.chunks[1] as Chunk).x] as const);
  const middle = median(gaps.map(([from, to]) => (from + to) / 2));
  if (middle < pageWidth * 0.35 || middle > pageWidth * 0.65) return undefined;
  const sharing = pairs.filter((line, i) => {
    const [from, to] = gaps[i] as readonly [number, number];
    return from <= middle && to >= middle && widthOf(line.chunks[0]) > pageWidth * 0.25;
  });
  return sharing.length >= 4 && sharing.length >= pairs.length * 0.6 ? middle : undefined;
}

const widthOf = (chunk: Chunk | undefined) => (chunk ? chunk.right - chunk.x : 0);

/** End (exclusive) of the run of lines from `start` that keep clear of the gutter, or `start`. */
function columnRunEnd(lines: Line[], start: number, gutter: number): number {
  let end = start;
  let twoSided = false;
  while (end < lines.length) {
    const line = lines[end] as Line;
    if (line.chunks.some((chunk) => chunk.x < gutter && chunk.right > gutter)) break;
    if (line.chunks.some((chunk) => chunk.right <= gutter) && line.chunks.some((chunk) => chunk.x >= gutter))
      twoSided = true;
    end++;
  }
  return twoSided ? end : start;
}

function sideOf(line: Line, gutter: number, side: 'left' | 'right'): Line | undefined {
  const chunks = line.chunks.filter((chunk) => (side === 'left' ? chunk.right <= gutter : chunk.x >= gutter));
  if (!chunks.length) return undefined;
  return {
    ...line,
    chunks,
    x: (chunks[0] as Chunk).x,
    right: Math.max(...chunks.map((chunk) => chunk.right)),
  };
}

/**
 * A table starting at line `start`: a line of two or more chunks sets the columns (the header);
 * following lines belong while every chunk stays inside one column. A line with a chunk in the
 * first column starts a new row; others continue the cells of the row above (wrapped cells).
 */
function tableAt(lines: Line[], start: number): { rows: Word[][][]; end: number } | undefined {
  const head = lines[start] as Line;
  if (head.chunks.length < 2) return undefined;
  const anchors = head.chunks.map((chunk) => chunk.x);
  const tolerance = head.size;
  const columnOf = (chunk: Chunk): number => {
    let column = -1;
    anchors.forEach((anchor, i) => {
      if (chunk.x >= anchor - tolerance) column = i;
    });
    const next = anchors[column + 1];
    return column >= 0 && (next === undefined || chunk.right <= next + tolerance * 0.5) ? column : -1;
  };
  const rows: Word[][][] = [];
  let multiRows = 0;
  let end = start;
  let previous: Line | undefined;
  for (; end < lines.length; end++) {
    const line = lines[end] as Line;
    const columns = line.chunks.map(columnOf);
    if (columns.includes(-1)) break;
    if (previous && line.y - previous.y > 3.5 * line.size) break;
    const startsRow = columns.includes(0) || rows.length === 0;
    if (startsRow && line.chunks.length < 2 && end > start) {
      // A lone chunk in the first column: a new row only if a later line fills the other columns.
      const after = lines[end + 1];
      if (!after || after.chunks.length < 2 || after.chunks.map(columnOf).includes(0)) break;
    }
    if (startsRow) {
      rows.push(anchors.map(() => []));
      if (line.chunks.length >= 2) multiRows++;
    }
    const row = rows[rows.length - 1] as Word[][];
    line.chunks.forEach((chunk, i) => {
      (row[columns[i] as number] as Word[]).push(...chunk.words);
    });
    previous = line;
  }
  if (rows.length < 2 || multiRows < 2) return undefined;
  return { rows, end };
}

// --- writing -------------------------------------------------------------------------------------

/** Builds the output text and its pieces. */
class TextBuilder {
  private readonly text = new TextAppender();
  readonly pieces: TextPiece[] = [];

  get length(): number {
    return this.text.length;
  }

  word(word: Word, page: number): void {
    this.pieces.push({
      start: this.text.length,
      end: this.text.length + word.text.length,
      page,
      item: word.item,
      offset: word.offset,
    });
    this.text.append(word.text);
  }

  /** The last few characters. */
  tail(): string {
    return this.text.tail();
  }

  append(separator: string): void {
    this.text.append(separator);
  }

  join(separator: string): void {
    if (this.text.length && !this.text.endsWithSpace()) this.text.append(separator);
  }

  /** Ends the line; `blank` leaves an empty line after it, as a text file's paragraph break. */
  breakLine(blank = false): void {
    this.text.trimSpaces();
    if (!this.text.length) return;
    if (!this.text.tail().endsWith('\n')) this.text.append('\n');
    if (blank && !this.text.tail().endsWith('\n\n')) this.text.append('\n');
  }

  /** Drops the last character (a mended hyphen), shortening the last piece. */
  dropLast(): void {
    const last = this.pieces[this.pieces.length - 1];
    if (!last || last.end !== this.text.length) return;
    this.text.dropLast();
    last.end -= 1;
    if (last.end === last.start) this.pieces.pop();
  }

  toString(): string {
    return this.text.toString();
  }
}

/** Words of one line, a space where the items had one or left a gap. */
function writeWords(out: TextBuilder, words: readonly Word[], page: number): void {
  words.forEach((word, i) => {
    const before = words[i - 1];
    if (before && (before.spaceAfter || word.spaceBefore || word.x - before.right > 0.18 * word.size)) out.join(' ');
    out.word(word, page);
  });
}

/** A soft hyphen ends the line: the word was cut there. */
const SOFT_HYPHEN_END_RE = /\p{L}\u00ad$/u;
/** A hyphen or slash glued to the word before it ends the line. */
const GLUED_CUT_RE = /[\p{L}\d][-/]$/u;
const LOWER_HYPHEN_END_RE = /\p{Ll}-$/u;
/**
 * How a word cut by hyphenation goes on ("depart-" / "ment"): English endings that are no words of
 * their own. After any other word the hyphen is the compound's ("ministerial-" / "level",
 * "e-" / "invoices"): Word, Writer and browsers break lines at a compound's hyphen and hyphenate
 * nothing themselves.
 */
const WORD_ENDING_RE =
  /^(?:ments?|tions?|sions?|ness|ings?|ity|ities|ances?|ences?|ible|able|ably|ally|ful|ous|ive|ives|i[sz]ed?|i[sz]ing|ical|ial|ures?|ary|ory|ency|ancy|isms?|ists?)(?![\p{L}\p{M}])/u;

/**
 * How a line that ends in a hyphen or slash goes on into `next` (its first word): `mend` drops a
 * hyphen that cut a word, `glue` joins a compound or a code cut at its hyphen or slash ("12-" /
 * "KH/UBND") without a space; undefined when the line ends otherwise.
 */
function cutJoin(tail: string, next: string): 'mend' | 'glue' | undefined {
  if (SOFT_HYPHEN_END_RE.test(tail)) return /^\p{Ll}/u.test(next) ? 'mend' : 'glue';
  if (!GLUED_CUT_RE.test(tail)) return undefined;
  return LOWER_HYPHEN_END_RE.test(tail) && WORD_ENDING_RE.test(next) ? 'mend' : 'glue';
}

/** How line `next` continues the text so far: mended word, cut code, same paragraph, or new one. */
function joinLines(out: TextBuilder, previous: Line, next: Line, lineGap: number, columnRight: number): void {
  const firstWord = next.chunks[0]?.words[0];
  const gap = next.y - previous.y;
  // A wider gap than between lines, or a change of font size (a heading), starts a paragraph; a
  // gap of an empty line or more (twice the line gap) is a blank line, as in the text it came from.
  // Only the end of the text matters: testing `$` on the whole text would be quadratic.
  const tail = out.tail();
  if (gap > 1.35 * lineGap || gap < 0 || Math.abs(next.size - previous.size) > 0.15 * previous.size) {
    out.breakLine(gap >= 2 * lineGap);
  } else if (firstWord && cutJoin(tail, firstWord.text)) {
    if (cutJoin(tail, firstWord.text) === 'mend') out.dropLast();
  } else if (previous.right < columnRight - 0.2 * (columnRight - previous.x) && /[.:;!?]$/.test(tail)) {
    out.breakLine(); // a short line ending a sentence ends its paragraph
  } else if (/[.:;!?]$/.test(tail) && ITEM_START_RE.test(lineStart(next))) {
    out.breakLine(); // a full line ending a sentence before an item's number or bullet ("II. ", "- ")
  } else if (firstWordFits(previous, next, columnRight)) {
    // The next line's first word had room at the end of this one: the writer broke the line, not
    // the wrap. A heading, a row of a flattened table, one line of a list: paragraphs spaced like lines.
    out.breakLine();
  } else out.join(' ');
}

/** The first words of a line, enough for a list marker. */
function lineStart(line: Line): string {
  return `${line.chunks[0]?.words[0]?.text ?? ''} `.slice(0, 12);
}

/**
 * The word is taken this much wider than its item's average character: capitals and wide letters
 * ("BHYT", "Home", "VNeID") are wider than the average, and the widest line can stand a little past
 * the margin the writer wrapped at. Without it, lines wrapped before such a word read as broken by
 * the writer, and a sentence or a table row was cut in two.
 */
const FIT_MARGIN = 1.25;

/** Whether the first word of `next`, and a space before it, would have fit on `previous` within the column. */
function firstWordFits(previous: Line, next: Line, columnRight: number): boolean {
  const first = next.chunks[0]?.words[0];
  if (!first) return false;
  const perChar = (first.right - first.x) / first.text.length;
  const word = first.text.length - first.text.replace(/^\S+/, '').length;
  return previous.right + FIT_MARGIN * perChar * (word + 1) < columnRight;
}

function writeProse(out: TextBuilder, lines: Line[], page: number): void {
  const gaps = lines.slice(1).map((line, i) => line.y - (lines[i] as Line).y);
  // The gap between wrapped lines: the narrowest gap a line of text can have (a page of short
  // paragraphs has more gaps between paragraphs than inside them, so not the median).
  const size = median(lines.map((line) => line.size));
  const textGaps = gaps.filter((gap) => gap >= 0.8 * size);
  const lineGap = textGaps.length > 0 ? Math.min(...textGaps) : size * 1.2;
  const columnRight = Math.max(...lines.map((line) => line.right));
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous) joinLines(out, previous, line, lineGap, columnRight);
    line.chunks.forEach((chunk, c) => {
      if (c > 0) out.join(' ');
      writeWords(out, chunk.words, page);
    });
  });
}

/** One line per row, cells separated by a tab; returns the table's cell offsets. */
function writeTable(out: TextBuilder, rows: Word[][][], page: number): TextTable {
  const table: TextTable = [];
  rows.forEach((row, r) => {
    if (r > 0) out.breakLine();
    const cells: { start: number; end: number }[] = [];
    row.forEach((words, c) => {
      if (c > 0) out.append('\t');
      const start = out.length;
      // A wrapped cell's lines: mend hyphens as in prose.
      words.forEach((word, w) => {
        const before = words[w - 1];
        if (before) {
          const sameLine = Math.abs(word.y - before.y) < 0.45 * word.size;
          const cut = sameLine ? undefined : cutJoin(out.tail(), word.text);
          if (cut === 'mend') out.dropLast();
          else if (cut === 'glue') {
            // a compound or a code cut at its hyphen or slash: no space
          } else if (!sameLine || before.spaceAfter || word.spaceBefore || word.x - before.right > 0.18 * word.size)
            out.append(' ');
        }
        out.word(word, page);
      });
      cells.push({ start, end: out.length });
    });
    table.push(cells);
  });
  return table;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}
