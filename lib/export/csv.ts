/**
 * The watchlist as CSV that opens by double-click in Excel and LibreOffice with Vietnamese intact:
 * UTF-8 with a BOM, CRLF line ends, every field quoted per RFC 4180, and cells that a spreadsheet
 * would run as a formula neutralised (page text is untrusted). Pure: rows in, text out.
 */
import type { ItemSource, WatchItem } from '../db/schema';

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
  sourceTitle: string;
  sourceUrl: string;
  savedAt: string;
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
  sourceTitle: 'Tiêu đề nguồn',
  sourceUrl: 'Địa chỉ nguồn',
  savedAt: 'Lưu lúc',
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
  sourceTitle: 'Source title',
  sourceUrl: 'Source URL',
  savedAt: 'Saved at',
  kinds: { document: 'Document', deadline: 'Deadline', date: 'Date' },
  statuses: { open: 'Open', done: 'Done' },
};

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A cell as a spreadsheet will read it safely: formula starters get a leading apostrophe. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A cell's text whatever was stored: items restored before backups were validated field by field
 * may hold a number or null where text belongs, and one bad row must not stop the export.
 */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

/** ISO time of a stored timestamp, or empty when it is not a valid one. */
function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** One RFC 4180 field, always quoted (quotes doubled). */
export function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

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
    labels.sourceTitle,
    labels.sourceUrl,
    labels.savedAt,
  ];
  const lines = [header.map(quote).join(',')];
  for (const item of items) {
    const sources = sourcesByKey.get(item.key) ?? [];
    const cells = [
      labels.kinds[item.kind],
      item.text,
      item.typeName ? (lang === 'vi' ? item.typeName.vi : item.typeName.en) : '',
      item.issuerName
        ? lang === 'vi'
          ? item.issuerName.vi
          : item.issuerName.en
        : Array.isArray(item.issuer)
          ? item.issuer.join('-')
          : asText(item.issuer),
      item.issued ?? '',
      item.due ?? '',
      item.value ?? '',
      labels.statuses[item.status],
      item.note,
      item.sentence ?? '',
      sources.map((source) => source.title).join('\n'),
      sources.map((source) => source.url).join('\n'),
      isoTime(item.createdAt),
    ];
    lines.push(cells.map((cell) => quote(neutralise(asText(cell)))).join(','));
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/** `vanban-watch-YYYY-MM-DD.csv` (or another extension) for `today` (ISO). */
export function exportFileName(today: string, extension: string): string {
  return `vanban-watch-${today}.${extension}`;
}
