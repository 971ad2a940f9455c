/**
 * Plans written as labelled items: a heading that names the task, then one labelled line per
 * field, the deadline among them.
 *
 *   1. Tổ chức hội nghị quán triệt Luật
 *   a) Cơ quan chủ trì: Vụ Phổ biến, giáo dục pháp luật.
 *   b) Cơ quan phối hợp: các vụ, cục có liên quan.
 *   c) Thời gian hoàn thành: Quý II/2027.
 *
 * The owners are the "chủ trì" field's bodies (never the "phối hợp" field's), the task the heading
 * (or a "Nội dung:" field), as the guidelines read a table row.
 */
import { SUPPORT_PHRASES } from '../tables/task-words';
import type { Span } from '../types';
import { phraseEnd } from './owners';
import { alternation } from './phrases';
import { columnRole } from './tables';
import { lineEndWithin, lineStartWithin, trimSpan } from './text-walk';
import { bodyAt } from './word-classes';
import { LIST_MARKER } from './words';

/** A field line: an optional marker, a short label (at most 61 characters), a colon. Group 1: the label. */
const FIELD_RE = new RegExp(String.raw`^[ \t]*${LIST_MARKER}?[ \t]*([\p{L}\p{M}][\p{L}\p{M} ]{0,60}?)[ \t]*:`, 'u');
/** A heading's marker, left out of the task. */
const MARKER_RE = new RegExp(String.raw`^[ \t]*(?:[IVX]{1,4}\.|${LIST_MARKER})?[ \t]*`, 'u');
/** How many lines around the deadline's field are read, and how long a heading may be. */
const FIELD_LINES = 10;
const HEADING_MAX = 300;

export interface LabelledItem {
  task: Span | null;
  owner: Span | null;
}

interface Line {
  start: number;
  end: number;
}

/** The line holding `pos`, or null when it is longer than LINE_MAX either side (searches stay bounded). */
function lineAt(text: string, pos: number): Line | null {
  const start = lineStartWithin(text, pos, pos - LINE_MAX);
  const end = start < 0 ? -1 : lineEndWithin(text, pos, pos + LINE_MAX);
  return end < 0 ? null : { start, end };
}
const LINE_MAX = 400;

/** The label of a field line, or null for a line that is no field. */
function labelOf(text: string, line: Line): string | null {
  const m = FIELD_RE.exec(text.slice(line.start, Math.min(line.end, line.start + 80)));
  return m ? (m[1] as string).trim() : null;
}

/**
 * What a field's label names, read as a table column's header is (the same words head both): the
 * deadline ("Thời gian hoàn thành", "Thời hạn", also "Thời gian thực hiện" here, where the field's
 * value is the item's one date), the owners ("Cơ quan chủ trì"), the supporting bodies, the task.
 */
function fieldRole(label: string): 'deadline' | 'owner' | 'support' | 'task' | 'other' {
  const role = columnRole(label);
  if (role === 'deadline' || role === 'time') return 'deadline';
  return role === 'owner' || role === 'support' || role === 'task' ? role : 'other';
}

const isBlank = (text: string, line: Line) => text.slice(line.start, line.end).trim() === '';

/**
 * Whether the line from `start` to `end` is a field of a labelled item ("Thời gian hoàn thành: …",
 * "- Cơ quan chủ trì: …"): it belongs to the item above it.
 */
export function isFieldLine(text: string, start: number, end: number): boolean {
  const label = labelOf(text, { start, end });
  return label !== null && fieldRole(label) !== 'other';
}

/** The first colon of a line, or -1. */
function colonIn(text: string, line: Line): number {
  const at = text.slice(line.start, line.end).indexOf(':');
  return at < 0 ? -1 : line.start + at;
}

/** A second field on the same line: "Cơ quan thực hiện: Cục Di sản văn hóa; phối hợp: Sở …". */
const NEXT_FIELD_RE = /[;,]\s*[\p{L}\p{M}][\p{L}\p{M} ]{0,40}:/u;

/** The value of a field line: after its colon, up to a second field, without the final stop. */
function fieldValue(text: string, line: Line): Span | null {
  const colon = colonIn(text, line);
  if (colon < 0) return null;
  const next = NEXT_FIELD_RE.exec(text.slice(colon + 1, line.end));
  let end = next ? colon + 1 + next.index : line.end;
  while (end > colon && /[\s.;]/.test(text[end - 1] as string)) end--;
  return trimSpan(text, colon + 1, end);
}

/**
 * The labelled item the deadline at `date` belongs to, when its own line is a deadline field
 * ("c) Thời gian hoàn thành: Quý II/2027"), else null. Fields are read up and down from it, on
 * adjacent lines only; the heading is the first line above them that is no field.
 */
export function labelledItem(text: string, date: { start: number; end: number }): LabelledItem | null {
  // A field's colon stands shortly before its date: most deadlines are turned down here, unread.
  if (!text.slice(Math.max(0, date.start - 120), date.start).includes(':')) return null;
  const own = lineAt(text, date.start);
  // Lines are short here: a date deep in a long line is no field's value.
  if (!own) return null;
  if (date.start - own.start > 120) return inlineItem(text, own, date.start);
  const label = labelOf(text, own);
  if (!label || fieldRole(label) !== 'deadline' || colonIn(text, own) > date.start)
    return inlineItem(text, own, date.start);
  // The dates of one field share its item: read it once per line.
  if (remembered.line === own.start && remembered.text === text) {
    remembered.text = text; // an equal text read again compares by content once, then by identity
    return remembered.item;
  }
  const item = readItem(text, own);
  remembered = { text, line: own.start, item };
  return item;
}
let remembered: { text: string; line: number; item: LabelledItem | null } = { text: '', line: -1, item: null };

/** The labelled item around the deadline field on line `own`. */
function readItem(text: string, own: Line): LabelledItem | null {
  let owner: Span | null = null;
  let task: Span | null = null;
  let heading: Span | null = null;
  // Fields a plan's item has besides its deadline: a line "Địa điểm: …" or "Nơi nhận:" alone is no item.
  let known = 0;
  const read = (line: Line, fieldLabel: string) => {
    const role = fieldRole(fieldLabel);
    if (role === 'owner' || role === 'task' || role === 'support') known++;
    if (!owner && role === 'owner') owner = fieldValue(text, line);
    else if (!task && role === 'task') task = fieldValue(text, line);
  };
  let fields = 1;
  // Up: fields, then the heading.
  let line: Line | null = own;
  for (let n = 0; n < FIELD_LINES && line.start > 0; n++) {
    line = lineAt(text, line.start - 1);
    if (!line) break;
    // A page gives every field a paragraph of its own: blank lines between them are passed over.
    if (isBlank(text, line)) continue;
    const fieldLabel = labelOf(text, line);
    if (fieldLabel === null) {
      if (line.end - line.start <= HEADING_MAX) heading = headingTask(text, line);
      break;
    }
    fields++;
    read(line, fieldLabel);
  }
  // Down: the fields after the deadline's, up to the first line that is none.
  line = own;
  for (let n = 0; n < FIELD_LINES && line.end < text.length; n++) {
    line = lineAt(text, line.end + 1);
    if (!line) break;
    if (isBlank(text, line)) continue;
    const fieldLabel = labelOf(text, line);
    if (fieldLabel === null) break;
    fields++;
    read(line, fieldLabel);
  }
  // One field alone ("Thời hạn: …" under a sentence) is a label, not a labelled item.
  // A "Nội dung" field states the task more exactly than the heading; a heading that is nothing
  // but a body ("1. Phòng Công nghệ thông tin" above "Nội dung: …") names the owner then.
  if (task && heading && !owner) owner = headingBody(text, heading);
  task ??= heading;
  return fields >= 2 && known > 0 && (owner || task) ? { task, owner } : null;
}

/** The heading when it names a body and nothing else (no verb after the body's name). */
function headingBody(text: string, heading: Span): Span | null {
  if (!bodyAt(text, heading.start, false)) return null;
  return phraseEnd(text, heading.start, heading.end, false) >= heading.end ? heading : null;
}

/** The task a heading states: its words without the marker and the final stop or colon. */
function headingTask(text: string, line: Line): Span | null {
  const marker = MARKER_RE.exec(text.slice(line.start, line.end));
  let end = line.end;
  while (end > line.start && /[\s.:;]/.test(text[end - 1] as string)) end--;
  return trimSpan(text, line.start + (marker ? marker[0].length : 0), end);
}

/** Where a field of an item written on one line starts: after the sentence before it. */
const INLINE_FIELD_BREAK_RE = /[.;][ \t]+/g;
/** An owner field's value stops before its supporting bodies: "X, in coordination with Y", "X, phối hợp Y". */
const SUPPORT_TAIL_RE = new RegExp(`,?\\s+${alternation(SUPPORT_PHRASES)}\\s`, 'iu');

/**
 * An item written on one line, its fields as sentences: "- Repairing damaged classrooms. Lead
 * agency: Department of Education and Training, in coordination with …. Deadline: October 31,
 * 2026." The deadline field's sentence holds the date; the first sentence without a label is the
 * task, an owner field's value (without its supporting bodies) the owner. Null unless the line has
 * both a deadline field and an owner field.
 */
function inlineItem(text: string, own: Line, dateStart: number): LabelledItem | null {
  if (own.end - own.start > LINE_MAX) return null;
  const line = text.slice(own.start, own.end);
  const parts: Line[] = [];
  let from = 0;
  INLINE_FIELD_BREAK_RE.lastIndex = 0;
  for (let m = INLINE_FIELD_BREAK_RE.exec(line); m; m = INLINE_FIELD_BREAK_RE.exec(line)) {
    parts.push({ start: own.start + from, end: own.start + m.index });
    from = m.index + m[0].length;
  }
  parts.push({ start: own.start + from, end: own.end });
  if (parts.length < 3) return null;
  let due = false;
  let owner: Span | null = null;
  let task: Span | null = null;
  for (const part of parts) {
    const label = labelOf(text, part);
    const role = label === null ? null : fieldRole(label);
    if (role === 'deadline') due ||= colonIn(text, part) < dateStart && dateStart < part.end;
    else if (role === 'owner' && !owner) {
      const value = fieldValue(text, part);
      const support = value ? SUPPORT_TAIL_RE.exec(value.text) : null;
      owner = value && support ? trimSpan(text, value.start, value.start + support.index) : value;
    } else if (role === null && !task && !owner) task = headingTask(text, part);
  }
  return due && owner ? { task, owner } : null;
}
