/**
 * The watchlist as CSV that opens by double-click in Excel and LibreOffice with Vietnamese intact:
 * UTF-8 with a BOM, CRLF line ends, every field quoted per RFC 4180, and cells that a spreadsheet
 * would run as a formula neutralised (page text is untrusted). Pure: rows in, text out.
 */
import { inLanguage } from '../watchlist/format';
import type { ItemSource, WatchItem } from '../watchlist/types';

export interface CsvLabels {
  kind: string;
  code: string;
  type: string;
  issuer: string;
  issued: string;
  due: string;
  value: string;
  status: string;
  note: string;
  sentence: string;
  task: string;
  owners: string;
  document: string;
  sourceTitle: string;
  sourceUrl: string;
  savedAt: string;
  /** The workbook's sheet name (Excel export). */
  sheetName: string;
  kinds: Record<WatchItem['kind'], string>;
  statuses: Record<WatchItem['status'], string>;
}

export const CSV_LABELS_VI: CsvLabels = {
  kind: 'Loại',
  code: 'Số, ký hiệu / mốc',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  issued: 'Ngày ban hành',
  due: 'Hạn (YYYY-MM-DD)',
  value: 'Mốc như ghi (độ chính xác)',
  status: 'Trạng thái',
  note: 'Ghi chú',
  sentence: 'Câu trích',
  task: 'Việc phải làm',
  owners: 'Đơn vị chủ trì',
  document: 'Theo văn bản',
  sourceTitle: 'Tiêu đề nguồn',
  sourceUrl: 'Địa chỉ nguồn',
  savedAt: 'Lưu lúc',
  sheetName: 'Danh sách theo dõi',
  kinds: { document: 'Văn bản', deadline: 'Hạn chót', date: 'Mốc thời gian' },
  statuses: { open: 'Đang theo dõi', done: 'Đã xong' },
};

export const CSV_LABELS_EN: CsvLabels = {
  kind: 'Kind',
  code: 'Code / date',
  type: 'Document type',
  issuer: 'Issuer',
  issued: 'Issue date',
  due: 'Due (YYYY-MM-DD)',
  value: 'Date as written (precision)',
  status: 'Status',
  note: 'Note',
  sentence: 'Sentence',
  task: 'Task',
  owners: 'Owners',
  document: 'Under document',
  sourceTitle: 'Source title',
  sourceUrl: 'Source URL',
  savedAt: 'Saved at',
  sheetName: 'Watchlist',
  kinds: { document: 'Document', deadline: 'Deadline', date: 'Date' },
  statuses: { open: 'Open', done: 'Done' },
};

/** The column names in the UI's language (CSV and Excel). */
export function csvLabels(lang: 'vi' | 'en'): CsvLabels {
  return lang === 'vi' ? CSV_LABELS_VI : CSV_LABELS_EN;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One RFC 4180 field, always quoted (quotes doubled), that a spreadsheet reads safely: page text is
 * untrusted, so a cell starting like a formula (= + - @ tab CR) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);
  // Character tests instead of two regular expressions: a 10,000-item export has 160,000 cells.
  if (text === '') return '""';
  const safe = FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
  return `"${safe.includes('"') ? safe.replace(/"/g, '""') : safe}"`;
}

/** The first characters that make a spreadsheet read a cell as a formula: = + - @ tab CR. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/**
 * The CSV file for `items` (in the order given), with each item's sources (oldest first; several
 * sources are listed one per line inside the cell). Dates are ISO; the written value keeps its
 * own precision (`2020-Q4`, `2020-12`).
 */
export function toCsv(
  items: readonly WatchItem[],
  sourcesByKey: ReadonlyMap<string, ItemSource[]>,
  labels: CsvLabels,
  lang: 'vi' | 'en',
): string {
  const header = [
    labels.kind,
    labels.code,
    labels.type,
    labels.issuer,
    labels.issued,
    labels.due,
    labels.value,
    labels.status,
    labels.note,
    labels.sentence,
    labels.task,
    labels.owners,
    labels.document,
    labels.sourceTitle,
    labels.sourceUrl,
    labels.savedAt,
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const item of items) {
    const sources = sourcesByKey.get(item.key) ?? [];
    const cells = [
      labels.kinds[item.kind],
      item.text,
      inLanguage(item.typeName, lang),
      inLanguage(item.issuerName, lang) || listOf(item.issuer).join('-'),
      item.issued ?? '',
      item.due ?? '',
      item.value ?? '',
      labels.statuses[item.status],
      item.note,
      item.sentence ?? '',
      item.task ?? '',
      listOf(item.owners).join('\n'),
      item.documentKey ?? '',
      sources.map((source) => source.title).join('\n'),
      sources.map((source) => source.url).join('\n'),
      localDateTime(item.createdAt),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/**
 * `YYYY-MM-DD HH:MM` in the user's own time zone: an evening save in Hà Nội is that evening, not
 * the next day in UTC. `offsetMinutes` is `Date#getTimezoneOffset`'s (UTC minus local).
 */
export function localDateTime(epochMs: number, offsetMinutes = new Date(epochMs).getTimezoneOffset()): string {
  const local = new Date(epochMs - offsetMinutes * 60_000);
  // An item stored before backups were validated may hold no valid time: an empty cell, not a throw.
  return Number.isNaN(local.getTime()) ? '' : local.toISOString().slice(0, 16).replace('T', ' ');
}

/** A stored list as a list, whatever an old, unvalidated restore left there. */
function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

/** `vanban-watch-YYYY-MM-DD.csv` (or another extension) for `today` (ISO). */
export function exportFileName(today: string, extension: string): string {
  return `vanban-watch-${today}.${extension}`;
}
