import { describe, expect, it } from 'vitest';
import {
  layoutPdfText,
  layoutPdfTextInSteps,
  type PdfPageItems,
  type PdfTextItem,
} from '../../lib/documents/pdf-layout';

/** An item whose width follows its length, as a monospaced font would (6 units a character at size 12). */
const item = (str: string, x: number, y: number, size = 12): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  height: size,
});
const page = (items: PdfTextItem[]): PdfPageItems => ({ width: 600, height: 840, items });

describe('layoutPdfText', () => {
  it('reads lines top to bottom whatever order the items come in, and joins a paragraph with spaces', () => {
    const layout = layoutPdfText([
      page([item('dòng thứ hai của đoạn.', 50, 118), item('Dòng thứ nhất của', 50, 100), item('đoạn văn', 155, 100)]),
    ]);
    expect(layout.text).toBe('Dòng thứ nhất của đoạn văn dòng thứ hai của đoạn.');
  });

  it('mends a word hyphenated at a line end, and keeps a code cut at its hyphen whole', () => {
    const layout = layoutPdfText([
      page([
        item('Every depart-', 50, 100),
        item('ment reports under Kế hoạch số 12-', 50, 114),
        item('KH/UBND before the deadline.', 50, 128),
      ]),
    ]);
    expect(layout.text).toBe('Every department reports under Kế hoạch số 12-KH/UBND before the deadline.');
    // Every character from an item maps back to it: the mended hyphen is in no piece.
    for (const piece of layout.pieces) {
      const source = layout.text.slice(piece.start, piece.end);
      expect(['Every depart', 'ment reports under Kế hoạch số 12-', 'KH/UBND before the deadline.']).toContain(source);
    }
  });

  it('keeps a compound’s hyphen at a line end, glued to the word after it; mends only a cut word', () => {
    const layout = layoutPdfText([
      page([
        item('Ministries and ministerial-', 50, 100),
        item('level agencies must switch to e-', 50, 114),
        item('invoices, and E-', 50, 128),
        item('commerce platforms report every imple\u00ad', 50, 142),
        item('mentation step; each depart-', 50, 156),
        item('ment answers.', 50, 170),
      ]),
    ]);
    expect(layout.text).toBe(
      'Ministries and ministerial-level agencies must switch to e-invoices, and E-commerce platforms report every implementation step; each department answers.',
    );
  });

  it('drops a header and a footer repeated on every page, page numbers included', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        item('ỦY BAN NHÂN DÂN TỈNH — BẢN ĐIỆN TỬ', 150, 40, 9),
        item(`Nội dung riêng của trang ${n}.`, 50, 120),
        item(`Trang ${n}/3`, 280, 810, 9),
      ]),
    );
    const layout = layoutPdfText(pages);
    expect(layout.text).not.toContain('BẢN ĐIỆN TỬ');
    expect(layout.text).not.toMatch(/Trang \d/);
    expect(layout.text.split('\n')).toEqual([
      'Nội dung riêng của trang 1.',
      'Nội dung riêng của trang 2.',
      'Nội dung riêng của trang 3.',
    ]);
    expect(layout.pageStarts).toEqual([0, 28, 56]);
  });

  it('in steps (the viewer), pauses between pages and lays out the same text, pages and pieces', async () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page([
        item('ỦY BAN NHÂN DÂN TỈNH — BẢN ĐIỆN TỬ', 150, 40, 9),
        item(`Trang ${n}: Kế hoạch số ${n}-`, 50, 120),
        item('KH/UBND giao các sở báo cáo.', 50, 134),
      ]),
    );
    let pauses = 0;
    const stepped = await layoutPdfTextInSteps(
      pages,
      async () => {
        pauses++;
      },
      0,
    );
    expect(pauses).toBeGreaterThanOrEqual(pages.length);
    expect(stepped).toEqual(layoutPdfText(pages));
    expect(stepped.text).toContain('Kế hoạch số 3-KH/UBND');
    expect(stepped.text).not.toContain('BẢN ĐIỆN TỬ');
  });

  it('ends a paragraph spaced a little wider than its wrapped lines, though such gaps are most of the page’s', () => {
    // Word and Writer put space after each paragraph: on a page of short paragraphs those gaps
    // outnumber the gaps inside one, and must not be taken for the line spacing.
    const layout = layoutPdfText([
      page([
        item('Kế hoạch kiểm tra công tác văn thư', 50, 100),
        item('Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn tổ chức', 50, 124),
        item('kiểm tra, báo cáo Giám đốc trước ngày 15/9/2027', 50, 138),
        item('Phòng Kế hoạch tổng hợp số liệu', 50, 162),
        item('Lưu: VT', 50, 186),
        item('Nơi nhận, sau một khoảng trống của hai dòng', 50, 230),
      ]),
    ]);
    expect(layout.text).toBe(
      [
        'Kế hoạch kiểm tra công tác văn thư',
        'Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn tổ chức kiểm tra, báo cáo Giám đốc trước ngày 15/9/2027',
        'Phòng Kế hoạch tổng hợp số liệu',
        'Lưu: VT',
        '', // a gap of an empty line is a blank line, as in the text the PDF was made from
        'Nơi nhận, sau một khoảng trống của hai dòng',
      ].join('\n'),
    );
  });

  it('breaks after a short line whose next line’s first word would have fit on it: the writer broke it, not the wrap', () => {
    // Lines evenly spaced: only the room left at the end of a line tells a hard break from a wrap.
    const layout = layoutPdfText([
      page([
        item('TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |', 50, 100),
        item('1 | Rà soát hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của', 50, 114),
        item('Sở | Văn phòng Sở | Quý II/2027 |', 50, 128),
        item('2 | Số hóa hồ sơ | Phòng Hành chính | 30/9/2027 |', 50, 142),
      ]),
    ]);
    expect(layout.text.split('\n')).toEqual([
      'TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |',
      '1 | Rà soát hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở | Văn phòng Sở | Quý II/2027 |',
      '2 | Số hóa hồ sơ | Phòng Hành chính | 30/9/2027 |',
    ]);
  });

  it('joins a wrapped line whose next word fits only by its item’s average character width (capitals are wider)', () => {
    // The room left (6 characters) holds "BHYT " by the average width (5 characters), but the
    // writer wrapped before it: its capitals are wider than the line's average character.
    const layout = layoutPdfText([
      page([
        item('Học sinh chưa có thẻ bảo hiểm y tế hoặc có thẻ đã hết hạn thì khai lại', 50, 100),
        item('thông tin, sau đó nộp tờ khai tham gia bảo hiểm y tế theo mẫu số', 50, 114),
        item('BHYT tại phòng Kế toán trước ngày 30/9/2026.', 50, 128),
      ]),
    ]);
    expect(layout.text.split('\n')).toHaveLength(1);
  });

  it('breaks a full line that ends a sentence before a line opening with an item’s number or bullet', () => {
    const layout = layoutPdfText([
      page([
        item('Phấn đấu đến hết năm 2027, toàn bộ hồ sơ của xã được số hóa.', 50, 100),
        item('II. NHIỆM VỤ', 50, 114),
        item('Ghi chú ngắn.', 50, 128),
        item('- Rà soát hồ sơ địa chính của các thôn trong tháng 3/2027.', 50, 142),
        item('Mục cuối của bản kế hoạch này ở đây.', 50, 156),
      ]),
    ]);
    expect(layout.text.split('\n')).toEqual([
      'Phấn đấu đến hết năm 2027, toàn bộ hồ sơ của xã được số hóa.',
      'II. NHIỆM VỤ',
      'Ghi chú ngắn.',
      '- Rà soát hồ sơ địa chính của các thôn trong tháng 3/2027. Mục cuối của bản kế hoạch này ở đây.',
    ]);
  });

  it('keeps a table’s row numbers that fall near a page’s edge: a running line stands at the same height on each page', () => {
    const pages = [
      page([
        item('Nội dung của trang một.', 50, 120),
        item('1', 50, 740),
        item('Kiểm kê tài sản', 80, 754),
        item('2', 50, 768),
        item('Lập hồ sơ', 80, 782),
        item('- 1 -', 290, 815, 9),
      ]),
      page([
        item('3', 50, 60),
        item('Thẩm định hồ sơ', 80, 74),
        item('Nội dung của trang hai.', 50, 300),
        item('- 2 -', 290, 815, 9),
      ]),
    ];
    const lines = layoutPdfText(pages).text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['1', '2', '3']));
    expect(lines.some((line) => /^- \d -$/.test(line))).toBe(false);
  });

  it('keeps a line that repeats only in the body of the pages', () => {
    const pages = [1, 2, 3].map(() => page([item('Điều khoản lặp lại ở giữa trang.', 50, 400)]));
    expect(layoutPdfText(pages).text.split('\n')).toHaveLength(3);
  });

  it('reads a two-column page column by column', () => {
    const left = [
      'Trái một bắt đầu cột văn bản',
      'trái hai tiếp tục cột văn bản',
      'trái ba hết câu của cột trái.',
      'trái bốn thêm một dòng nữa',
      'trái năm kết thúc cột trái.',
    ];
    const right = left.map((line) => line.replace(/trái/g, 'phải').replace('Trái', 'Phải'));
    const items = left.flatMap((line, i) => [
      item(line, 40, 100 + 14 * i),
      item(right[i] as string, 320, 100 + 14 * i),
    ]);
    const layout = layoutPdfText([
      page([item('Tiêu đề trải hết chiều ngang của trang giấy khổ A4 này', 40, 70), ...items]),
    ]);
    const text = layout.text;
    expect(text.indexOf('trái năm kết thúc cột trái.')).toBeLessThan(text.indexOf('Phải một'));
    expect(text).toContain('Trái một bắt đầu cột văn bản trái hai tiếp tục cột văn bản trái ba hết câu của cột trái.');
    expect(text).toContain('Phải một bắt đầu cột văn bản phải hai tiếp tục cột văn bản phải ba hết câu của cột phải.');
    expect(text.indexOf('Tiêu đề')).toBe(0);
    expect(layout.tables).toEqual([]);
  });

  it('rebuilds a task table as rows of cells, wrapped cells joined, and reports it as a TextTable', () => {
    const rows = [
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      ['1', 'Rà soát hồ sơ', 'Sở Tư pháp', 'Trước ngày 30/6/2027'],
      ['2', 'Xây dựng cơ sở', 'Sở Xây dựng', 'Quý III/2027'],
    ];
    const columns = [50, 90, 260, 420];
    const items: PdfTextItem[] = [item('Bảng phân công:', 50, 80)];
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        items.push(item(cell, columns[c] as number, 110 + 30 * r));
      });
    });
    items.push(item('dữ liệu', 90, 110 + 30 * 2 + 14)); // the task of row 2 wraps to a second line
    items.push(item('Đoạn văn sau bảng, trải qua nhiều cột của bảng phía trên.', 50, 230));
    const layout = layoutPdfText([page(items)]);
    expect(layout.tables).toHaveLength(1);
    const table = (layout.tables[0] ?? []).map((row) => row.map((cell) => layout.text.slice(cell.start, cell.end)));
    expect(table).toEqual([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      ['1', 'Rà soát hồ sơ', 'Sở Tư pháp', 'Trước ngày 30/6/2027'],
      ['2', 'Xây dựng cơ sở dữ liệu', 'Sở Xây dựng', 'Quý III/2027'],
    ]);
    expect(layout.text).toContain('2\tXây dựng cơ sở dữ liệu\tSở Xây dựng\tQuý III/2027');
    expect(layout.text.endsWith('Đoạn văn sau bảng, trải qua nhiều cột của bảng phía trên.')).toBe(true);
  });

  it('skips empty and white-space items and gives no text for a page without any', () => {
    const layout = layoutPdfText([page([item('   ', 50, 100), item('', 50, 120)])]);
    expect(layout.text).toBe('');
    expect(layout.pieces).toEqual([]);
  });
});
