/**
 * Tables with a time column: which date cells are deadlines (a column headed "Thời hạn", "Thời
 * gian hoàn thành", "Deadline", …), and each row's task cell and owner cell. Tables come either
 * as `TextTable`s (cell offsets, header row first, from the page or the PDF viewer) or flattened
 * in the text: cells separated by `|` or tabs, one row a line, columns aligned with spaces
 * (`aligned-tables.ts`), or one cell a paragraph as PDF and HTML flattening leaves them, rows
 * opened by their number ("4.").
 */
import { DEADLINE_AFTER_DATE } from '../tables/deadline-words';
import { WRAP_CONNECTIVES } from '../tables/wrap-words';
import { isPageNumberLine } from '../text/prose';
import { partitionPoint } from '../text/sorted';
import type { Span, TextTable } from '../types';
import type { Line } from './aligned-tables';
import { rowsOfAlignedLines } from './aligned-tables';
import { alternation, wordBounded } from './phrases';
import {
  type ColumnRole,
  cachedRole,
  GROUP_LINE_RE,
  headerRoles,
  joinSpans,
  MAX_CELL,
  ROW_NUMBER_RE,
  rowFromStart,
  span,
  startsLowerCase,
  type TableRow,
  timeColumnOf,
} from './table-columns';
import { lastIndexWithin } from './text-walk';

export { columnRole, type TableRow } from './table-columns';

/** Rows of the `TextTable`s given by the page: first row the header. */
function rowsOfTables(text: string, tables: TextTable[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const table of tables) {
    const [header, ...body] = table;
    if (!header) continue;
    const roles = headerRoles(
      header.map((cell) => text.slice(cell.start, cell.end)),
      2,
    );
    if (!roles) continue;
    for (const cells of body) {
      const spans = cells.map((c) => span(text, c.start, c.end) ?? { text: '', start: c.start, end: c.start });
      const row = rowFromStart(text, roles, spans, (header[0] as { start: number }).start);
      if (row) rows.push(row);
    }
  }
  return rows;
}

function linesOf(text: string, from: number, limit: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= limit) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > limit) end = limit;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** Cells of one line split at `|` or tabs, with their offsets. */
function splitLine(text: string, line: Line): Span[] {
  const cells: Span[] = [];
  let cellStart = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || text[i] === '|' || text[i] === '\t') {
      cells.push({ text: text.slice(cellStart, i), start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** Tables written one row a line with `|` or tab separators. */
function rowsOfSeparatedLines(text: string, lines: Line[]): TableRow[] {
  const rows: TableRow[] = [];
  let roles: ColumnRole[] | undefined;
  /** The header's cells while the line after it may still be its wrapped rest or second row. */
  let headerCells: string[] | undefined;
  /** Whether the header line opened with a pipe: then a row's first cell before it is no column. */
  let headerOpensWithPipe = false;
  let headerStart = 0;
  let current: Span[] = [];
  /** A blank line since the row began: what follows is no wrapped cell's rest. */
  let afterBlank = false;
  const flush = () => {
    const cells = current.filter((c) => c.text.trim() !== '' || current.indexOf(c) > 0);
    const row = roles && cells.length ? rowFromStart(text, roles, trimEdges(cells), headerStart) : undefined;
    if (row) rows.push(row);
    current = [];
  };
  for (const line of lines) {
    const raw = text.slice(line.start, line.end);
    if (raw.trim() === '') {
      afterBlank = true;
      continue;
    }
    const blankBefore = afterBlank;
    afterBlank = false;
    if (!/[|\t]/.test(raw)) {
      const rest = span(text, line.start, line.end) as Span;
      // A wrapped rest is short and ends no sentence ("đề nghị các sở … trước ngày 15/12." is prose).
      const short = startsLowerCase(rest.text) && rest.text.length <= MAX_CELL && !/[.;]\s*$/.test(raw);
      // "… | Thời hạn" over "trình/ban hành": the last header cell wrapped onto a line of its own.
      if (headerCells && short && !blankBefore) {
        headerCells[headerCells.length - 1] += ` ${rest.text}`;
        roles = headerRoles(headerCells) ?? roles;
        continue;
      }
      headerCells = undefined;
      // "A. CẢI CÁCH THỂ CHẾ", "II. Về đầu tư" between rows: a group of rows written without
      // separators. The row before it ends; the table goes on (prose after it ends the table).
      if (roles && GROUP_LINE_RE.test(rest.text) && rest.text.length <= MAX_CELL && !/[.;:]\s*$/.test(raw)) {
        flush();
        continue;
      }
      // "3 | Tập huấn cho" over "công chức cấp xã": a numbered row's last cell wrapped.
      if (roles && short && !blankBefore && opensWrappedRest(current, [rest], roles)) {
        current = joinWrapped(text, current, [rest]);
        continue;
      }
      flush();
      roles = undefined;
      continue;
    }
    const cells = splitLine(text, line);
    const header = headerRoles(trimEdges(cells).map((c) => c.text));
    if (header) {
      flush();
      roles = header;
      headerCells = trimEdges(cells).map((c) => c.text.trim());
      headerOpensWithPipe = raw.trimStart().startsWith('|');
      headerStart = line.start;
      continue;
    }
    if (!roles) continue;
    const own = trimEdges(cells);
    // "| Đơn vị | Thời hạn |" over "| chủ trì | hoàn thành |": a header wrapped onto a second row.
    const wrapped = headerCells
      ? wrappedHeader(headerCells, underHeader(cells, headerCells.length, headerOpensWithPipe))
      : undefined;
    headerCells = undefined;
    if (wrapped) {
      roles = headerRoles(wrapped) ?? roles;
      continue;
    }
    if (own.every((c) => /^[\s:\-–—=+]*$/.test(c.text))) continue; // a rule line: "|---|:--|"
    if (fillsBlankCells(current, own, roles.length)) current = filled(current, own);
    else if (continuesRow(raw, own, roles.length) && current.length > 0) current.push(...own);
    else if (!blankBefore && opensWrappedRest(current, own, roles)) current = joinWrapped(text, current, own);
    else {
      flush();
      current = own;
    }
  }
  flush();
  return rows;
}

/**
 * Whether `line`'s cells go on a row cut short by a cell wrapped onto the next line: in a numbered
 * table, the row opens with its number and has too few cells, its last and the line's first make
 * one cell (of at most WRAPPED_CELL_MAX) of a row that then fits, and the line opens in the middle
 * of a phrase (a lower-case word). A table without numbers cannot tell a wrapped cell from a short
 * row of its own.
 */
function opensWrappedRest(current: Span[], line: Span[], roles: ColumnRole[]): boolean {
  const first = line[0];
  const last = current[current.length - 1];
  if (!first || !last || roles[0] !== 'index' || !startsLowerCase(first.text)) return false;
  if (current.length >= roles.length || current.length + line.length - 1 > roles.length) return false;
  return ROW_NUMBER_RE.test((current[0] as Span).text.trim()) && first.end - last.start <= WRAPPED_CELL_MAX;
}
/** The longest cell a wrapped row may make: a task of a few lines. */
const WRAPPED_CELL_MAX = 400;

/** The row's cells with its last cell and the line's first joined into one. */
function joinWrapped(text: string, current: Span[], line: Span[]): Span[] {
  const last = current[current.length - 1] as Span;
  const first = line[0] as Span;
  const joined = { text: text.slice(last.start, first.end), start: last.start, end: first.end };
  return [...current.slice(0, -1), joined, ...line.slice(1)];
}

/**
 * The header's cells joined with the row under it when that row is the header wrapped: as many
 * cells, the filled ones in lower case ("| | | chủ trì | phối hợp | hoàn thành |").
 */
function wrappedHeader(header: string[], cells: Span[]): string[] | undefined {
  if (cells.length !== header.length) return undefined;
  const filled = cells.filter((c) => c.text.trim() !== '');
  if (filled.length === 0 || !filled.every((c) => startsLowerCase(c.text))) return undefined;
  return header.map((h, i) => `${h} ${(cells[i] as Span).text.trim()}`.trim());
}

/**
 * "| Chậm nhất ngày 05/5/2016 |" under a row continues it: a line opened by `|` with fewer than
 * half the header's cells and no row number. "| 2 | Rà soát … | Sở Tư pháp | Quý II/2027 |" is a
 * row of its own, in tables written with a `|` at both ends of every line.
 */
function continuesRow(raw: string, cells: Span[], columns: number): boolean {
  if (!raw.trimStart().startsWith('|')) return false;
  if (ROW_NUMBER_RE.test((cells[0]?.text ?? '').trim())) return false;
  return cells.length * 2 < columns;
}

/**
 * "| Di dời đường điện | Công ty Điện lực | |" over "| | | | 31/5/2026 |": a line whose first
 * cells are blank and whose other cells stand where the row before has none (a cell wrapped onto a
 * line of its own in a copied table) fills the row's blanks.
 */
function fillsBlankCells(current: Span[], line: Span[], columns: number): boolean {
  const blank = (cell: Span | undefined) => cell === undefined || cell.text.trim() === '';
  if (current.length === 0 || line.length > columns || !blank(line[0])) return false;
  if (line.every((cell) => blank(cell))) return false;
  return line.every((cell, i) => blank(cell) || blank(current[i]));
}

/** The row's cells with the line's non-blank cells in their places. */
function filled(current: Span[], line: Span[]): Span[] {
  const cells = [...current];
  line.forEach((cell, i) => {
    if (cell.text.trim() === '') return;
    while (cells.length < i) cells.push({ text: '', start: cell.start, end: cell.start });
    cells[i] = cell;
  });
  return cells;
}

/**
 * A header's second row, its cells as they stand under the header's columns: the empty cell before
 * a leading `|` is no column when the header opened with one too ("| Đơn vị |" over "| chủ trì |"),
 * and is one when it did not ("STT | Nhiệm vụ | …" over " | | hoàn thành | …"); the empty cell after
 * a trailing `|` is none when the row has a cell more than the header. Tab-separated rows keep their
 * leading empty cells: they stand under the first columns.
 */
function underHeader(cells: Span[], columns: number, headerOpensWithPipe: boolean): Span[] {
  const blank = (cell: Span | undefined) => cell !== undefined && cell.text.trim() === '';
  let aligned = headerOpensWithPipe && blank(cells[0]) ? cells.slice(1) : cells;
  if (aligned.length > columns && blank(aligned[aligned.length - 1])) aligned = aligned.slice(0, -1);
  return aligned;
}

/** Drops the empty cells made by a leading or trailing `|`. */
function trimEdges(cells: Span[]): Span[] {
  let [s, e] = [0, cells.length];
  if (cells[0]?.text.trim() === '') s++;
  if (e > s && cells[e - 1]?.text.trim() === '') e--;
  return cells.slice(s, e);
}

/** The lines that hold text, trimmed, as blocks. */
function nonBlankLines(text: string, lines: Line[]): Span[] {
  const blocks: Span[] = [];
  for (const line of lines) {
    const s = span(text, line.start, line.end);
    if (s) blocks.push(s);
  }
  return blocks;
}

/** Paragraph blocks (separated by blank lines) with offsets. */
function blocksOf(text: string, from: number, limit: number): Span[] {
  const blocks: Span[] = [];
  const re = /\n[ \t]*\n/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    const s = span(text, start, m.index);
    if (s) blocks.push(s);
    start = m.index + m[0].length;
  }
  const s = span(text, start, Math.min(limit, text.length));
  if (s) blocks.push(s);
  return blocks;
}

/**
 * "Nội dung" / "Đối tượng" / "Thời hạn", then rows of as many lines with no number: each run of that
 * many blocks is a row while its time cell holds a number and every cell opens with a capital and
 * is short; the first run that is not ends the table.
 */
function unnumberedRows(
  text: string,
  blocks: Span[],
  from: number,
  columns: ColumnRole[],
  tableStart: number,
): { rows: TableRow[]; next: number } {
  const rows: TableRow[] = [];
  const timeIndex = timeColumnOf(columns);
  let k = from;
  for (; k + columns.length <= blocks.length; k += columns.length) {
    const cells = blocks.slice(k, k + columns.length);
    const isRow =
      cells.every((cell) => !startsLowerCase(cell.text) && cell.text.length <= MAX_UNNUMBERED_CELL) &&
      /\d/.test((cells[timeIndex] as Span).text) &&
      !/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test((cells[0] as Span).text);
    const row = isRow ? rowFromEnds(text, columns, cells, tableStart) : undefined;
    if (!row) break;
    rows.push(row);
  }
  return { rows, next: k };
}
/** A cell of a table written one cell a line is a phrase, not a paragraph. */
const MAX_UNNUMBERED_CELL = 200;

/** Tables flattened one cell a paragraph: a run of header blocks, then rows opened by their number. */
function rowsOfBlocks(text: string, blocks: Span[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 0; i < blocks.length; i++) {
    // Header cells open with a capital (or a number's "TT"); a lower-case block is some cell's rest.
    if (startsLowerCase((blocks[i] as Span).text)) continue;
    const header = headerBlocks(blocks, i);
    const j = header.next;
    const roles = header.cells.length >= 3 ? headerRoles(header.cells) : undefined;
    if (!roles) continue;
    const columns = roles.filter((r) => r !== 'index');
    const rowsBefore = rows.length;
    if (roles[0] === 'task' && blocks[j] && !opensRow(blocks[j] as Span, 0)) {
      const unnumbered = unnumberedRows(text, blocks, j, columns, (blocks[i] as Span).start);
      if (unnumbered.rows.length > 0) {
        rows.push(...unnumbered.rows);
        i = unnumbered.next - 1;
        continue;
      }
    }
    let k = j;
    let number = 0; // the number of the row read last
    while (k < blocks.length) {
      // A group row between rows ("II. Lĩnh vực xây dựng") before a numbered row is skipped.
      const group = groupRowAt(blocks, k, number);
      if (group) {
        k += group;
        continue;
      }
      // A number that opens no row, or a section heading right after one ("3" / "II. TỔ CHỨC THỰC
      // HIỆN", a page's number before the next section): the table has ended.
      if (!opensRow(blocks[k] as Span, number) || opensSection(blocks[k + 1])) break;
      const before = number;
      number = rowNumberOf((blocks[k] as Span).text) ?? number;
      // The row runs to the next row's number, a group row, or the header repeated after a page break.
      let end = k + 1;
      while (
        end < blocks.length &&
        !opensRow(blocks[end] as Span, number) &&
        !groupRowAt(blocks, end, number) &&
        !repeatsHeader(blocks, i, j, end)
      )
        end++;
      // The last row ends with the table: the paragraphs after its cells are the text that follows.
      const last = end === blocks.length;
      const cells = rowCells(text, blocks, k + 1, end, columns.length, last);
      const row = rowFromEnds(text, columns, cells, (blocks[i] as Span).start);
      if (row) rows.push(row);
      // A number with no cells before the repeated header was the page's, not a row's.
      if (cells.length === 0) number = before;
      k = repeatsHeader(blocks, i, j, end) ? end + (j - i) : end;
    }
    // A header that read no row and opens with neither a number nor a task column ("PHỤ LỤC: … PHÂN
    // CÔNG THỰC HIỆN" taken for its first cell) may have started a block early: the next block is
    // tried. Any other is passed over whole, so each block opens at most two headers (linear).
    const doubtfulStart = rows.length === rowsBefore && roles[0] !== 'index' && roles[0] !== 'task';
    if (!doubtfulStart) i = k - 1;
  }
  return rows;
}

/** Whether the header's blocks `from`..`to` are repeated at block `at` (after a page break). */
function repeatsHeader(blocks: Span[], from: number, to: number, at: number): boolean {
  if (at + (to - from) > blocks.length) return false;
  for (let n = 0; n < to - from; n++)
    if ((blocks[at + n] as Span).text !== (blocks[from + n] as Span).text) return false;
  return true;
}

/** A section of the document after a row's number ("II. TỔ CHỨC THỰC HIỆN"): the table has ended. */
const opensSection = (block: Span | undefined) => block !== undefined && ROMAN_SECTION_RE.test(block.text);
const ROMAN_SECTION_RE = /^\s*[IVX]{1,4}\.\s/;

/**
 * Whether a number alone on a line opens the row after row `previous`: rows count up, by at most
 * three (a row left out), or start again at 1 under a group row. Another number ("2" after row 3,
 * a page's number) opens no row.
 */
function opensRow(block: Span, previous: number): boolean {
  const number = rowNumberOf(block.text);
  if (number === null) return false;
  const [group, sub] = [Math.floor(number / SUB_ROWS), number % SUB_ROWS];
  const [lastGroup, lastSub] = [Math.floor(previous / SUB_ROWS), previous % SUB_ROWS];
  const nextGroup = group === 1 || (group > lastGroup && group <= lastGroup + MAX_ROW_GAP);
  if (sub === 0) return nextGroup;
  // "1.1" under the group row "1" (or a new group's first), "1.2" after "1.1".
  return sub === 1
    ? group === lastGroup || nextGroup
    : group === lastGroup && sub > lastSub && sub <= lastSub + MAX_ROW_GAP;
}
const MAX_ROW_GAP = 3;
/** Row numbers as group × SUB_ROWS + sub-row: "3" is 300, "2.1" is 201. */
const SUB_ROWS = 100;
const ROW_OR_SUB_ROW_RE = /^(\d{1,3})(?:\.(\d{1,2}))?\.?$/;
/** A row's number ("3", "3.", "2.1") as group × SUB_ROWS + sub-row, or null. */
function rowNumberOf(text: string): number | null {
  const m = ROW_OR_SUB_ROW_RE.exec(text.trim());
  return m ? Number(m[1]) * SUB_ROWS + (m[2] ? Number(m[2]) : 0) : null;
}

/** "II. Lĩnh vực xây dựng" between two rows, right before a row's number: a group of rows, not a section. */
/**
 * How many blocks a group row at `at` takes before the next numbered row: "II. Lĩnh vực xây dựng"
 * (one), or its numeral or letter and its title a line each, "II" / "Về cơ chế, chính sách", "A" /
 * "NHIỆM VỤ CHUNG" (two); 0 for none.
 */
function groupRowAt(blocks: Span[], at: number, previous: number): number {
  const block = (blocks[at] as Span).text;
  if (ROMAN_SECTION_RE.test(block)) return at + 1 < blocks.length && opensRow(blocks[at + 1] as Span, previous) ? 1 : 0;
  if (at + 2 >= blocks.length) return 0;
  const title = (blocks[at + 1] as Span).text;
  if (/\d/.test(title) || startsLowerCase(title)) return 0;
  if (BARE_GROUP_MARK_RE.test(block)) return opensRow(blocks[at + 2] as Span, previous) ? 2 : 0;
  // "1" / "Hồ sơ sức khỏe điện tử" / "1.1": a numbered group whose rows are numbered under it.
  const group = rowNumberOf(block);
  const first = rowNumberOf((blocks[at + 2] as Span).text);
  return group !== null && group % SUB_ROWS === 0 && first === group + 1 && opensRow(blocks[at] as Span, previous)
    ? 2
    : 0;
}
const BARE_GROUP_MARK_RE = /^\s*(?:[IVX]{1,4}|[A-ZĐ])\.?\s*$/;

/**
 * The cells of a row from its blocks `from`..`end`, for a header of `columns` cells. PDF copies
 * wrap cells over lines ("Vụ Công chức - Viên" / "chức", "Hoàn thành trong" / "Quý I/2026"): a
 * wrapped line goes on with the cell before it, but only as far as the header's count asks, so a
 * cell of its own in lower case ("các bộ, ngành liên quan", "tháng 10/2027") stays one. The last row
 * has no next row to end it: it takes `columns` cells, and a line after them joins only a cell that
 * ends open.
 */
function rowCells(text: string, blocks: Span[], from: number, end: number, columns: number, last: boolean): Span[] {
  const cells: Span[] = [];
  for (let i = from; i < end; i++) {
    const block = blocks[i] as Span;
    // A page's running number ("- 2 -") between two rows belongs to neither; so does a bare one
    // ("2") after a row that has all its cells.
    if (isPageNumberLine(block.text)) continue;
    if (i === end - 1 && cells.length >= columns && ROW_NUMBER_RE.test(block.text)) continue;
    const previous = cells[cells.length - 1];
    if (last && previous) {
      // The last row reads its wrapped lines as they come; once full, only a cell left open goes on.
      // A full row is never continued by a paragraph of prose ("Riêng cá nhân … chậm nhất ngày …").
      const prose = cells.length >= columns && isProseBlock(text, block);
      const wraps =
        !prose && (endsOpen(previous.text) || (cells.length < columns && continuesCell([previous, block], 1)));
      if (wraps) {
        cells[cells.length - 1] = joined(text, previous, block);
        continue;
      }
      if (cells.length >= columns) break;
    }
    cells.push(block);
  }
  // Join wrapped lines until the cells match the header: lines after a cell that ends open first, then
  // lines in lower case that open no cell of their own.
  for (const wraps of [(i: number) => endsOpen((cells[i - 1] as Span).text), (i: number) => continuesCell(cells, i)]) {
    for (let i = 1; i < cells.length && cells.length > columns; ) {
      if (wraps(i)) cells.splice(i - 1, 2, joined(text, cells[i - 1] as Span, cells[i] as Span));
      else i++;
    }
  }
  return cells;
}

/** A block that is a sentence of its own: longer than two cells and ending with a full stop (which its span leaves out). */
const isProseBlock = (text: string, block: Span) =>
  block.text.length > 2 * MAX_CELL && /^[.!?]/.test(text.slice(block.end, block.end + 1) || block.text.slice(-1));

const joined = (text: string, first: Span, second: Span): Span => ({
  text: text.slice(first.start, second.end),
  start: first.start,
  end: second.end,
});

/** A line in lower case that opens no cell of its own (a list of bodies, a time): the wrapped rest of the cell before. */
function continuesCell(cells: Span[], i: number): boolean {
  const cell = (cells[i] as Span).text;
  return startsLowerCase(cell) && !CELL_OPENING_RE.test(cell) && !/[.;]\s*$/.test((cells[i - 1] as Span).text);
}
const CELL_OPENING_RE =
  /^\s*(?:các|những|mọi|tháng|quý|năm|ngày|trước|trong|chậm|hoàn\s+thành|định\s+kỳ|hằng)(?![\p{L}\p{M}])/iu;

const WRAPS: ReadonlySet<string> = new Set(WRAP_CONNECTIVES);
/** Whether a cell's text ends with a word that cannot end it. */
function endsOpen(cell: string): boolean {
  const last = /([\p{L}\p{M}]+)[ \t]*$/u.exec(cell.slice(-24))?.[1];
  return last !== undefined && WRAPS.has(last.toLowerCase());
}

/**
 * The header cells of a paragraph-flattened table starting at block `from`, and the block after
 * them. A header cell wrapped over two paragraphs ("Đơn vị" / "chủ trì", each its own paragraph on
 * a page) is one cell: a block with no known role joins the next when together they have one.
 */
const MAX_HEADER_BLOCKS = 36;
function headerBlocks(blocks: Span[], from: number): { cells: string[]; next: number } {
  const cells: string[] = [];
  let j = from;
  // A header is at most 12 cells of a few lines each: bounded, so a page of lower-case lines
  // ("thời hạn" / "thời hạn" / …) costs each start a few blocks, not the rest of the page.
  while (j < blocks.length && cells.length < 12 && j - from < MAX_HEADER_BLOCKS) {
    const cell = (blocks[j] as Span).text;
    // "Nội dung" / "công việc", "Thời hạn" / "hoàn thành": header cells open with a capital, so a
    // line in lower case is the rest of the cell before it, wrapped.
    if (cells.length > 0 && startsLowerCase(cell)) {
      cells[cells.length - 1] += ` ${cell}`;
      j++;
      continue;
    }
    if (cachedRole(cell) !== 'other') {
      cells.push(cell);
      j++;
      continue;
    }
    // "TT" / "Khu tái định cư" / "Đơn vị thực hiện": the column after the number names what each
    // row is about in words of its own; the known header cell after it says this is a header.
    const next = j + 1 < blocks.length ? (blocks[j + 1] as Span).text : '';
    if (cells.length === 1 && cachedRole(cells[0] as string) === 'index' && cachedRole(next) !== 'other') {
      cells.push(cell);
      j++;
      continue;
    }
    // "STT" / "Loại hồ sơ" / "Kỳ tính thuế" / "Hạn nộp": cells of their own words between the
    // number and a deadline column a few blocks on.
    if (cells[0] !== undefined && cachedRole(cells[0]) === 'index' && deadlineWithin(blocks, j + 1, OWN_WORDS_AHEAD)) {
      cells.push(cell);
      j++;
      continue;
    }
    // "Cơ quan chủ" / "trì": a cell that has a role only with its wrapped rest.
    const rest = j + 1 < blocks.length ? (blocks[j + 1] as Span).text : '';
    if (rest && startsLowerCase(rest) && cachedRole(`${cell} ${rest}`) !== 'other') {
      cells.push(`${cell} ${rest}`);
      j += 2;
      continue;
    }
    const joined = j + 1 < blocks.length ? `${cell} ${(blocks[j + 1] as Span).text}` : '';
    if (!joined || cachedRole((blocks[j + 1] as Span).text) === 'other' || cachedRole(joined) === 'other') break;
    cells.push(joined);
    j += 2;
  }
  return { cells, next: j };
}

/** How many header cells of their own words may stand before a numbered table's deadline column. */
const OWN_WORDS_AHEAD = 3;
/** Whether a deadline column's header is among the `count` blocks from `from`. */
function deadlineWithin(blocks: Span[], from: number, count: number): boolean {
  for (let k = from; k < Math.min(blocks.length, from + count); k++) {
    const role = cachedRole((blocks[k] as Span).text);
    if (role === 'deadline') return true;
    if (role !== 'other') return false;
  }
  return false;
}

/**
 * A paragraph-flattened row: the task cell first, the time cell where the header puts it, and the
 * cells between mapped from the end (a cell broken over two paragraphs joins the owner).
 */
function rowFromEnds(text: string, columns: ColumnRole[], cells: Span[], tableStart: number): TableRow | undefined {
  const taskIndex = columns.indexOf('task');
  const timeIndex = timeColumnOf(columns);
  if (taskIndex !== 0 || cells.length < 2) return undefined;
  const afterTime = columns.length - 1 - timeIndex;
  let timeCell = cells.length - 1 - afterTime;
  // A row short of cells lacks a blank one, most often after the time ("Sản phẩm", "Ghi chú" left
  // blank): the time then stands where the header puts it, counted from the start, when a number
  // is there; else where counting from the end puts it ("Cơ quan phối hợp" left blank).
  const fromStart = cells[timeIndex];
  if (cells.length < columns.length && fromStart && /\d/.test(fromStart.text)) timeCell = timeIndex;
  if (timeCell < 1) return undefined;
  const between = cells.slice(1, timeCell);
  const middle = columns.slice(1, timeIndex);
  const ownerAt = middle.indexOf('owner');
  let owner: Span | null = null;
  if (ownerAt >= 0 && between.length < middle.length) {
    // A blank cell left out ("Cơ quan phối hợp" empty): the cells stand in order from the first,
    // for the body that must act is named far more often than those that help.
    owner = between[ownerAt] ?? null;
  } else if (ownerAt >= 0) {
    const fromEnd = middle.length - 1 - ownerAt;
    owner = joinSpans(text, between.slice(ownerAt, between.length - fromEnd));
  }
  return {
    start: (cells[0] as Span).start,
    end: (cells[cells.length - 1] as Span).end,
    task: cells[0] ?? null,
    owner,
    timeRole: columns[timeIndex] === 'deadline' ? 'deadline' : 'time',
    ownerColumn: columns.includes('owner'),
    tableStart,
    time: cells[timeCell] ?? null,
  };
}

/** Words of a time column's header; the header must stand alone in its cell (checked around it). */
export const HEADER_WORD_RE =
  /[Tt]h[ờỜ]i\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành|chậm\s+nhất))?|[Tt]iến\s+độ(?:\s+(?:thực\s+hiện|hoàn\s+thành))?|TIẾN\s+ĐỘ|[Cc]ác\s+mốc\s+thời\s+gian|[Nn]gày\s+chậm\s+nhất\s+phải\s+hoàn\s+thành|[Hh]ạn\s+(?:chót|cuối|nộp|trình|hoàn\s+thành)|[Dd]eadline|[Dd]ue\s+date|[Tt]imeline|[Tt]iming|[Tt]ime(?:\s+of\s+(?:implementation|completion))?|[Cc]ompletion\s+(?:date|time)|[Ii]mplementation\s+(?:time|period|schedule)|THỜI\s+(?:GIAN|HẠN)|[Dd]ates?(?![\p{L}\p{M}])|[Nn]gày(?![\p{L}\p{M}])/gu;
const CELL_EDGE_BEFORE_RE = /(?:^|[\n|\t])[ \t]{0,4}$| {2}$/;
/**
 * After the header word, up to three words of its own ("Thời hạn trình", "Thời gian hoàn thành dự
 * kiến", "Thời hạn trình, ban hành") and the cell's edge (two spaces in a table aligned with spaces).
 */
const CELL_EDGE_AFTER_RE = /^(?:(?:[ \t]+|[ \t]*[,/][ \t]*)[\p{L}\p{M}]+){0,3}(?:[ \t:]*(?:[\n|\t]|$)|:? {2})/u;
/** A header starts at most this far before its time cell; a table's rows run at most this far after. */
const HEADER_BACK = 600;
const TABLE_FORWARD = 40_000;

/** A first letter of an alternative of HEADER_WORD_RE (T, C, N, H, D, I either case): no match opens otherwise. */
function opensHeader(code: number): boolean {
  const upper = code & ~32;
  return upper === 84 || upper === 67 || upper === 78 || upper === 72 || upper === 68 || upper === 73;
}
/** The same pattern tried at one position. */
const HEADER_WORD_AT_RE = new RegExp(HEADER_WORD_RE.source, 'yu');
/** How far back from a cell edge a character no header word can hold is looked for. */
const SYNC_BACK = 64;

/**
 * Characters a match of HEADER_WORD_RE can hold: those of its source (a superset of its letters)
 * and white space. Any other character ends every match before it.
 */
const HEADER_WORD_CHARS = new Set([...HEADER_WORD_RE.source].map((c) => c.charCodeAt(0)));
function isOutsideHeaderWords(code: number): boolean {
  return !HEADER_WORD_CHARS.has(code) && !/\s/.test(String.fromCharCode(code));
}

/**
 * A cell edge and a letter a header word opens with: where a header can stand. The edge is a line
 * break, `|` or tab and at most 4 blanks, or a run of two or more spaces between columns aligned
 * with spaces (taken from its first space only, so a long run is passed once).
 */
const EDGE_THEN_OPENER_RE = /(?:[\n|\t][ \t]{0,4}|(?<! ) {2,})[TtCcNnHhDdIi]/g;

/**
 * Positions right after a cell edge (and at most 4 blanks) that hold a letter a header word opens
 * with, in order. Only the first letter after an edge can pass CELL_EDGE_BEFORE_RE, so these are
 * the only places a header that counts can start.
 */
function headerStarts(text: string): number[] {
  const starts: number[] = [];
  let lead = 0;
  while (lead < 4 && (text.charCodeAt(lead) === 32 || text.charCodeAt(lead) === 9)) lead++;
  if (lead < 5 && opensHeader(text.charCodeAt(lead))) starts.push(lead);
  EDGE_THEN_OPENER_RE.lastIndex = 0;
  for (let m = EDGE_THEN_OPENER_RE.exec(text); m; m = EDGE_THEN_OPENER_RE.exec(text)) {
    const at = EDGE_THEN_OPENER_RE.lastIndex - 1;
    if (at !== starts[starts.length - 1]) starts.push(at);
  }
  return starts;
}

/**
 * Windows of the text around time-column headers, merged: only these are read as flattened tables.
 *
 * A header counts only right after a cell edge (CELL_EDGE_BEFORE_RE), so the matches that matter
 * start at `headerStarts`. They are exactly those of one global scan of the page: the scan is
 * replayed up to each start, resuming where it stopped or just after a character no match can
 * hold (no earlier match can run over it), so most of the page is never scanned.
 */
export function tableWindows(text: string): Array<{ start: number; end: number }> {
  const windows: Array<{ start: number; end: number }> = [];
  // The replayed scan has tried every position before `scanned`; `next` is its next match from
  // there when known (null: none left in the text).
  let scanned = 0;
  let next: RegExpExecArray | null | undefined;
  for (const start of headerStarts(text)) {
    if (start < scanned) continue;
    for (let i = start - 1; i >= Math.max(scanned, start - SYNC_BACK); i--) {
      if (isOutsideHeaderWords(text.charCodeAt(i))) {
        if (next && next.index <= i) next = undefined;
        scanned = i + 1;
        break;
      }
    }
    if (next === undefined && start - scanned <= SYNC_BACK) {
      // Near: try each position up to the start.
      let p = scanned;
      while (p <= start) {
        HEADER_WORD_AT_RE.lastIndex = p;
        const m = opensHeader(text.charCodeAt(p)) ? HEADER_WORD_AT_RE.exec(text) : null;
        if (!m) p++;
        else {
          if (p === start) addWindow(text, windows, m);
          p += m[0].length;
        }
      }
      scanned = p;
      continue;
    }
    // Far: the global scan itself, one match ahead.
    if (next === undefined) {
      HEADER_WORD_RE.lastIndex = scanned;
      next = HEADER_WORD_RE.exec(text);
    }
    while (next && next.index < start) {
      scanned = next.index + next[0].length;
      HEADER_WORD_RE.lastIndex = scanned;
      next = HEADER_WORD_RE.exec(text);
    }
    if (!next) break; // no header word left in the text
    if (next.index === start) {
      addWindow(text, windows, next);
      scanned = start + next[0].length;
      next = undefined;
    } else scanned = start + 1;
  }
  return windows;
}

/** The table window of header word `m`, when it stands alone in its cell, merged into `windows`. */
function addWindow(text: string, windows: Array<{ start: number; end: number }>, m: RegExpExecArray): void {
  const end = m.index + m[0].length;
  if (!CELL_EDGE_AFTER_RE.test(text.slice(end, end + 40))) return;
  if (!CELL_EDGE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 5), m.index))) return;
  // The line's start, looked for at most HEADER_BACK further back: a page of one line of tabs has
  // none, and each header word would otherwise scan back to the text's start.
  const reach = Math.max(0, m.index - HEADER_BACK);
  const newline = lastIndexWithin(text, '\n', reach, reach - HEADER_BACK);
  const start = newline >= 0 ? newline + 1 : Math.max(0, reach - HEADER_BACK);
  const windowEnd = Math.min(text.length, m.index + TABLE_FORWARD);
  const last = windows[windows.length - 1];
  if (last && start <= last.end) last.end = Math.max(last.end, windowEnd);
  else windows.push({ start, end: windowEnd });
}

/** A task cell that opens by naming a deadline, in the words that name one after a date: "Deadline to …", "Hạn chót nộp …". */
const NAMES_DEADLINE_RE = new RegExp(
  `^\\s*(?:the\\s+)?${wordBounded(alternation(DEADLINE_AFTER_DATE.map((words) => words.replace(/^the /, ''))))}`,
  'iu',
);

/** Every table row with a time column in `text` (flattened) and in `tables`, in document order. */
export function findTableRows(text: string, tables: TextTable[] = []): TableRow[] {
  const rows = rowsOfTables(text, tables);
  for (const area of tableWindows(text)) {
    const lines = linesOf(text, area.start, area.end);
    rows.push(
      ...rowsOfSeparatedLines(text, lines),
      ...rowsOfAlignedLines(text, lines),
      ...rowsOfBlocks(text, blocksOf(text, area.start, area.end)),
      // One cell a line, without blank lines between: the same reading over lines.
      ...rowsOfBlocks(text, nonBlankLines(text, lines)),
    );
  }
  // "Deadline to submit the report | Employers | 31 July 2026" under a neutral "Date" column: the row names its date a deadline.
  for (const row of rows)
    if (row.timeRole === 'time' && row.task && NAMES_DEADLINE_RE.test(row.task.text)) row.timeRole = 'deadline';
  // Overlapping windows or both readings of one table: keep the first row at each place, the
  // tighter of two readings of one row (a paragraph block may run on into the prose after the table).
  const sorted = rows.sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((row, i) => i === 0 || row.start >= (sorted[i - 1] as TableRow).end);
}

/** The row whose span holds `pos`, by binary search over sorted rows. */
export function rowAt(rows: TableRow[], pos: number): TableRow | undefined {
  const row = rows[partitionPoint(rows, (candidate) => candidate.end <= pos)];
  return row && row.start <= pos ? row : undefined;
}

/**
 * The row a deadline at `pos` is read from (its task cell, its owner cell), or undefined: outside
 * every row, or inside the row's own task cell, where the cell's sentence is read as prose.
 */
export function governingRow(rows: TableRow[], pos: number): TableRow | undefined {
  const row = rowAt(rows, pos);
  return row && !(row.task && row.task.start <= pos && pos < row.task.end) ? row : undefined;
}
