/**
 * The watchlist as an Excel workbook, for the clerks who live in spreadsheets: due dates are real
 * date cells (they sort and filter as dates), codes and numbers-looking text stay text (`00123`),
 * the header row is frozen with filters on, columns have widths and the task text wraps. Written
 * with exceljs (the well-kept library that writes filters, frozen panes and number formats);
 * callers load this module lazily, so the popup and the content script never carry it.
 */
import ExcelJS from 'exceljs';
import { inLanguage } from '../watchlist/format';
import type { ItemSource, WatchItem } from '../watchlist/types';
import type { CsvLabels } from './csv';

/** The task-first columns, in the order a clerk reads a deadline: when, what, who, under what. */
function columnsOf(labels: CsvLabels) {
  return [
    { header: labels.due, key: 'due', width: 12 },
    { header: labels.task, key: 'task', width: 48 },
    { header: labels.owners, key: 'owners', width: 28 },
    { header: labels.document, key: 'document', width: 18 },
    { header: labels.kind, key: 'kind', width: 12 },
    { header: labels.code, key: 'code', width: 22 },
    { header: labels.value, key: 'value', width: 14 },
    { header: labels.type, key: 'type', width: 16 },
    { header: labels.issuer, key: 'issuer', width: 22 },
    { header: labels.status, key: 'status', width: 12 },
    { header: labels.note, key: 'note', width: 28 },
    { header: labels.sentence, key: 'sentence', width: 48 },
    { header: labels.sourceUrl, key: 'source', width: 36 },
    { header: labels.savedAt, key: 'savedAt', width: 17 },
  ];
}

/** A calendar day as a date cell: midnight UTC, which Excel shows as that day wherever it opens. */
function dayCell(iso: string | null | undefined): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `epochMs` as the user's wall-clock time in a date-time cell (Excel has no time zones). */
function localTimeCell(epochMs: number, offsetMinutes = new Date(epochMs).getTimezoneOffset()): Date | null {
  const local = new Date(epochMs - offsetMinutes * 60_000);
  return Number.isNaN(local.getTime()) ? null : local;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** The workbook for `items` (in the order given) as .xlsx bytes. */
export async function toXlsx(
  items: readonly WatchItem[],
  sourcesByKey: ReadonlyMap<string, ItemSource[]>,
  labels: CsvLabels,
  lang: 'vi' | 'en',
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'VănBản Watch';
  const sheet = workbook.addWorksheet(labels.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnsOf(labels);
  for (const item of items) {
    const sources = sourcesByKey.get(item.key) ?? [];
    sheet.addRow({
      due: dayCell(item.due),
      task: text(item.task),
      owners: Array.isArray(item.owners) ? item.owners.join('\n') : '',
      document: text(item.documentKey),
      kind: labels.kinds[item.kind] ?? '',
      code: text(item.code ?? item.text),
      value: text(item.value),
      type: inLanguage(item.typeName, lang),
      issuer: inLanguage(item.issuerName, lang) || (Array.isArray(item.issuer) ? item.issuer.join('-') : ''),
      status: labels.statuses[item.status] ?? '',
      note: text(item.note),
      sentence: text(item.sentence),
      source: sources.map((source) => source.url).join('\n'),
      savedAt: localTimeCell(item.createdAt),
    });
  }
  sheet.getColumn('due').numFmt = 'dd/mm/yyyy';
  sheet.getColumn('savedAt').numFmt = 'dd/mm/yyyy hh:mm';
  for (const key of ['task', 'owners', 'sentence', 'note', 'source']) {
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
