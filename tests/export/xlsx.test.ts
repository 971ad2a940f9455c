import ExcelJS from 'exceljs';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { CSV_LABELS_VI } from '../../lib/export/csv';
import { toXlsx } from '../../lib/export/xlsx';
import type { ItemSource, WatchItem } from '../../lib/watchlist/types';

const item = (over: Partial<WatchItem>): WatchItem => ({
  key: 'k',
  kind: 'deadline',
  text: 'ngày 30/6/2027',
  status: 'open',
  note: '',
  createdAt: Date.UTC(2026, 10, 20, 14, 30),
  updatedAt: 0,
  search: '',
  site: '',
  ...over,
});

const items = [
  item({
    key: 'a',
    due: '2027-06-30',
    value: '2027-06-30',
    task: 'gửi báo cáo kết quả về Văn phòng UBND tỉnh',
    owners: ['Sở Nội vụ', 'UBND các huyện'],
    documentKey: '12-KH/UBND',
  }),
  item({ key: 'b', kind: 'document', text: '00123', code: '00123', note: '=SUM(A1)' }),
  item({ key: 'c', due: '2027-03-31', value: '2027-Q2', status: 'done', note: '1/2' }),
];
const sources = new Map<string, ItemSource[]>([
  ['a', [{ itemKey: 'a', url: 'https://a.gov.vn/1', title: 'Tin', seenAt: '', quote: 'q', prefix: '', suffix: '' }]],
]);

describe('export/xlsx', () => {
  it('writes due dates as date cells, codes as text, a frozen filtered header, wrapped tasks', async () => {
    const bytes = await toXlsx(items, sources, CSV_LABELS_VI, 'vi');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe('Danh sách theo dõi');
    expect(sheet.getRow(1).values).toContain('Việc phải làm');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const due = sheet.getCell('A2');
    expect(due.value).toBeInstanceOf(Date);
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('B2').alignment?.wrapText).toBe(true);
  });

  it('reads back in an independent reader: dates as dates, text exactly as stored', async () => {
    const bytes = Buffer.from(await toXlsx(items, sources, CSV_LABELS_VI, 'vi'));
    const rows = await readSheet(bytes);
    const [header, a, b, c] = rows;
    expect(header?.slice(0, 4)).toEqual(['Hạn (YYYY-MM-DD)', 'Việc phải làm', 'Đơn vị chủ trì', 'Theo văn bản']);
    expect(a?.[0]).toBeInstanceOf(Date);
    expect(String((a?.[0] as unknown as Date | undefined)?.toISOString()).slice(0, 10)).toBe('2027-06-30');
    expect(a?.slice(1, 4)).toEqual([
      'gửi báo cáo kết quả về Văn phòng UBND tỉnh',
      'Sở Nội vụ\nUBND các huyện',
      '12-KH/UBND',
    ]);
    // "00123" stays text (not the number 123); a formula-looking note is text, not a formula.
    expect(b?.[5]).toBe('00123');
    expect(b?.[10]).toBe('=SUM(A1)');
    expect(c?.[10]).toBe('1/2');
    expect(c?.[9]).toBe('Đã xong');
  });
});
