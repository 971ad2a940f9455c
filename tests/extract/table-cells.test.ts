import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract/index';
import type { TextTable } from '../../lib/extract/types';

/** A page's table as extraction receives it: cells joined by block breaks, and their offsets. */
function pageTable(rows: string[][]): { text: string; tables: TextTable[] } {
  let text = '';
  const table: TextTable = rows.map((row) =>
    row.map((cell) => {
      if (text) text += '\n\uFFFC\n';
      const start = text.length;
      text += cell;
      return { start, end: text.length };
    }),
  );
  return { text, tables: [table] };
}

describe('extract: a page table', () => {
  it('a date under the deadline column is its row’s deadline, not the issue date of the code beside it', () => {
    const { text, tables } = pageTable([
      ['Nhiệm vụ', 'Văn bản', 'Thời hạn'],
      ['Tổng hợp báo cáo năm', 'Kế hoạch số 7/KH-UBND', 'quý I/2028'],
    ]);
    const { dates, references } = extract(text, { lang: 'vi', tables });
    expect(dates.map((d) => [d.text, d.kind, d.due, d.task?.text])).toEqual([
      ['quý I/2028', 'deadline', '2028-03-31', 'Tổng hợp báo cáo năm'],
    ]);
    expect(references[0]?.issued).toBeNull();
  });
});
