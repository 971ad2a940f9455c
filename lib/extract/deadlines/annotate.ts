/**
 * Gives every deadline its task, owners and document; other dates keep those fields undefined.
 */
import type { DateMention, Reference } from '../types';
import { clauseStart } from './clause';
import { rowAt, type TableRow } from './tables';
import { readTaskAndOwners, splitOwners, type TaskReading } from './task-owners';

const DOCUMENT_BACK = 600;

/**
 * The reference a deadline's task belongs to: one named earlier in its sentence ("Theo Kế hoạch số
 * 45-KH/TU, các sở …"), else the document's own number ("Số: 12/KH-UBND") or the last reference
 * of the passage before the deadline. Null when the text names none.
 */
export function documentFor(text: string, date: DateMention, references: Reference[]): string | null {
  const sentence = clauseStart(text, date.start, DOCUMENT_BACK);
  let header: Reference | undefined;
  let last: Reference | undefined;
  for (const ref of references) {
    if (ref.end > date.start) break;
    if (ref.type === null && ref.confidence === 'high' && !header) header = ref;
    if (ref.confidence === 'high') last = ref;
  }
  if (last && last.start >= sentence) return last.key;
  return (header ?? last)?.key ?? null;
}

/** Sets `task`, `owners` and `document` on every deadline of `dates` (in document order). */
export function annotateDeadlines(
  text: string,
  dates: DateMention[],
  references: Reference[],
  english: boolean,
  rows: TableRow[] = [],
): void {
  let previousEnd = -1;
  for (const date of dates) {
    if (date.kind === 'deadline') {
      const row = rowAt(rows, date.start);
      const inRow = row && !(row.task && row.task.start <= date.start && date.start < row.task.end);
      const { task, owners } = inRow
        ? readRow(text, row, english)
        : readTaskAndOwners(text, date, english, previousEnd);
      date.task = task;
      date.owners = owners;
      date.document = documentFor(text, date, references);
    }
    // Years and year ranges ("giai đoạn 2011-2020") sit inside clauses; they do not end one.
    // Issue dates belong to their reference, not to a clause of their own.
    if (!/^\d{4}(?:\/\d{4})?$/.test(date.value) && date.kind !== 'issued' && date.kind !== 'published')
      previousEnd = date.end;
  }
}

/** A table row's task (its content cell, without a leading owner word) and owners (its owner cell). */
function readRow(text: string, row: TableRow, english: boolean): TaskReading {
  const owners = row.owner ? splitOwners(text, row.owner, english) : [];
  let task = row.task;
  const first = owners[0];
  if (task && first && task.text.toLowerCase().startsWith(first.text.toLowerCase())) {
    // "Điểm thu nhận hồ sơ hoàn thành việc cập nhật …" under "Điểm thu nhận hồ sơ": the task starts at its verb.
    const start = task.start + first.text.length + 1;
    task = start < task.end ? { text: text.slice(start, task.end), start, end: task.end } : task;
  }
  return { task, owners };
}
