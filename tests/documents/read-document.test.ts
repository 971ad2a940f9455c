import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../lib/documents/node-readers';
import { readDocument } from '../../lib/documents/read-document';
import { DocumentError, pageAt } from '../../lib/documents/types';
import { extract } from '../../lib/extract';

const FIXTURES = join(__dirname, '../fixtures/documents');
const read = (name: string) => readDocument(new Uint8Array(readFileSync(join(FIXTURES, name))), name, nodeReaders);
const cells = (doc: { text: string; tables: { start: number; end: number }[][][] }) =>
  doc.tables.map((table) => table.map((row) => row.map((cell) => doc.text.slice(cell.start, cell.end))));

const TASK_TABLE = [
  ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
  ['1', 'Số hóa hồ sơ lưu trữ', 'Sở Nội vụ', 'Trước ngày 30/9/2027'],
  ['2', 'Nâng cấp trung tâm dữ liệu', 'Sở Khoa học và Công nghệ', 'Quý IV/2027'],
  ['3', 'Tập huấn cán bộ', 'Sở Tài chính', 'Trước ngày 31/10/2027'],
];

// pdf.js and mammoth load and parse real files: slow on a busy 2-core machine, never a hang.
describe('reading the plan as a PDF', { timeout: 30_000 }, () => {
  it('rebuilds the text: paragraphs in order, hyphen mended, cut code joined, no running head or foot', async () => {
    const doc = await read('plan.pdf');
    expect(doc.kind).toBe('pdf');
    expect(doc.pageStarts).toHaveLength(3);
    expect(doc.text).toContain('every department reports its implementation progress');
    expect(doc.text).toContain('Nghị quyết số 05-NQ/TU của Ban Thường vụ');
    expect(doc.text).not.toContain('BẢN ĐIỆN TỬ');
    expect(doc.text).not.toContain('lưu hành nội bộ');
    const order = [
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết',
      '1. Mục tiêu',
      '2. Căn cứ',
      '3. Sở Nội vụ',
      '4. Phân công',
      '5. Kinh phí',
    ];
    const positions = order.map((words) => doc.text.indexOf(words));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('reads the two-column page column by column', async () => {
    const doc = await read('plan.pdf');
    const page3 = doc.text.slice(doc.pageStarts[2]);
    expect(page3.indexOf('Cột trái mở đầu')).toBeLessThan(page3.indexOf('Cột trái kết thúc'));
    expect(page3.indexOf('Cột trái kết thúc')).toBeLessThan(page3.indexOf('Cột phải mở đầu'));
    expect(page3).toContain('để triển khai Kế hoạch số 12-KH/UBND, lấy người dân làm trung tâm');
  });

  it('rebuilds the task table with its deadline column as a column', async () => {
    const doc = await read('plan.pdf');
    expect(cells(doc)).toEqual([TASK_TABLE]);
    expect(pageAt(doc.pageStarts, doc.tables[0]?.[1]?.[3]?.start ?? -1)).toBe(2);
  });

  it('gives extraction the references and deadlines with their pages', async () => {
    const doc = await read('plan.pdf');
    const { references, dates } = extract(doc.text, { tables: doc.tables } as never);
    const keys = references.map((ref) => ref.key);
    expect(keys).toEqual(
      expect.arrayContaining(['12-KH/UBND', '8-NQ/TU', '5-NQ/TU', '215/QD-UBND', '1234/BTTTT-CDSQG']),
    );
    const deadline = dates.find((date) => date.value === '2027-06-30');
    expect(deadline?.kind).toBe('deadline');
    expect(pageAt(doc.pageStarts, deadline?.start ?? -1)).toBe(1);
    const late = dates.find((date) => date.value === '2027-12-01');
    expect(pageAt(doc.pageStarts, late?.start ?? -1)).toBe(3);
    for (const item of [...references, ...dates]) expect(doc.text.slice(item.start, item.end)).toBe(item.text);
  });
});

// pdf.js and mammoth load and parse real files: slow on a busy 2-core machine, never a hang.
describe('reading the plan as Word', { timeout: 30_000 }, () => {
  it('keeps the task table a table and the text in order', async () => {
    const doc = await read('plan.docx');
    expect(doc.kind).toBe('docx');
    expect(cells(doc)).toEqual([TASK_TABLE]);
    expect(doc.text).toContain('Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12-KH/UBND');
    const { dates } = extract(doc.text);
    expect(dates.find((date) => date.value === '2027-06-30')?.kind).toBe('deadline');
  });
});

// pdf.js and mammoth load and parse real files: slow on a busy 2-core machine, never a hang.
describe('a table set out with tabs', { timeout: 30_000 }, () => {
  const deadlinesOf = (text: string) =>
    extract(text, { lang: 'vi' })
      .dates.filter((date) => date.kind === 'deadline')
      .map((date) => [date.text, date.task?.text, date.owners?.map((owner) => owner.text)]);
  const expected = [
    ['30/6/2027', 'Số hóa hồ sơ lưu trữ lịch sử', ['Chi cục Văn thư - Lưu trữ']],
    ['Quý III/2027', 'Tập huấn phần mềm quản lý văn bản', ['Văn phòng Sở']],
    ['ngày 15/12/2027', 'gửi báo cáo về Văn phòng Sở', ['Các phòng']],
  ];

  it('a plain-text file keeps its lines, blank lines and tabs, so its rows are rows', async () => {
    const doc = await readDocument(
      new Uint8Array(readFileSync(join(FIXTURES, 'src/tab-table.txt'))),
      'tab-table.txt',
      nodeReaders,
    );
    expect(doc.text).toContain('\n\nNhiệm vụ\tCơ quan chủ trì\tThời hạn\n');
    expect(deadlinesOf(doc.text)).toEqual(expected);
  });

  it('a Word file keeps its tabs (a <w:tab/>), so its rows are rows', async () => {
    const doc = await read('tab-table.docx');
    expect(doc.text).toContain('Số hóa hồ sơ lưu trữ lịch sử\tChi cục Văn thư - Lưu trữ\t30/6/2027');
    expect(deadlinesOf(doc.text)).toEqual(expected);
  });
});

describe('files that cannot be read say why', { timeout: 30_000 }, () => {
  const cases: [string, string][] = [
    ['scanned.pdf', 'scanned'],
    ['encrypted.pdf', 'encrypted'],
    ['truncated.pdf', 'damaged'],
    ['empty.pdf', 'empty'],
    ['login-page.pdf', 'html-not-pdf'],
    ['plan.doc', 'old-word'],
  ];
  for (const [file, code] of cases) {
    it(`${file} → ${code}`, async () => {
      const error = await read(file).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).code).toBe(code);
    });
  }
});
