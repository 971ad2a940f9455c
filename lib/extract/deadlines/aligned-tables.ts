/**
 * Tables laid out with spaces, as plain-text documents and text copies of PDFs give them: a header
 * line whose cells stand apart by runs of spaces, rows whose cells start under the header's, a
 * cell too long for its column wrapped onto the next lines at the same place.
 *
 *   TT   Nội dung công việc          Cơ quan chủ trì       Thời hạn
 *   1    Ban hành hướng dẫn          Ban Tổ chức Tỉnh ủy   Tháng 10/2027
 *   2    Kiểm tra tập thể ban        Đảng ủy các xã        Trước 31/12/2027
 *        chấp hành
 *
 * A span is one stretch of the text, so a wrapped cell's span is its first line.
 */
import type { Span } from '../types';
import {
  type ColumnRole,
  GROUP_LINE_RE,
  headerRoles,
  MAX_CELL,
  ROW_NUMBER_RE,
  rowOfCells,
  span,
  type TableRow,
  timeColumnOf,
} from './table-columns';

export interface Line {
  start: number;
  end: number;
}

/** A piece of a line between runs of two or more spaces, and the column it starts at. */
interface Chunk extends Span {
  column: number;
}

/** Columns stand at least this many spaces apart; one space is inside a cell. */
const GAP_RE = / {2,}/g;
/** How far left of its header cell a cell may start (centred headers, a ragged copy). */
const SLACK = 3;

function chunksOf(text: string, line: Line): Chunk[] {
  const raw = text.slice(line.start, line.end);
  const chunks: Chunk[] = [];
  let from = 0;
  GAP_RE.lastIndex = 0;
  for (let m = GAP_RE.exec(raw); chunks.length <= MAX_COLUMNS; m = GAP_RE.exec(raw)) {
    const to = m ? m.index : raw.length;
    const piece = span(text, line.start + from, line.start + to);
    if (piece) chunks.push({ ...piece, column: piece.start - line.start });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return chunks;
}

/** Whether a line holds two spaces in a row (looked for within the line only). */
function hasSpaceRun(text: string, line: Line): boolean {
  for (let i = line.start + 1; i < line.end; i++) {
    if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) === 32) return true;
  }
  return false;
}

/** A table has at most this many columns; a line of more pieces is no table's (and costs no more). */
const MAX_COLUMNS = 16;

/** Whether every piece of a line starts under a column of the header (within SLACK of its start). */
function standsUnder(starts: readonly number[], chunks: readonly Chunk[]): boolean {
  return chunks.every((chunk) => starts.some((start) => Math.abs(start - chunk.column) <= SLACK));
}

/** The header column a chunk stands under: the last one starting at most SLACK after it. */
function columnOf(starts: readonly number[], column: number): number {
  let index = 0;
  for (let i = 0; i < starts.length; i++) if ((starts[i] as number) <= column + SLACK) index = i;
  return index;
}

/** A line of a group of rows ("A. NHIỆM VỤ CHUNG", or "II" alone): one short piece in capitals. */
const isGroupLine = (piece: string) => GROUP_LINE_RE.test(piece) || /^(?:[IVX]{1,4}|[A-ZĐ])\.?$/u.test(piece);

interface OpenRow {
  start: number;
  end: number;
  cells: (Span | null)[];
}

/** Rows of the space-aligned tables among `lines`. */
export function rowsOfAlignedLines(text: string, lines: readonly Line[]): TableRow[] {
  const rows: TableRow[] = [];
  let roles: ColumnRole[] | undefined;
  let starts: number[] = [];
  let headerStart = 0;
  let open: OpenRow | undefined;
  /** The header line just read, or a line outside a table that may be a header wrapped onto the next. */
  let above: { starts: number[]; cells: string[]; lineStart: number } | undefined;
  const close = () => {
    if (roles && open) {
      rows.push(rowOfCells(text, roles, open.cells, open, headerStart));
    }
    open = undefined;
  };
  for (const line of lines) {
    // Tables with separators of their own are read elsewhere; a blank line may sit between rows.
    if (/[|\t]/.test(text.slice(line.start, line.end))) {
      close();
      roles = undefined;
      above = undefined;
      continue;
    }
    // Outside a table, a line with no run of spaces is neither a header nor its wrapped rest: most
    // lines of a page, passed without splitting them.
    if (!roles && !hasSpaceRun(text, line)) {
      above = undefined;
      continue;
    }
    const chunks = chunksOf(text, line);
    if (chunks.length === 0) continue;
    if (chunks.length > MAX_COLUMNS) {
      close();
      roles = undefined;
      above = undefined;
      continue;
    }
    // "Thời hạn" over "hoàn thành", "Ngày chậm nhất" over "phải hoàn thành": header cells wrapped
    // onto the next line, in lower case, each under its own column.
    if (above && wrapsUnder(above.starts, chunks)) {
      const cells = [...above.cells];
      for (const chunk of chunks) {
        const at = columnOf(above.starts, chunk.column);
        cells[at] = `${cells[at]} ${chunk.text}`;
      }
      const header = headerRoles(cells);
      if (header) {
        close();
        roles = header;
        starts = above.starts;
        headerStart = above.lineStart;
        above = { starts, cells, lineStart: above.lineStart };
        continue;
      }
    }
    const texts = chunks.map((c) => c.text);
    const header = chunks.length >= 3 ? headerRoles(texts) : undefined;
    if (header) {
      close();
      roles = header;
      starts = chunks.map((c) => c.column);
      headerStart = line.start;
      above = { starts, cells: texts, lineStart: line.start };
      continue;
    }
    above =
      chunks.length >= 3 && !roles
        ? { starts: chunks.map((c) => c.column), cells: texts, lineStart: line.start }
        : undefined;
    if (!roles) continue;
    const first = chunks[0] as Chunk;
    const numbered = roles[0] === 'index';
    const opens = numbered ? first.column <= SLACK && ROW_NUMBER_RE.test(first.text) : first.column <= SLACK;
    // Prose after the table ("… the ministry office.  The review meeting was held on …") may hold
    // a double space too: a row's pieces stand under the header's columns.
    const laid = pieces(text, chunks, starts);
    const underHeader = standsUnder(starts, laid);
    if (opens && chunks.length >= 2 && underHeader) {
      close();
      open = { start: first.start, end: line.end, cells: roles.map(() => null) };
      place(text, open, laid, starts, timeColumnOf(roles));
      continue;
    }
    if (first.column <= SLACK && chunks.length === 1 && first.text.length <= MAX_CELL && isGroupLine(first.text)) {
      close();
      continue;
    }
    // Indented: the row's wrapped cells go on; anything else at the margin is the text after the table.
    if (open && first.column > SLACK && underHeader) {
      place(text, open, laid, starts, timeColumnOf(roles));
      open.end = line.end;
      continue;
    }
    close();
    roles = undefined;
  }
  close();
  return rows;
}

/** Whether every piece of a line is in lower case and stands under a column of its own. */
function wrapsUnder(starts: readonly number[], chunks: readonly Chunk[]): boolean {
  const taken = new Set<number>();
  for (const chunk of chunks) {
    if (!/^\p{Ll}/u.test(chunk.text) || chunk.text.length > MAX_CELL) return false;
    if (chunk.column < (starts[0] as number) - SLACK) return false;
    const at = columnOf(starts, chunk.column);
    if (taken.has(at)) return false;
    taken.add(at);
  }
  return true;
}

/** A line's pieces, those filled to the next column's edge split there. */
const pieces = (text: string, chunks: Chunk[], starts: readonly number[]) =>
  chunks.flatMap((c) => splitAtColumns(text, c, starts));

/** Puts each piece in its column, where the row has no cell yet (a wrapped line fills only blanks). */
function place(text: string, row: OpenRow, laid: Chunk[], starts: readonly number[], timeAt: number): void {
  for (const chunk of laid) {
    const at = columnOf(starts, chunk.column);
    const cell = row.cells[at];
    if (!cell) row.cells[at] = chunk;
    // "Trước ngày" over "25/01/2027": a time cell goes on to the date on its next line (the span
    // then holds the other columns' words between, which hold no date of the row's own).
    else if (at === timeAt && !/\d/.test(cell.text))
      row.cells[at] = { ...cell, text: text.slice(cell.start, chunk.end), end: chunk.end };
  }
}

/**
 * "Rà soát hồ sơ … trong Phòng Kinh tế": a cell filled to the next column's edge is set off from
 * it by one space only. A piece that runs over a column's start with a space right before it is
 * two cells.
 */
function splitAtColumns(text: string, chunk: Chunk, starts: readonly number[]): Chunk[] {
  const pieces: Chunk[] = [];
  let piece = chunk;
  for (const start of starts) {
    const cut = piece.start + (start - piece.column);
    if (start <= piece.column || cut >= piece.end) continue;
    if (text[cut - 1] !== ' ' || text[cut] === ' ') continue;
    const head = span(text, piece.start, cut);
    if (head) pieces.push({ ...head, column: piece.column });
    piece = { text: text.slice(cut, piece.end), start: cut, end: piece.end, column: start };
  }
  pieces.push(piece);
  return pieces;
}
