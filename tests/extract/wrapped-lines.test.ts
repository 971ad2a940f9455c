/**
 * Lines wrapped inside a sentence, as PDF and DOCX copies leave them, read as one sentence; list
 * items, headings, labels and table rows keep their breaks. Every sentence is our own.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import { joinWrappedLines } from '../../lib/extract/text/prose';
import '../helpers/english';

const joined = (text: string) => joinWrappedLines(text).split('\n');

describe('joinWrappedLines', () => {
  it('joins a long line that goes on in lower case, or after a word that cannot end a sentence', () => {
    expect(
      joined('1. Sở Xây dựng chủ trì, phối hợp với các xã hoàn thành việc\nrà soát quy hoạch trước ngày 30/6/2027.'),
    ).toHaveLength(1);
    expect(joined('Văn phòng UBND tỉnh tổng hợp ý kiến góp ý của các sở, ban, ngành và\nUBND các huyện.')).toHaveLength(
      1,
    );
    expect(
      joined('Ministries must send their reports to the Ministry of Planning before December\n10, 2027.'),
    ).toHaveLength(1);
    expect(
      joined('1. Tổ chức Tháng cao điểm vận động ủng hộ người nghèo từ ngày 17/10/2027 đến ngày\n18/11/2027.'),
    ).toHaveLength(1);
  });

  it('reads over a page number that a PDF copy put inside a sentence, keeping offsets', () => {
    const text =
      '3. UBND các xã, phường hoàn thành việc kiểm kê, lập danh mục trụ\n- 2 -\nsở dôi dư, gửi Sở Tài chính chậm nhất ngày 15/10/2027.';
    expect(joined(text)).toHaveLength(1);
    expect(joinWrappedLines(text)).toHaveLength(text.length);
    const [deadline] = extractDocument(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadline?.owners?.map((o) => o.text)).toEqual(['UBND các xã, phường']);
    // A page number after a finished sentence stays a line of its own.
    expect(joined('Sở Tài chính tổng hợp báo cáo.\n- 2 -\nSở Nội vụ rà soát biên chế.')).toHaveLength(3);
  });

  it('keeps the break after a stop, colon or semicolon, before a lettered item, after a short line, in a table', () => {
    expect(joined('Sở Tài chính thực hiện các nhiệm vụ cụ thể như sau:\nrà soát dự toán.')).toHaveLength(2);
    expect(joined('Các đơn vị triển khai đồng bộ những nội dung chính sau đây\na) Rà soát hồ sơ.')).toHaveLength(2);
    expect(joined('Thời hạn\nhoàn thành')).toHaveLength(2);
    expect(joined('| 1 | Rà soát quy hoạch chung của các xã | Sở Xây dựng\n| 2 | Tổng hợp |')).toHaveLength(2);
    expect(
      joined('Sở Nội vụ hướng dẫn các huyện sắp xếp đơn vị hành chính cấp xã\nSở Tài chính bố trí kinh phí.'),
    ).toHaveLength(2);
  });

  it('joins any line set at the full width of a PDF copy, but not before an item or after a heading', () => {
    const lines = [
      'II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM TRONG NĂM 2027 CỦA TOÀN TỈNH',
      'Đề nghị các tổ chức chính trị - xã hội tỉnh chỉ đạo hệ thống tổ chức',
      'mình vận động đoàn viên, hội viên tham gia ủng hộ Quỹ, báo cáo kết',
      'quả thực hiện về Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam',
      'Ủy ban MTTQ tỉnh trước ngày 20/11/2027 để tổng hợp, báo cáo Tỉnh ủy',
      '1. Các huyện rà soát danh sách hộ nghèo cần hỗ trợ xây nhà mới',
      '2. Các xã hoàn thành bàn giao nhà Đại đoàn kết cho hộ nghèo trước',
      'ngày 31/12/2027 theo đúng kế hoạch đã được Ban Thường trực thống nhất.',
    ];
    expect(joined(lines.join('\n'))).toEqual([
      lines[0],
      lines.slice(1, 5).join(' '),
      lines[5],
      lines.slice(6).join(' '),
    ]);
    // A labelled field opens a line of its own, whatever the width.
    const fields = [...lines.slice(1, 5), 'Nội dung: rà soát danh sách hộ nghèo cần hỗ trợ xây nhà mới trên địa bàn'];
    expect(joined([...fields, ...lines.slice(5)].join('\n'))[1]).toBe(fields[4]);
    // Paragraphs of any length, as a page gives them, set no width: a capital keeps its break.
    const page = [
      'Đề nghị các tổ chức chính trị - xã hội tỉnh vận động hội viên ủng hộ',
      'Ủy ban MTTQ tỉnh tổng hợp kết quả.',
      'Các huyện báo cáo.',
    ].join('\n');
    expect(joined(page)).toHaveLength(3);
  });

  it('joins a short line that ends with a month or a date word before its number', () => {
    expect(joined('Division) before August\n10, 2027.')).toHaveLength(1);
    expect(joined('Nộp trước ngày\n15/3/2027.')).toHaveLength(1);
    expect(joined('Báo cáo tháng\n1. Rà soát.')).toHaveLength(2);
  });

  it('joins a line that ends with a word that cannot end a sentence to a line opening with a number, not to an item', () => {
    expect(joined('2. Rà soát toàn bộ hồ sơ hoàn thuế còn tồn đọng của\n2026 trước ngày 31/7/2027.')).toHaveLength(1);
    expect(
      joined('2. Complete the review of all outstanding refund claims of the\n2026 tax year by July 31, 2027.'),
    ).toHaveLength(1);
    expect(joined('Each department reports the progress of\n3. Close the files.')).toHaveLength(2);
  });

  it('joins a line that ends with a semicolon to a lower-case line, not to an item', () => {
    expect(
      joined(
        '1. Sở Công Thương thông báo lịch kiểm tra từ ngày 06/9/2027;\nkêu gọi các doanh nghiệp hoàn thành trước ngày 10/9/2027.',
      ),
    ).toHaveLength(1);
    expect(joined('- Sở Tài chính rà soát dự toán của các đơn vị trực thuộc;\n- Sở Nội vụ thẩm định.')).toHaveLength(2);
    expect(joined('Các đơn vị thực hiện các nội dung sau đây trong tháng này;\na) Rà soát hồ sơ.')).toHaveLength(2);
    // A table row keeps its break, whatever it ends with.
    expect(joined('| 1 | Rà soát hồ sơ | Sở Tư pháp;\nchủ trì | Quý II/2027 |')).toHaveLength(2);
  });

  it('keeps every offset', () => {
    const text = 'Công an tỉnh phối hợp với các đơn vị liên quan hoàn thành việc\ncấp căn cước trước ngày 30/6/2027.';
    expect(joinWrappedLines(text)).toHaveLength(text.length);
  });
});

describe('a wrapped sentence keeps its owner and task', () => {
  it('reads the owner and task of a deadline whose sentence is wrapped, and keeps the date as written', () => {
    const text =
      '2. Phòng Văn hóa và Thông tin tham mưu nâng cấp Bộ phận Một cửa của huyện theo mô\nhình số, bảo đảm kết nối với Cổng Dịch vụ công quốc gia trước ngày 15 tháng 8\nnăm 2027.';
    const [deadline] = extractDocument(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadline?.text).toBe('ngày 15 tháng 8\nnăm 2027');
    expect(deadline?.owners?.map((o) => o.text)).toEqual(['Phòng Văn hóa và Thông tin']);
    expect(deadline?.task?.text).toContain('tham mưu nâng cấp Bộ phận Một cửa của huyện theo mô\nhình số');
  });
});
