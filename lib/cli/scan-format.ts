/** Human-readable and CSV renderings of scan results (JSON is the raw extraction). */

import { csvCell } from '../export/csv';
import type { DateMention, Reference } from '../extract/types';

export interface ScannedFile {
  file: string;
  references: Reference[];
  dates: DateMention[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

export function formatScanText(scanned: ScannedFile[]): string {
  const lines: string[] = [];
  for (const { file, references, dates } of scanned) {
    lines.push(`${file}: ${references.length} references, ${dates.length} dates`);
    for (const ref of references) {
      const details = [ref.typeName?.vi, ref.issuerName?.vi, ref.issued && `ban hành ${ref.issued}`]
        .filter(Boolean)
        .join(' · ');
      const weak = ref.confidence === 'low' ? ' (số trần, chưa chắc)' : '';
      lines.push(
        `  ${ref.start}-${ref.end}  ${oneLine(ref.text)}  [${ref.key}]${details ? `  ${details}` : ''}${weak}`,
      );
    }
    for (const date of dates) {
      const due = date.due ? ` → hạn ${date.due}` : '';
      lines.push(`  ${date.start}-${date.end}  ${oneLine(date.text)}  ${date.kind} ${date.value}${due}`);
    }
  }
  return lines.join('\n');
}

const CSV_COLUMNS = [
  'file',
  'category',
  'start',
  'end',
  'text',
  'code_or_value',
  'key',
  'type',
  'kind',
  'issuer',
  'issued',
  'due',
  'confidence',
];

export function formatScanCsv(scanned: ScannedFile[]): string {
  const rows = [CSV_COLUMNS];
  for (const { file, references, dates } of scanned) {
    for (const r of references) {
      rows.push([
        file,
        'reference',
        String(r.start),
        String(r.end),
        r.text,
        r.code,
        r.key,
        r.typeName?.vi ?? '',
        '',
        r.issuer.join('-'),
        r.issued ?? '',
        '',
        r.confidence,
      ]);
    }
    for (const d of dates) {
      rows.push([
        file,
        'date',
        String(d.start),
        String(d.end),
        d.text,
        d.value,
        '',
        '',
        d.kind,
        '',
        '',
        d.due ?? '',
        '',
      ]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}
