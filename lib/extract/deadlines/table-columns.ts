/**
 * The columns of a table with a time column: each header cell's role from its words, which header
 * makes a table worth reading, and a row from its cells. Shared by the readers of page tables and
 * of tables flattened into text (`tables.ts`, `aligned-tables.ts`).
 */
import { DEADLINE_COLUMNS, OWNER_COLUMNS, SUPPORT_COLUMNS, TASK_COLUMNS, TIME_COLUMNS } from '../tables/deadline-words';
import { memoised } from '../text/memo';
import type { Span } from '../types';

export type ColumnRole = 'index' | 'task' | 'owner' | 'support' | 'deadline' | 'time' | 'extra' | 'other';

export interface TableRow {
  start: number;
  end: number;
  task: Span | null;
  owner: Span | null;
  /** The time cell's kind: a deadline column, or a column read cell by cell. */
  timeRole: 'deadline' | 'time';
  /** Whether the table has a column of the bodies that act (a row may leave its cell blank). */
  ownerColumn: boolean;
  /** Where the table starts (its header): the sentence before it may introduce it. */
  tableStart: number;
  /** The time cell, when known; else any date in the row outside task and owner cells. */
  time: Span | null;
}

export const MAX_CELL = 80;
/** A group row's line: a Roman numeral or a capital letter, a full stop or bracket, its title. */
export const GROUP_LINE_RE = /^(?:[IVX]{1,4}|[A-ZĐ])[.)]\s+\p{Lu}/u;
/** A row's number cell: "4", "4.". */
export const ROW_NUMBER_RE = /^\d{1,3}\.?$/;
/** A numbered section heading: "II. TỔ CHỨC THỰC HIỆN", "1. Phòng Kinh tế:". */
const SECTION_HEADING_RE = /^\s*(?:[IVX]{1,4}|\d{1,2})\.\s/;
const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s:*.]+$/, '')
    .trim();
/** Whether a cell's text opens with a lower-case letter: the wrapped rest of a header cell. */
export const startsLowerCase = (cell: string) => /^\s*\p{Ll}/u.test(cell);
const DEADLINE_SET = new Set(DEADLINE_COLUMNS);
const TIME_SET = new Set(TIME_COLUMNS);
const OWNER_SET = new Set(OWNER_COLUMNS);
const SUPPORT_SET = new Set(SUPPORT_COLUMNS);
const TASK_SET = new Set(TASK_COLUMNS);

/** `columnRole`, remembered: the header readers of flattened tables ask about the same blocks from each start. */
export const cachedRole = memoised(columnRole);

/** The role of a header cell from its words. */
export function columnRole(header: string): ColumnRole {
  // A header cell is short: a long one is no header, and is not folded (fold's patterns are not free).
  if (header.length > 2 * MAX_CELL) return 'other';
  // A numbered section heading ("II. PHÂN CÔNG THỰC HIỆN") above a table is no header cell.
  if (SECTION_HEADING_RE.test(header)) return 'other';
  const words = fold(header);
  if (words.length > MAX_CELL) return 'other';
  if (/^(?:s?tt|no|số tt|#)$/.test(words)) return 'index';
  if (DEADLINE_SET.has(words)) return 'deadline';
  if (TIME_SET.has(words)) return 'time';
  // A time's words lead its header, whole words ("Thời hạn thực hiện", "Deadline for filing", never
  // "Hạng mục"), before any word of a body's role.
  if (/^(?:thời hạn|hạn|deadline|completion (?:date|time|deadline)|time limit)(?![\p{L}\p{M}])/u.test(words))
    return 'deadline';
  if (/^(?:thời gian|tiến độ)(?![\p{L}\p{M}])/u.test(words)) return 'time';
  if (SUPPORT_SET.has(words) || /phối hợp|tham gia|coordinat/.test(words)) return 'support';
  // "Cơ quan chủ trì soạn thảo": the body that drafts is the one that must act.
  if (
    OWNER_SET.has(words) ||
    /(?:chủ trì|thực hiện|chịu trách nhiệm|in charge|responsible)(?: (?:soạn thảo|xây dựng|tham mưu))?$/.test(words)
  )
    return 'owner';
  if (
    TASK_SET.has(words) ||
    /^(?:nội dung|nhiệm vụ|công việc|task|tên (?:đề án|nhiệm vụ|văn bản|báo cáo|dự án))/.test(words)
  )
    return 'task';
  // Columns after the task's own ("Sản phẩm", "Ghi chú") keep a flattened header going.
  if (/^(?:sản phẩm|kết quả|ghi chú|dự kiến sản phẩm|products?|outputs?|notes?)$/.test(words)) return 'extra';
  return 'other';
}

/** A column of amounts or counts ("Kinh phí (triệu đồng)", "Số lượng"): never what a row is about. */
const AMOUNT_HEADER_RE =
  /kinh\s+phí|số\s+lượng|dự\s+toán|giá\s+trị|tỷ\s+lệ|đơn\s+vị\s+tính|triệu|tỷ\s+đồng|budget|cost|amount|quantity|value|%/iu;

/**
 * A header: a time or deadline column and one more known column, in at least `minCells` cells.
 * Rebuilt from flat text a header needs three cells (two words on a line are too easily prose); a
 * real table's first row may have two ("Nhiệm vụ | Thời hạn").
 */
export function headerRoles(cells: string[], minCells = 3): ColumnRole[] | undefined {
  if (cells.length < minCells) return undefined;
  const roles = cells.map(columnRole);
  // One deadline column, or one time column read cell by cell. Beside a deadline column a time
  // column ("Thời gian thực hiện | Thời hạn") holds periods: its dates keep their own cues.
  const deadlines = roles.filter((r) => r === 'deadline').length;
  const timed = deadlines === 1 || (deadlines === 0 && roles.filter((r) => r === 'time').length === 1);
  const known = roles.filter((r) => r === 'task' || r === 'owner' || r === 'support').length;
  // "STT | Loại hồ sơ | Kỳ tính thuế | Hạn nộp": a numbered table with a deadline column needs no
  // other known column; what its rows are about stands after the number.
  const numberedDeadlines = roles[0] === 'index' && deadlines === 1;
  if (!timed || (known < 1 && !numberedDeadlines)) return undefined;
  // "TT | Khu tái định cư | Đơn vị thực hiện | Thời hạn hoàn thành": with no task column, the first
  // column after the number names in words of its own what each row is about: the row's task.
  const first = roles[0] === 'index' ? 1 : 0;
  const named = cells[first] !== undefined && !AMOUNT_HEADER_RE.test(cells[first] as string);
  if (!roles.includes('task') && roles[first] === 'other' && named) roles[first] = 'task';
  return roles;
}

export function span(text: string, start: number, end: number): Span | null {
  let [s, e] = [start, end];
  while (s < e && /[\s|]/.test(text[s] as string)) s++;
  while (e > s && /[\s|.]/.test(text[e - 1] as string)) e--;
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}

export function joinSpans(text: string, cells: Span[]): Span | null {
  if (cells.length === 0) return null;
  return span(text, (cells[0] as Span).start, (cells[cells.length - 1] as Span).end);
}

/** The column a row's due date stands in: the deadline column, else the one time column. */
export function timeColumnOf(roles: readonly ColumnRole[]): number {
  const deadline = roles.indexOf('deadline');
  return deadline >= 0 ? deadline : roles.indexOf('time');
}

/** A row from its cells, mapped onto the header's roles from the start; extra cells count as time. */
export function rowFromStart(
  text: string,
  roles: ColumnRole[],
  cells: Span[],
  tableStart: number,
): TableRow | undefined {
  if (cells.length === 0) return undefined;
  const bounds = { start: (cells[0] as Span).start, end: (cells[cells.length - 1] as Span).end };
  return rowOfCells(text, roles, cells, bounds, tableStart);
}

/** A row whose cells stand under the header's roles (a blank one null), running over `bounds`. */
export function rowOfCells(
  text: string,
  roles: ColumnRole[],
  cells: readonly (Span | null | undefined)[],
  bounds: { start: number; end: number },
  tableStart: number,
): TableRow {
  const pick = (role: ColumnRole) => {
    const cell = cells[roles.indexOf(role)];
    return cell ? span(text, cell.start, cell.end) : null;
  };
  const timeIndex = timeColumnOf(roles);
  return {
    start: bounds.start,
    end: bounds.end,
    task: pick('task'),
    owner: pick('owner'),
    timeRole: roles[timeIndex] === 'deadline' ? 'deadline' : 'time',
    ownerColumn: roles.includes('owner'),
    tableStart,
    time: cells[timeIndex] ?? null,
  };
}
