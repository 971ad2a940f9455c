/**
 * Gives every deadline its task, owners and document; other dates keep those fields undefined.
 */
import { joinsList } from '../dates/find-dates';
import type { DateMention, Reference, Span } from '../types';
import { addresseesOf, withAddressees } from './addressees';
import { clauseStart, endsClause } from './clause';
import { anaphorTypeIn } from './document-anaphor';
import { skipFrames } from './frames';
import { type LabelledItem, labelledItem } from './labelled-items';
import { introducedOwners } from './list-intro';
import { listedBodies } from './listed-anaphor';
import { namedInFullVi, splitOwners } from './owners';
import { replacesDate } from './replaced-dates';
import { tableIntroOwners } from './table-intro';
import { governingRow, type TableRow } from './tables';
import { readTaskAndOwners, type TaskReading } from './task-owners';
import { bodyAt } from './word-classes';
import { ASKING_SET } from './words';

const DOCUMENT_BACK = 600;

/**
 * The reference a deadline's task belongs to: one named earlier in its sentence ("Theo Kế hoạch số
 * 45-KH/TU, các sở …"), else the document's own number ("Số: 12/KH-UBND") or the last reference
 * of the passage before the deadline. Null when the text names none.
 */
function documentFor(
  text: string,
  date: DateMention,
  references: Reference[],
  cursor = new DocumentCursor(),
): string | null {
  const sentence = clauseStart(text, date.start, DOCUMENT_BACK);
  cursor.advance(references, date.start);
  const { last, header } = cursor;
  if (last && last.start >= sentence) return last.key;
  // "Theo kế hoạch, …": the last plan named, not the last document of any kind.
  const anaphor = anaphorTypeIn(text, sentenceStartPast(text, sentence, date.start), date.start);
  const named = anaphor && cursor.lastOfType.get(anaphor);
  if (named) return named.key;
  return (header ?? last)?.key ?? null;
}

/**
 * `clauseStart(text, pos, DOCUMENT_BACK, false)` given `clause`, its start with semicolons: the
 * characters between them are no boundary either, so only a semicolon there needs a further look.
 */
function sentenceStartPast(text: string, clause: number, pos: number): number {
  const floor = Math.max(0, pos - DOCUMENT_BACK);
  if (clause <= floor || text.charCodeAt(clause - 1) !== 59 /* ; */) return clause;
  return clauseStart(text, clause - 1, clause - 1 - floor, false);
}

/** Walks the references once for dates in document order: the header number and the last reference so far. */
class DocumentCursor {
  private next = 0;
  header: Reference | undefined;
  last: Reference | undefined;
  /** The last reference of each type so far, for a document named again without its number. */
  readonly lastOfType = new Map<string, Reference>();

  advance(references: Reference[], pos: number): void {
    for (; this.next < references.length; this.next++) {
      const ref = references[this.next] as Reference;
      if (ref.end > pos) break;
      if (ref.confidence !== 'high') continue;
      if (ref.type === null && !this.header) this.header = ref;
      if (ref.typeName) this.lastOfType.set(ref.typeName.id, ref);
      this.last = ref;
    }
  }
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
  let previousStart = -1;
  let previous: DateMention | undefined;
  const cursor = new DocumentCursor();
  let addressees: Span[] | undefined;
  const toAddressees = () => {
    addressees ??= addresseesOf(text);
    return addressees;
  };
  for (const date of dates) {
    if (
      date.kind === 'deadline' &&
      previous?.kind === 'deadline' &&
      (joinsList(text, previous, date) || repeatsCue(text, previous, date) || replacesDate(text, previous, date))
    ) {
      // "trước các ngày 10/4, 10/7 và 10/10/2027": each member of the list is due for the same task;
      // "chậm nhất là ngày 20/11 thay vì ngày 20/8": so is the due date it replaces.
      date.task = previous.task;
      date.owners = previous.owners;
      date.document = previous.document;
    } else if (date.kind === 'deadline') {
      const row = governingRow(rows, date.start);
      const item = row ? null : labelledItem(text, date);
      const { task, owners } = row
        ? readRowOrIntro(text, row, english)
        : item
          ? readItem(text, item, english)
          : readTaskAndOwners(text, date, english, previousEnd, previousStart);
      date.task = task;
      const named = owners.length > 0 || row || item?.owner ? owners : introducedOwners(text, date.start, english);
      // "đề nghị các đồng chí …", "Đề nghị Quý đơn vị …", "Đề nghị khẩn trương triển khai …": the
      // document's addressees act.
      date.owners = english
        ? named
        : named.length === 0 && requestsNobody(text, date.start)
          ? toAddressees()
          : withAddressees(named, toAddressees)
              .map((owner) => namedInFullVi(text, owner))
              .flatMap((owner) => listedBodies(text, owner) ?? [owner]);
      date.document = documentFor(text, date, references, cursor);
    }
    if (endsClause(date, text)) [previousStart, previousEnd] = [date.start, date.end];
    previous = date;
  }
}

/** What may follow each date of the pair: an aside in brackets, or whom it is for ("đối với cơ sở thuộc đợt 1"). */
const ASIDE_OR_SCOPE = String.raw`(?:\([^()\n]{0,60}\)|,?\s*(?:đối\s+với|áp\s+dụng\s+(?:cho|với)|for)\s[^,.;()\n]{1,60})`;
/** " (báo cáo 6 tháng) và trước ", " đối với cơ sở thuộc đợt 1 và trước ": an aside, "và" and the same kind of cue again. */
const REPEATED_CUE_GAP_RE = new RegExp(
  String.raw`^\s*(?:${ASIDE_OR_SCOPE}\s*)?,?\s*và\s+(?:trước|chậm\s+nhất(?:\s+là)?)\s+$`,
  'iu',
);
/** After the date, nothing but an aside before the sentence ends: the date states no task of its own. */
const NOTHING_AFTER_RE = new RegExp(String.raw`^\s*${ASIDE_OR_SCOPE}?\s*(?:[.;\n]|$)`, 'iu');

/**
 * "… báo cáo … trước ngày 15/6 (báo cáo 6 tháng) và trước ngày 15/12 (báo cáo năm).": a second
 * deadline joined to the one before by "và" and its own cue, with nothing after it, is due for the
 * same task.
 */
function repeatsCue(text: string, previous: DateMention, date: DateMention): boolean {
  if (date.start - previous.end > 90) return false;
  return (
    REPEATED_CUE_GAP_RE.test(text.slice(previous.end, date.start)) &&
    NOTHING_AFTER_RE.test(text.slice(date.end, date.end + 64))
  );
}

/** A labelled item's task (its heading or "Nội dung" field) and owners (its "chủ trì" field). */
function readItem(text: string, item: LabelledItem, english: boolean): TaskReading {
  return { task: item.task, owners: item.owner ? splitOwners(text, item.owner, english) : [] };
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

/** A row's task and owner cells; in a table with no owner column, the bodies its introduction asks act. */
function readRowOrIntro(text: string, row: TableRow, english: boolean): TaskReading {
  const reading = readRow(text, row, english);
  return row.ownerColumn ? reading : { task: reading.task, owners: tableIntroOwners(text, row.tableStart, english) };
}

/** "4. Đề nghị khẩn trương triển khai …, gửi kết quả … trước ngày …": a request that names no body. */
function requestsNobody(text: string, pos: number): boolean {
  const from = skipFrames(text, clauseStart(text, pos), pos);
  const request = ASKING_SET.matchAt(text, from, pos);
  if (request === 0) return false;
  let next = from + request;
  while (next < pos && /\s/.test(text[next] as string)) next++;
  return next > from + request && !bodyAt(text, next, false);
}
