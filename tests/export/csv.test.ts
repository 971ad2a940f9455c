import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_LABELS_VI, csvCell, exportFileName, localDateTime, toCsv } from '../../lib/export/csv';
import type { ItemSource, WatchItem } from '../../lib/watchlist/types';

const item = (over: Partial<WatchItem>): WatchItem => ({
  key: 'k',
  kind: 'deadline',
  text: 'ngày 20/12/2026',
  status: 'open',
  note: '',
  createdAt: Date.UTC(2026, 10, 20, 1, 2, 3),
  updatedAt: 0,
  search: '',
  site: '',
  ...over,
});

describe('export/csv', () => {
  const tricky = [
    item({
      key: 'a',
      text: 'Chỉ thị số 19-CT/TƯ',
      kind: 'document',
      note: 'dấu "ngoặc", phẩy, và\nxuống dòng',
      issued: '2012-11-05',
    }),
    item({
      key: 'b',
      text: '=HYPERLINK("http://x")',
      note: '+SUM(A1)',
      sentence: '-2 @cmd\tTab',
      due: '2020-09-30',
      value: '2020-Q4',
    }),
    item({ key: 'c', text: 'Quý IV 😀', note: 'Nghi\u0323 đi\u0323nh (dấu tổ hợp)', status: 'done' }),
  ];
  const sources = new Map<string, ItemSource[]>([
    [
      'a',
      [
        { itemKey: 'a', url: 'https://a.gov.vn/1', title: 'Tin, "A"', seenAt: '', quote: '', prefix: '', suffix: '' },
        { itemKey: 'a', url: 'https://b.gov.vn/2', title: 'Tin B', seenAt: '', quote: '', prefix: '', suffix: '' },
      ],
    ],
  ]);
  const csv = toCsv(tricky, sources, CSV_LABELS_VI, 'vi');

  it('is UTF-8 with BOM, CRLF line ends, every field quoted', () => {
    expect(csv.startsWith('\uFEFF"Loại","Số, ký hiệu / mốc"')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(tricky.length + 2); // header, rows, final empty
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('round-trips through a real CSV parser, text exactly as stored', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, a, b, c] = parsed.data;
    expect(header?.[0]).toBe('Loại');
    expect(a?.[1]).toBe('Chỉ thị số 19-CT/TƯ');
    expect(a?.[4]).toBe('2012-11-05');
    expect(a?.[8]).toBe('dấu "ngoặc", phẩy, và\nxuống dòng');
    expect(a?.[13]).toBe('Tin, "A"\nTin B');
    expect(a?.[14]).toBe('https://a.gov.vn/1\nhttps://b.gov.vn/2');
    expect(c?.[1]).toBe('Quý IV 😀');
    expect(c?.[8]).toBe('Nghi\u0323 đi\u0323nh (dấu tổ hợp)');
    expect(c?.[7]).toBe('Đã xong');
    // Formula starters are neutralised, nothing else is changed.
    expect(b?.[1]).toBe('\'=HYPERLINK("http://x")');
    expect(b?.[8]).toBe("'+SUM(A1)");
    expect(b?.[9]).toBe("'-2 @cmd\tTab");
    expect([b?.[5], b?.[6]]).toEqual(['2020-09-30', '2020-Q4']);
    expect(b?.[15]).toBe(localDateTime(Date.UTC(2026, 10, 20, 1, 2, 3)));
  });

  it('writes a row for an item stored with wrong field types instead of throwing', () => {
    // Items restored by an older version were not type-checked: the export must still work.
    const damaged = item({
      note: 5 as unknown as string,
      createdAt: Number.NaN,
      text: null as unknown as string,
      issuer: 'UBND' as unknown as string[],
    });
    const rows = Papa.parse<string[]>(toCsv([damaged], new Map(), CSV_LABELS_VI, 'vi').slice(1)).data;
    expect(rows[1]?.slice(0, 2)).toEqual(['Hạn chót', '']);
    expect(rows[1]?.[3]).toBe('UBND');
    expect(rows[1]?.[8]).toBe('5');
    expect(rows[1]?.[12]).toBe('');
  });

  it('quotes each cell exactly as the plain rule says (its character tests are only a shortcut)', () => {
    // The rule as written: a formula start gets an apostrophe, quotes are doubled, all is quoted.
    const byRule = (value: string | number | null | undefined) => {
      const text = value === null || value === undefined ? '' : String(value);
      const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      return `"${safe.replace(/"/g, '""')}"`;
    };
    const pieces = ['', '"', '""', '=', '+', '-', '@', '\t', '\r', '\n', "'", ' ', 'a', 'Đ', '1', ',', '😀', '\u0000'];
    const values: (string | number | null | undefined)[] = [null, undefined, 0, -1, 3.5, Number.NaN];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) values.push(a + b + c);
    for (const value of values) expect(csvCell(value), JSON.stringify(value)).toBe(byRule(value));
  });

  it('names the file by date', () => {
    expect(exportFileName('2026-11-24', 'csv')).toBe('vanban-watch-2026-11-24.csv');
  });

  it('carries a deadline’s task, owners and document in their own columns', () => {
    const deadline = item({
      key: 'd',
      due: '2027-01-30',
      task: 'gửi báo cáo kết quả',
      owners: ['Sở Nội vụ', 'UBND các huyện'],
      documentKey: '12-KH/UBND',
    });
    const parsed = Papa.parse<Record<string, string>>(toCsv([deadline], new Map(), CSV_LABELS_VI, 'vi').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data[0]).toMatchObject({
      'Việc phải làm': 'gửi báo cáo kết quả',
      'Đơn vị chủ trì': 'Sở Nội vụ\nUBND các huyện',
      'Theo văn bản': '12-KH/UBND',
    });
  });

  it('writes "saved at" in the user’s time zone: a Hà Nội evening stays that evening', () => {
    const evening = Date.UTC(2026, 10, 20, 14, 30); // 21:30 in Hà Nội (UTC+7)
    expect(localDateTime(evening, -420)).toBe('2026-11-20 21:30');
    expect(localDateTime(Date.UTC(2026, 10, 20, 18, 0), -420)).toBe('2026-11-21 01:00');
    expect(localDateTime(evening, 0)).toBe('2026-11-20 14:30');
  });
});
