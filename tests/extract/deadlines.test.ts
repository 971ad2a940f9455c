/**
 * Deadlines read from their clause, with task and owners. Every sentence here is our own, invented
 * for the case it tests.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import { extract } from '../../lib/extract/index';
import type { DateMention, TextTable } from '../../lib/extract/types';
import '../helpers/english';

const kinds = (text: string, lang: 'vi' | 'en' = 'vi', published?: string) =>
  extract(text, { lang, published }).dates.map((d) => [d.text, d.kind]);
const deadline = (text: string, lang: 'vi' | 'en' = 'vi'): DateMention => {
  const found = extractDocument(text, { lang }).dates.filter((d) => d.kind === 'deadline');
  expect(found, text).toHaveLength(1);
  return found[0] as DateMention;
};
const reading = (d: DateMention) => ({ task: d.task?.text ?? null, owners: (d.owners ?? []).map((o) => o.text) });

describe('deadlines: what makes a date a deadline', () => {
  it.each([
    // a clock time between the cue and the date (the time stays out of the span)
    ['Hồ sơ nộp trước 16 giờ 30, ngày 12/10/2026.', 'ngày 12/10/2026'],
    ["Thí sinh đăng ký trước 17h00', ngày 03/8/2026 trên hệ thống.", 'ngày 03/8/2026'],
    ['Các xã gửi phiếu chậm nhất là 10h ngày 9/11/2026.', 'ngày 9/11/2026'],
    // new cue words
    ['Hết ngày 14/6/2026: các đơn vị khóa sổ dữ liệu.', 'ngày 14/6/2026'],
    ['Học viên nhập học muộn nhất vào ngày 2/9/2026.', 'ngày 2/9/2026'],
    // a deadline word after the date
    ['Theo thông báo, ngày 18/5/2026 là hạn cuối để các hộ đăng ký.', 'ngày 18/5/2026'],
    ['Ngày 21/7/2026: Hạn chót nộp bản kê khai.', 'Ngày 21/7/2026'],
    // an obligation verb anywhere in the clause
    ['Huyện phải hoàn thành việc cấp giấy chứng nhận cho các hộ dân trong quý III/2026.', 'quý III/2026'],
    ['Ban quản lý dự án hoàn thành bàn giao mặt bằng vào cuối tháng 10/2026.', 'tháng 10/2026'],
    ['Dự kiến ngày 15/8/2026 sẽ hoàn thành nghiệm thu công trình.', 'ngày 15/8/2026'],
    // labels
    ['Thời hạn hoàn thành: Quý IV/2026.', 'Quý IV/2026'],
    ['Hạn chót: ngày 30/11/2026.', 'ngày 30/11/2026'],
    ['Thời gian hoàn thành: tháng 9/2026.', 'tháng 9/2026'],
    // a label before a preposition of time, and a plan's word right before the date
    ['- Rà soát danh mục dự án (thời hạn: trong tháng 12/2026).', 'tháng 12/2026'],
    ['Nhà thầu đã lắp xong mố cầu và dự kiến cuối tháng 7/2026 sẽ hoàn thành thông xe.', 'tháng 7/2026'],
    // a submission "trong" a month or a quarter is due by its end
    ['Sở Tài chính thẩm định dự toán, trình UBND tỉnh trong quý I/2027.', 'quý I/2027'],
    ['Các huyện gửi báo cáo về Sở Nội vụ trong tháng 6/2027.', 'tháng 6/2027'],
  ])('Vietnamese: %s', (text, date) => {
    expect(deadline(text).text).toBe(date);
  });

  it.each([
    ['Provinces must send their plans by June 30, 2026.', 'June 30, 2026'],
    ['Payments must be made no later than October 15, 2026.', 'October 15, 2026'],
    ['The bridge must be completed in February 2027.', 'February 2027'],
    ['In order to complete the survey in March 2027, the city hired more staff.', 'March 2027'],
    ['The agency will finish the review within a specific deadline in December 2026.', 'December 2026'],
    ['Officials said the January 20, 2027 deadline would not move.', 'January 20, 2027'],
    ['The new terminal is expected to be completed in the third quarter of 2027.', 'third quarter of 2027'],
    ['August 3, 2026 is also the latest date for schools to report.', 'August 3, 2026'],
    ['Deadline: September 9, 2026.', 'September 9, 2026'],
    ['The agency has undertaken to publish the list no later than the end of May 2027.', 'May 2027'],
    ['The amended law is expected to be passed within the first quarter of 2027.', 'first quarter of 2027'],
    ['The Ministry of Finance must issue a circular within the second quarter of 2027.', 'second quarter of 2027'],
    ['The Customs Department must issue the guidance by mid-April 2027.', 'April 2027'],
  ])('English: %s', (text, date) => {
    expect(deadline(text, 'en').text).toBe(date);
  });

  it('reads a schedule that declares its dates to be deadlines, every item of it', () => {
    const text =
      'Các mốc thời gian dưới đây là hạn cuối phải hoàn thành:\n' +
      '- Ngày 10/3/2026: các trường gửi danh sách về Sở.\n' +
      '- Ngày 25/3/2026: Sở tổng hợp, trình UBND tỉnh.\n' +
      'Lễ tổng kết được tổ chức ngày 30/4/2026.';
    expect(kinds(text)).toEqual([
      ['Ngày 10/3/2026', 'deadline'],
      ['Ngày 25/3/2026', 'deadline'],
      ['ngày 30/4/2026', 'event'],
    ]);
  });
});

describe('deadlines: dates that look like deadlines but are not', () => {
  it.each([
    ['Tính đến ngày 20/9/2026, toàn tỉnh có 40 xã đạt chuẩn.', 'other'],
    ['Đến hết ngày 14/8/2026, các huyện đã cơ bản hoàn thành việc kiểm kê.', 'other'],
    ['Đến ngày 6/10/2026, Sở vẫn chưa nhận được báo cáo của hai huyện.', 'other'],
    ['Quy định này có hiệu lực từ ngày 1/12/2026.', 'event'],
    // what was done before the date is what a rule covers
    ['Giấy tờ đã cấp cho công dân trước ngày 01/7/2026 vẫn tiếp tục có giá trị sử dụng.', 'other'],
    ['Việc thu phí bắt đầu từ tháng 7/2026.', 'event'],
    ['Hội nghị sẽ diễn ra trong tháng 11/2026.', 'event'],
    ['Chiến dịch kết thúc năm học vào ngày 28/5/2026.', 'event'],
    // a failure's consequence is no obligation
    ['Xã nào không hoàn thành sẽ bị nhắc tên tại hội nghị giao ban tháng 12/2026.', 'event'],
  ])('Vietnamese: %s → %s', (text, kind) => {
    expect(kinds(text)[0]?.[1]).toBe(kind);
  });

  it('keeps both ends of a window as periods', () => {
    expect(kinds('Hồ sơ nhận từ ngày 1/10/2026 đến ngày 15/10/2026.')).toEqual([
      ['ngày 1/10/2026', 'period'],
      ['ngày 15/10/2026', 'period'],
    ]);
    expect(
      kinds('The provinces must finish the count by May 2026; audits run between July and September 2026.', 'en'),
    ).toEqual([
      ['May 2026', 'deadline'],
      ['July', 'period'],
      ['September 2026', 'period'],
    ]);
  });

  it.each([
    ['As of March 4, 2026, nine provinces had finished the count.', 'other'],
    ['By July 30, 2026, many guiding documents had yet to be issued.', 'other'],
    ['The rule took effect on May 2, 2026.', 'event'],
    // a date that bounds what a rule covers
    ['Licences issued before March 1, 2026 remain valid until they expire.', 'other'],
  ])('English: %s → %s', (text, kind) => {
    expect(kinds(text, 'en')[0]?.[1]).toBe(kind);
  });

  it('but a moved due date names two deadlines', () => {
    expect(kinds('The filing date will be extended by three months, from April 30 to July 31, 2026.', 'en')).toEqual([
      ['April 30', 'deadline'],
      ['July 31, 2026', 'deadline'],
    ]);
  });
});

describe('deadlines: a month or a quarter after "trong" or "within" without a submission is a schedule', () => {
  it('keeps events and past submissions as they are', () => {
    expect(kinds('Hội nghị tổng kết được tổ chức trong tháng 12/2027.')).toEqual([['tháng 12/2027', 'event']]);
    expect(kinds('Sở đã gửi báo cáo trong tháng 6/2027.')).toEqual([['tháng 6/2027', 'event']]);
    // "trình" that ends a noun ("Chương trình", "Lịch trình") submits nothing.
    expect(kinds('Chương trình hiến máu tình nguyện diễn ra trong tháng 3/2027.')).toEqual([['tháng 3/2027', 'event']]);
    expect(kinds('Lịch trình tham quan của đoàn diễn ra trong tháng 4/2027.')).toEqual([['tháng 4/2027', 'event']]);
    expect(kinds('The ministry issued the circular within the second quarter of 2027.', 'en')).toEqual([
      ['second quarter of 2027', 'event'],
    ]);
  });
});

describe('deadlines: an English obligation to deliver something "in" a quarter', () => {
  it('is due by the quarter\'s end; applying a rule "in" a month or reporting "in" a quarter is not', () => {
    const kind = (text: string) => extractDocument(text, { lang: 'en' }).dates.map((d) => [d.text, d.kind]);
    expect(
      kind('Each provincial tax office must publish the list of late filers in the first quarter of 2028.'),
    ).toEqual([['first quarter of 2028', 'deadline']]);
    expect(
      kind('The Ministry of Industry and Trade is required to issue the new grid code in the third quarter of 2028.'),
    ).toEqual([['third quarter of 2028', 'deadline']]);
    expect(kind('Companies must apply the new rates in January 2028.')).toEqual([['January 2028', 'event']]);
    expect(
      kind('The department shall monitor the rollout and report to the committee in the second quarter of 2028.'),
    ).toEqual([['second quarter of 2028', 'event']]);
  });
});

describe('deadlines: "before the end of" a period is due on its last day', () => {
  it('reads "trước cuối quý II" and "before the end of the second quarter" as its end, "trước quý III" as the day before', () => {
    const due = (text: string, lang: 'vi' | 'en') => extract(text, { lang }).dates.map((d) => d.due);
    expect(due('Sở Tài chính hoàn thành trước cuối quý II/2027.', 'vi')).toEqual(['2027-06-30']);
    expect(due('Sở Y tế hoàn thành trước quý III/2027.', 'vi')).toEqual(['2027-06-30']);
    expect(due('The ministry must finish the plan before the end of the second quarter of 2027.', 'en')).toEqual([
      '2027-06-30',
    ]);
    expect(due('The ministry must finish the plan before the second quarter of 2027.', 'en')).toEqual(['2027-03-31']);
  });
});

describe('deadlines: an English "Q2" without its year', () => {
  it('dates a bare "Q2" in the page\'s year and reads its clause; "Q3 2027" stays one date', () => {
    const found = extractDocument(
      'The provincial departments must publish the list of vacant posts before the end of Q2. Sales rose in Q1, the bank said. The Q3 2027 report is not due yet.',
      { lang: 'en', published: '2027-03-02' },
    ).dates;
    expect(found.map((d) => [d.text, d.value, d.kind, d.due ?? null])).toEqual([
      ['Q2', '2027-Q2', 'deadline', '2027-06-30'],
      ['Q1', '2027-Q1', 'event', null],
      ['Q3 2027', '2027-Q3', 'other', null],
    ]);
  });
});

describe('deadlines: English scopes and status cut-offs', () => {
  it('reads a participle and its object before "before" as a scope, "By the end of X, … had" as a cut-off', () => {
    expect(
      kinds(
        'Firms that processed sensitive data before 1 January 2027 must update their records by 30 June 2027.',
        'en',
      ),
    ).toEqual([
      ['1 January 2027', 'other'],
      ['30 June 2027', 'deadline'],
    ]);
    expect(kinds('By the end of February 2027, districts had handed over 86 percent of the land.', 'en')).toEqual([
      ['February 2027', 'other'],
    ]);
    // An obligation stays one.
    expect(kinds('Licences must be issued to all applicants before 30 June 2027.', 'en')).toEqual([
      ['30 June 2027', 'deadline'],
    ]);
  });
});

describe('deadlines: how long something lasts is a window, an extension moves a deadline', () => {
  it('reads "kéo dài từ … đến …" as two period ends and "kéo dài thời hạn … từ … đến …" as moved deadlines', () => {
    expect(kinds('Mùa lễ hội trên địa bàn phường kéo dài từ ngày 17/02/2027 đến ngày 03/3/2027.')).toEqual([
      ['ngày 17/02/2027', 'period'],
      ['ngày 03/3/2027', 'period'],
    ]);
    expect(kinds('UBND tỉnh kéo dài thời hạn nộp hồ sơ từ ngày 15/3/2027 đến ngày 30/4/2027.')).toEqual([
      ['ngày 15/3/2027', 'deadline'],
      ['ngày 30/4/2027', 'deadline'],
    ]);
  });
});

describe('deadlines: English forecasts and quantities are no deadlines', () => {
  it('reads "expected to be issued in" as a forecast and a decimal before its unit as no date', () => {
    expect(kinds('A guiding circular is expected to be issued in May 2027.', 'en')).toEqual([['May 2027', 'event']]);
    expect(kinds('The regional minimum wage rises by 7.2 per cent from January 1, 2027.', 'en')).toEqual([
      ['January 1, 2027', 'event'],
    ]);
    expect(kinds('Giá điện tăng 4.8 triệu đồng mỗi năm.')).toEqual([]);
    // A past completion reports; a passive one obliges.
    expect(kinds('The city completed the adjustment on December 19, 2026, three weeks late.', 'en')).toEqual([
      ['December 19, 2026', 'event'],
    ]);
    expect(kinds('The bridge must be completed in February 2027.', 'en')).toEqual([['February 2027', 'deadline']]);
  });
});

describe('deadlines: task and owners', () => {
  it.each([
    [
      'UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở liên quan rà soát định mức chi, báo cáo trước ngày 15/10/2026.',
      { task: 'rà soát định mức chi, báo cáo', owners: ['Sở Tài chính'] },
    ],
    [
      'Các huyện gửi báo cáo kết quả về Văn phòng UBND tỉnh chậm nhất ngày 30/01/2027.',
      { task: 'gửi báo cáo kết quả về Văn phòng UBND tỉnh', owners: ['Các huyện'] },
    ],
    [
      'Bộ Y tế yêu cầu các bệnh viện tuyến tỉnh hoàn thành việc kết nối dữ liệu trước ngày 1/12/2026.',
      { task: 'hoàn thành việc kết nối dữ liệu', owners: ['các bệnh viện tuyến tỉnh'] },
    ],
    [
      'Đề nghị các đơn vị khẩn trương gửi danh sách về Phòng Nội vụ trước ngày 9/9/2026.',
      { task: 'gửi danh sách về Phòng Nội vụ', owners: ['các đơn vị'] },
    ],
    [
      'Trước ngày 20/11/2026, Sở Xây dựng trình UBND tỉnh phương án giá.',
      { task: 'trình UBND tỉnh phương án giá', owners: ['Sở Xây dựng'] },
    ],
    [
      'Việc đánh giá, xếp loại cán bộ năm 2026 phải hoàn thành trước ngày 15/12/2026.',
      { task: 'Việc đánh giá, xếp loại cán bộ năm 2026', owners: [] },
    ],
    [
      'Sở Nội vụ, Sở Tư pháp và Công an tỉnh hoàn thành rà soát hồ sơ trước ngày 4/12/2026.',
      { task: 'hoàn thành rà soát hồ sơ', owners: ['Sở Nội vụ', 'Sở Tư pháp', 'Công an tỉnh'] },
    ],
    [
      'Các địa phương gồm: Lạng Sơn, Cao Bằng, Hà Giang hoàn thành cắm mốc trước ngày 5/11/2026.',
      { task: 'hoàn thành cắm mốc', owners: ['Lạng Sơn', 'Cao Bằng', 'Hà Giang'] },
    ],
  ])('Vietnamese: %s', (text, expected) => {
    expect(reading(deadline(text))).toEqual(expected);
  });

  it('reads the task of a label sentence from the sentence before it', () => {
    const d = deadline(
      'Giao Sở Công Thương xây dựng đề án phát triển chợ đầu mối. Thời gian hoàn thành trước ngày 30/9/2026.',
    );
    expect(reading(d)).toEqual({ task: 'xây dựng đề án phát triển chợ đầu mối', owners: ['Sở Công Thương'] });
  });

  it('reads a neutral "Thời gian:" before a cue like a deadline label: the task is the sentence before', () => {
    expect(
      reading(
        deadline(
          '- Các trường học rà soát danh sách học sinh khuyết tật, gửi về Phòng Giáo dục.\n- Thời gian: xong trước ngày 20/5/2027.',
        ),
      ),
    ).toEqual({ task: 'rà soát danh sách học sinh khuyết tật, gửi về Phòng Giáo dục', owners: ['Các trường học'] });
    expect(
      reading(deadline('Các hộ kinh doanh nộp tờ khai tại Chi cục Thuế khu vực. Thời gian: trước ngày 10/3/2027.')),
    ).toEqual({ task: 'nộp tờ khai tại Chi cục Thuế khu vực', owners: ['Các hộ kinh doanh'] });
    // Without a cue the same label dates an event.
    expect(kinds('- Thời gian: ngày 24/3/2027, tại Hội trường UBND phường.')).toEqual([['ngày 24/3/2027', 'event']]);
  });

  it('names no owner when the text names none, and never the body a report goes to', () => {
    expect(reading(deadline('Báo cáo kết quả gửi về Ban Thường vụ Tỉnh ủy trước ngày 10/10/2026.')).owners).toEqual([]);
  });

  it.each([
    [
      'The Prime Minister requested ministries and localities to urgently submit their reports before May 15, 2026.',
      { task: 'submit their reports', owners: ['ministries and localities'] },
    ],
    [
      'The Department of Finance is assigned to draft the fee schedule by June 1, 2026.',
      { task: 'draft the fee schedule', owners: ['Department of Finance'] },
    ],
    ['Such refunds must be paid no later than August 31, 2026.', { task: 'Such refunds must be paid', owners: [] }],
  ])('English: %s', (text, expected) => {
    expect(reading(deadline(text, 'en'))).toEqual(expected);
  });

  it('gives the deadline the document its sentence is about', () => {
    const d = deadline('Thực hiện Kế hoạch số 45/KH-UBND, các sở báo cáo kết quả trước ngày 20/12/2026.');
    expect(d.document).toBe('45/KH-UBND');
  });

  it('a document named again without its number is the last one of its type, in every clause of the sentence', () => {
    const text =
      'UBND tỉnh ban hành Kế hoạch số 45/KH-UBND thực hiện Chỉ thị số 12-CT/TU và Kết luận số 88-KL/TW. ' +
      'Theo kế hoạch, các sở hoàn thành rà soát trước ngày 15/12/2026; các huyện gửi báo cáo trước ngày 20/12/2026. ' +
      'Chỉ thị này yêu cầu các ban nộp báo cáo trước ngày 22/12/2026. ' +
      'Các sở xây dựng kế hoạch chi tiết trước ngày 25/12/2026.';
    const documents = extract(text, { lang: 'vi' })
      .dates.filter((date) => date.kind === 'deadline')
      .map((date) => date.document);
    // The last sentence's "kế hoạch" is a task's object, not a pointer: the last document named.
    expect(documents).toEqual(['45/KH-UBND', '45/KH-UBND', '12-CT/TU', '88-KL/TW']);
  });

  it('leaves task, owners and document undefined on other dates', () => {
    const event = extract('Sáng 16/11/2026, hội nghị diễn ra tại Hà Nội.', { lang: 'vi' }).dates[0] as DateMention;
    expect(event.kind).toBe('event');
    expect([event.task, event.owners, event.document]).toEqual([undefined, undefined, undefined]);
  });
});

describe('deadlines: tables', () => {
  const rows = [
    ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
    ['1', 'Rà soát quy hoạch chung', 'Sở Xây dựng', 'UBND các huyện', 'Tháng 9/2026'],
    ['2', 'Tổng hợp kinh phí', 'Sở Tài chính', 'Các sở', 'Quý IV/2026'],
  ];

  /** The cells laid out one after another, each followed by `separator`, with their table. */
  const laidOut = (cells: string[][], separator: string): { text: string; table: TextTable } => {
    let text = '';
    const table: TextTable = cells.map((row) =>
      row.map((cell) => {
        const start = text.length;
        text += `${cell}${separator}`;
        return { start, end: start + cell.length };
      }),
    );
    return { text, table };
  };

  it('takes deadlines, tasks and owners from ExtractOptions.tables', () => {
    const { text, table } = laidOut(rows, '\n');
    const deadlines = extract(text, { lang: 'vi', tables: [table] }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['Tháng 9/2026', 'Rà soát quy hoạch chung', ['Sở Xây dựng']],
      ['Quý IV/2026', 'Tổng hợp kinh phí', ['Sở Tài chính']],
    ]);
    // Without the table, cells one a line with no row numbers and no header are no table: a bare
    // month in a list is no deadline. (Under a header of known columns they are rows: tables.ts.)
    const unnumbered = laidOut(
      rows.slice(1).map((cells) => cells.slice(1)),
      '\n',
    ).text;
    expect(extract(unnumbered, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline')).toEqual([]);
  });

  it('reads a real two-column table (task | deadline); two words on a flat line are no header', () => {
    const two = [
      ['Nhiệm vụ', 'Thời hạn'],
      ['Cập nhật cơ sở dữ liệu đất đai', 'Tháng 11/2027'],
    ];
    const { text, table } = laidOut(two, '\t');
    const deadlines = extract(text, { lang: 'vi', tables: [table] }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text])).toEqual([['Tháng 11/2027', 'Cập nhật cơ sở dữ liệu đất đai']]);
    const flat = two.map((cells) => cells.join(' | ')).join('\n');
    expect(extract(flat, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline')).toEqual([]);
  });

  it('reads header cells wrapped over two lines, one cell a line or a second | row', () => {
    const expected = [
      ['Tháng 9/2026', 'Rà soát quy hoạch chung', ['Sở Xây dựng']],
      ['Quý IV/2026', 'Tổng hợp kinh phí', ['Sở Tài chính']],
    ];
    const read = (text: string) =>
      extract(text, { lang: 'vi' })
        .dates.filter((d) => d.kind === 'deadline')
        .map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)]);
    // As a PDF copy leaves it: "Nội dung" / "công việc", "Cơ quan" / "chủ trì", "Thời hạn" / "hoàn thành".
    const header = [
      'TT',
      'Nội dung',
      'công việc',
      'Cơ quan',
      'chủ trì',
      'Cơ quan',
      'phối hợp',
      'Thời hạn',
      'hoàn thành',
    ];
    const oneCellALine = [...header, ...rows.slice(1).flat()].join('\n');
    expect(read(oneCellALine)).toEqual(expected);
    const twoHeaderRows = [
      '| TT | Nội dung | Cơ quan | Cơ quan | Thời hạn |',
      '| | công việc | chủ trì | phối hợp | hoàn thành |',
      ...rows.slice(1).map((cells) => `| ${cells.join(' | ')} |`),
    ].join('\n');
    expect(read(twoHeaderRows)).toEqual(expected);
    const tabs = [
      'TT\tNội dung\tCơ quan\tCơ quan\tThời hạn',
      '\tcông việc\tchủ trì\tphối hợp\thoàn thành',
      ...rows.slice(1).map((cells) => cells.join('\t')),
    ].join('\n');
    expect(read(tabs)).toEqual(expected);
  });

  it('reads an English table: "Lead unit" owns, "Coordinating units" do not', () => {
    const text = [
      'No. | Task | Lead unit | Coordinating units | Deadline',
      '1 | Draft a decree on e-commerce customs procedures | Customs Department | Tax Department | June 2027',
    ].join('\n');
    const deadlines = extract(text, { lang: 'en' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['June 2027', 'Draft a decree on e-commerce customs procedures', ['Customs Department']],
    ]);
  });

  it('reads English explainer tables: "Who | What | Deadline" and "Obligation | Responsible party | Timing"', () => {
    const read = (text: string) =>
      extract(text, { lang: 'en' })
        .dates.filter((d) => d.kind === 'deadline')
        .map((d) => [d.task?.text, d.owners?.map((o) => o.text)]);
    expect(
      read('Who | What | Deadline\nEmployers | Register the new forms with the tax office | 30 June 2027'),
    ).toEqual([['Register the new forms with the tax office', ['Employers']]]);
    expect(
      read(
        'Obligation | Responsible party | Timing\nReport the list of late filers | Provincial Departments of Finance | Before 15 January 2028',
      ),
    ).toEqual([['Report the list of late filers', ['Provincial Departments of Finance']]]);
  });

  it('recognises a flattened header row with | separators', () => {
    const text = rows.map((cells) => cells.join(' | ')).join('\n');
    const deadlines = extract(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['Tháng 9/2026', 'Rà soát quy hoạch chung', ['Sở Xây dựng']],
      ['Quý IV/2026', 'Tổng hợp kinh phí', ['Sở Tài chính']],
    ]);
  });

  it('reads every row of a table written with a | at both ends of each line, and a rule line', () => {
    const text = [
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Lập danh mục dự án ưu tiên | Sở Tài chính | Các sở, ngành | Tháng 5/2027 |',
      '| 2 | Số hóa hồ sơ đất đai | Văn phòng UBND tỉnh | UBND các xã; Sở Tư pháp | Quý III/2027 |',
      '| 3 | Tổng kết, đánh giá kết quả | Sở Nội vụ | Sở Tài chính | 20/12/2027 |',
      '| Chậm nhất ngày 25/12/2027 |',
    ].join('\n');
    const deadlines = extract(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['Tháng 5/2027', 'Lập danh mục dự án ưu tiên', ['Sở Tài chính']],
      ['Quý III/2027', 'Số hóa hồ sơ đất đai', ['Văn phòng UBND tỉnh']],
      ['20/12/2027', 'Tổng kết, đánh giá kết quả', ['Sở Nội vụ']],
      // A one-cell line under a row continues that row.
      ['ngày 25/12/2027', 'Tổng kết, đánh giá kết quả', ['Sở Nội vụ']],
    ]);
  });

  it('reads tab rows whose header cell or task cell wraps onto a line of its own', () => {
    const text = [
      'TT\tTên nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tHình thức văn bản\tThời hạn',
      'hoàn thành',
      '1\tSửa đổi quy chế quản lý kho lưu trữ\tSở Nội vụ\tSở Tư pháp\tQuyết định\tTháng 8/2027',
      '2\tXây dựng bộ tiêu chí đánh giá mức độ hài lòng của người dân',
      'đối với dịch vụ công\tSở Tư pháp\tCác sở, ngành\tKế hoạch\t15/10/2027',
      '3\tTập huấn nghiệp vụ cho',
      'công chức cấp xã\tSở Nội vụ\tUBND các xã\t—\tQuý IV/2027',
    ].join('\n');
    const deadlines = extract(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text.replace(/\s+/g, ' '), d.owners?.map((o) => o.text)])).toEqual([
      ['Tháng 8/2027', 'Sửa đổi quy chế quản lý kho lưu trữ', ['Sở Nội vụ']],
      [
        '15/10/2027',
        'Xây dựng bộ tiêu chí đánh giá mức độ hài lòng của người dân đối với dịch vụ công',
        ['Sở Tư pháp'],
      ],
      ['Quý IV/2027', 'Tập huấn nghiệp vụ cho công chức cấp xã', ['Sở Nội vụ']],
    ]);
  });

  it('reads a "Tiến độ hoàn thành" column as deadlines: completion is in its name', () => {
    const text = [
      '| STT | Công việc | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ hoàn thành |',
      '| 1 | Kiểm kê tài sản công | Phòng Kế hoạch - Tài chính | Các khoa, phòng | Quý II/2027 |',
      '| 2 | Lập hồ sơ đề xuất thanh lý | Phòng Hành chính | Phòng Kế hoạch - Tài chính | Trước 15/8/2027 |',
    ].join('\n');
    const deadlines = extract(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['Quý II/2027', 'Kiểm kê tài sản công', ['Phòng Kế hoạch - Tài chính']],
      ['15/8/2027', 'Lập hồ sơ đề xuất thanh lý', ['Phòng Hành chính']],
    ]);
  });

  it('reads a table flattened one cell a line, under a header with words of its own ("Thời hạn trình")', () => {
    const text = [
      'Các đề án trình Ban Thường vụ như sau:',
      'STT',
      'Tên đề án',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn trình',
      '1',
      'Đề án phát triển văn hóa đọc',
      'Ban Tuyên giáo',
      'Sở Văn hóa',
      'Tháng 5/2027',
      '2',
      'Báo cáo sơ kết công tác dân vận',
      'Ban Dân vận',
      'Các huyện ủy',
      'Quý IV/2027',
      'Hội nghị tổng kết dự kiến tổ chức ngày 20/12/2027.',
    ].join('\n');
    const dates = extract(text, { lang: 'vi' }).dates;
    expect(dates.map((d) => [d.text, d.kind, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['Tháng 5/2027', 'deadline', 'Đề án phát triển văn hóa đọc', ['Ban Tuyên giáo']],
      ['Quý IV/2027', 'deadline', 'Báo cáo sơ kết công tác dân vận', ['Ban Dân vận']],
      // The paragraph after the table is not its last row's cell.
      ['ngày 20/12/2027', 'event', undefined, undefined],
    ]);
  });

  it('keeps a lower-case cell of its own in a table one cell a line, and the text after it out of the last row', () => {
    const text = [
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn hoàn thành',
      '1',
      'Rà soát văn bản quy phạm pháp luật',
      'Vụ Pháp chế',
      'các bộ, ngành liên quan',
      'tháng 10/2027',
      '2',
      'Xây dựng cơ sở dữ liệu',
      'Trung tâm Thông tin',
      'các đơn vị thuộc Bộ',
      'quý I/2028',
      'các đơn vị tổng hợp, báo cáo Bộ Nội vụ trước ngày 15/12/2027.',
    ].join('\n');
    const dates = extract(text, { lang: 'vi' }).dates;
    expect(dates.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['tháng 10/2027', 'Rà soát văn bản quy phạm pháp luật', ['Vụ Pháp chế']],
      ['quý I/2028', 'Xây dựng cơ sở dữ liệu', ['Trung tâm Thông tin']],
      ['ngày 15/12/2027', 'tổng hợp, báo cáo Bộ Nội vụ', ['các đơn vị']],
    ]);
  });

  it('reads a key-dates table under a neutral "Date" column: a row that names its deadline is one', () => {
    const text = [
      'Key dates',
      'Item | Who | Date',
      'Decree 31 takes effect | - | 1 August 2027',
      'Deadline to register existing sites with the port authority | Seafood exporters | 15 October 2027',
      'Filing of annual returns | Fishing cooperatives | By 31 January 2028',
    ].join('\n');
    const dates = extract(text, { lang: 'en' }).dates;
    expect(dates.map((d) => [d.text, d.kind, d.owners?.map((o) => o.text)])).toEqual([
      ['1 August 2027', 'event', undefined],
      ['15 October 2027', 'deadline', ['Seafood exporters']],
      ['31 January 2028', 'deadline', ['Fishing cooperatives']],
    ]);
  });

  it('reads a PDF copy of a table one cell a line, with header and body cells wrapped over lines', () => {
    // Long enough lines set the text at one width, as a PDF copy is: its cells must not run together.
    const text = [
      'Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo có trách nhiệm tổ chức triển khai',
      'thực hiện nghiêm túc, đúng tiến độ, bảo đảm chất lượng và hiệu quả theo yêu cầu đề ra.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh',
      'về Bộ Nội vụ (qua Vụ Tổ chức - Biên chế) để được hướng dẫn, giải quyết theo quy định hiện hành.',
      'TT',
      'Nội dung công việc',
      'Cơ quan chủ',
      'trì',
      'Cơ quan phối',
      'hợp',
      'Thời hạn',
      'hoàn thành',
      '1',
      'Xây dựng Thông tư hướng dẫn quản lý hồ sơ viên chức trong các đơn vị sự nghiệp công lập của Bộ',
      'và các địa phương',
      'Vụ Công chức - Viên',
      'chức',
      'Các bộ, ngành, địa',
      'phương',
      'Tháng 10/2027',
      '- 2 -',
      '2',
      'Nâng cấp phần mềm quản lý cán bộ',
      'Trung tâm Công nghệ',
      'thông tin',
      'Văn phòng Bộ',
      'Hoàn thành trong',
      'Quý I/2028',
    ].join('\n');
    const dates = extract(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(
      dates.map((d) => [d.text, d.task?.text.replace(/\s+/g, ' '), d.owners?.map((o) => o.text.replace(/\s+/g, ' '))]),
    ).toEqual([
      [
        'Tháng 10/2027',
        'Xây dựng Thông tư hướng dẫn quản lý hồ sơ viên chức trong các đơn vị sự nghiệp công lập của Bộ và các địa phương',
        ['Vụ Công chức - Viên chức'],
      ],
      ['Quý I/2028', 'Nâng cấp phần mềm quản lý cán bộ', ['Trung tâm Công nghệ thông tin']],
    ]);
  });

  it('reads a table one cell a line past a bare page number and a header repeated after the page break, and ends it at the next section', () => {
    const text = [
      'STT',
      'Nội dung công việc',
      'Đơn vị thực hiện',
      'Thời hạn hoàn thành',
      '1',
      'Rà soát danh mục thủ tục hành chính',
      'Văn phòng UBND xã',
      'Tháng 8/2027',
      '2',
      'STT',
      'Nội dung công việc',
      'Đơn vị thực hiện',
      'Thời hạn hoàn thành',
      '2',
      'Số hóa hồ sơ đất đai',
      'Công chức địa chính',
      'Tháng 10/2027',
      '3',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Kinh tế:',
      '- Bố trí kinh phí thực hiện, trình UBND xã trước ngày 20/12/2027;',
    ].join('\n');
    const dates = extract(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(dates.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['Tháng 8/2027', 'Rà soát danh mục thủ tục hành chính', ['Văn phòng UBND xã']],
      ['Tháng 10/2027', 'Số hóa hồ sơ đất đai', ['Công chức địa chính']],
      ['ngày 20/12/2027', 'Bố trí kinh phí thực hiện, trình UBND xã', ['Phòng Kinh tế']],
    ]);
  });

  it('reads the column after the number as the task when the header names none ("Khu tái định cư")', () => {
    const flattened = [
      'TT',
      'Công trình',
      'Đơn vị thực hiện',
      'Thời hạn hoàn thành',
      '1',
      'Cầu dân sinh xã Tân Phú',
      'Ban Quản lý dự án khu vực',
      'Tháng 11/2027',
    ].join('\n');
    const piped = [
      'TT | Công trình | Đơn vị thực hiện | Thời hạn hoàn thành',
      '1 | Cầu dân sinh xã Tân Phú | Ban Quản lý dự án khu vực | Tháng 11/2027',
    ].join('\n');
    for (const text of [flattened, piped]) {
      const dates = extract(text, { lang: 'vi' }).dates;
      expect(dates.map((d) => [d.text, d.kind, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
        ['Tháng 11/2027', 'deadline', 'Cầu dân sinh xã Tân Phú', ['Ban Quản lý dự án khu vực']],
      ]);
    }
  });

  it('reads a table one cell a line under a section heading that ends in a column word ("II. PHÂN CÔNG THỰC HIỆN")', () => {
    const text = [
      'II. PHÂN CÔNG THỰC HIỆN',
      'TT',
      'Nội dung',
      'Đơn vị thực hiện',
      'Thời gian hoàn thành',
      '1',
      'Lập danh sách hộ nghèo cần hỗ trợ',
      'Hội Nông dân xã',
      '20/12/2027',
    ].join('\n');
    const dates = extract(text, { lang: 'vi' }).dates;
    expect(dates.map((d) => [d.text, d.kind, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['20/12/2027', 'deadline', 'Lập danh sách hộ nghèo cần hỗ trợ', ['Hội Nông dân xã']],
    ]);
  });

  it('reads "hạn chót nộp văn bản đăng ký: ngày …" as a deadline, not a signing date ("đăng ký" is no "ký")', () => {
    const dates = extract('Hạn chót nộp văn bản đăng ký: ngày 22/12/2027.', { lang: 'vi' }).dates;
    expect(dates.map((d) => [d.text, d.kind])).toEqual([['ngày 22/12/2027', 'deadline']]);
    // "ký" alone still dates a signing.
    expect(extract('Hợp đồng ký ngày 22/12/2025.', { lang: 'vi' }).dates.map((d) => d.kind)).toEqual(['issued']);
  });

  it('reads "lộ trình", "quy trình" as nouns, not the verb "trình"', () => {
    const [date] = extract('Hộ kinh doanh có lộ trình trả nợ nộp báo cáo về Chi cục Thuế trước ngày 10/3/2028.', {
      lang: 'vi',
    }).dates;
    // The owner does not stop inside "lộ trình", and the task does not open with its "trình".
    expect(date?.owners?.[0]?.text).toMatch(/lộ trình$/);
    expect(date?.task?.text).not.toMatch(/^trình/);
  });

  it('reads a date an event "diễn ra" on as an event, even in a clause that submits something', () => {
    const dates = extract(
      'Các sở hoàn thành báo cáo trước ngày 28/11/2027, kịp trình HĐND tỉnh tại kỳ họp dự kiến diễn ra vào đầu tháng 12/2027.',
      { lang: 'vi' },
    ).dates;
    expect(dates.map((d) => [d.text, d.kind])).toEqual([
      ['ngày 28/11/2027', 'deadline'],
      ['tháng 12/2027', 'event'],
    ]);
  });

  it('reads rows one cell a line numbered with a gap, restarted under a group row, or opening with "1."', () => {
    const header = ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời hạn hoàn thành'];
    const read = (lines: string[]) =>
      extract([...header, ...lines].join('\n'), { lang: 'vi' })
        .dates.filter((d) => d.kind === 'deadline')
        .map((d) => d.task?.text);
    const row = (n: string, task: string, month: string) => [n, task, 'Phòng Kinh tế', `Tháng ${month}/2028`];
    expect(
      read([...row('1', 'Rà soát quỹ đất', '3'), ...row('3', 'Cập nhật bảng giá', '4'), ...row('4', 'Kiểm tra', '5')]),
    ).toEqual(['Rà soát quỹ đất', 'Cập nhật bảng giá', 'Kiểm tra']);
    expect(
      read([...row('1', 'Rà soát quỹ đất', '3'), 'II. Lĩnh vực xây dựng', ...row('1', 'Cấp phép xây dựng', '4')]),
    ).toEqual(['Rà soát quỹ đất', 'Cấp phép xây dựng']);
    expect(
      read([
        ...row('1', 'Rà soát quỹ đất', '3'),
        ...row('2', '1. Kiểm tra hồ sơ; 2. Cập nhật bản đồ', '4'),
        ...row('3', 'Báo cáo', '5'),
      ]),
    ).toEqual(['Rà soát quỹ đất', '1. Kiểm tra hồ sơ; 2. Cập nhật bản đồ', 'Báo cáo']);
  });

  it('takes no column of amounts as the task column', () => {
    const text = [
      'TT | Kinh phí (triệu đồng) | Đơn vị thực hiện | Thời hạn hoàn thành',
      '1 | 500 | Phòng Kinh tế | Tháng 6/2028',
    ].join('\n');
    expect(extract(text, { lang: 'vi' }).dates.map((d) => d.task?.text)).toEqual([undefined]);
  });

  it('keeps a flattened header going past a "Sản phẩm" column after the deadline column', () => {
    const text = [
      'TT',
      'Nhiệm vụ',
      'Đơn vị chủ trì',
      'Thời hạn',
      'Sản phẩm',
      '1',
      'Xây dựng bộ chỉ số đánh giá',
      'Sở Nội vụ',
      'Tháng 9/2027',
      'Quyết định của UBND tỉnh',
    ].join('\n\n');
    const deadlines = extract(text, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['Tháng 9/2027', 'Xây dựng bộ chỉ số đánh giá', ['Sở Nội vụ']],
    ]);
  });

  it('reads each cell of a "Thời gian thực hiện" column by its own cue, one cell a paragraph', () => {
    const text = [
      'TT',
      'Nội dung công tác',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian thực hiện',
      '1.',
      'Nhận hồ sơ dự tuyển',
      'Các trường',
      'Sở Giáo dục',
      'Từ ngày 1/6 đến ngày 20/6/2026',
      '2.',
      'Công bố danh sách trúng tuyển',
      'Hội đồng tuyển sinh',
      'Các trường',
      'Trước 17h00 ngày 10/7/2026',
    ].join('\n\n');
    const dates = extract(text, { lang: 'vi' }).dates;
    expect(dates.map((d) => [d.text, d.kind])).toEqual([
      ['ngày 1/6', 'period'],
      ['ngày 20/6/2026', 'period'],
      ['ngày 10/7/2026', 'deadline'],
    ]);
    const last = dates[2] as DateMention;
    expect(reading(last)).toEqual({ task: 'Công bố danh sách trúng tuyển', owners: ['Hội đồng tuyển sinh'] });
  });

  it('an English table row keeps its own task and lead agency after the English reading', () => {
    const text = [
      'Task | Lead agency | Deadline',
      'Submit the draft decree on fees to the Government | Ministry of Finance | June 30, 2027',
      'The ministries must report the results to the Prime Minister | Ministry of Planning | by July 15, 2027',
    ].join('\n');
    const deadlines = extractDocument(text, { lang: 'en' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['June 30, 2027', 'Submit the draft decree on fees to the Government', ['Ministry of Finance']],
      ['July 15, 2027', 'The ministries must report the results to the Prime Minister', ['Ministry of Planning']],
    ]);
  });

  it('reads the same table from a page, one paragraph a line, a header cell wrapped over two', () => {
    // How a page hands its blocks to extraction (lib/page/page-text.ts): joined by "\n\uFFFC\n".
    const page = [
      'TT',
      'Nội dung công tác',
      'Đơn vị',
      'chủ trì',
      'Thời gian thực hiện',
      '1.',
      'Công bố danh sách trúng tuyển',
      'Hội đồng tuyển sinh',
      'Trước 17h00 ngày 10/7/2026',
      '2.',
      'Gửi báo cáo tổng hợp',
      'Các trường',
      'Trước ngày 20/7/2026',
    ].join('\n\uFFFC\n');
    const deadlines = extract(page, { lang: 'vi' }).dates.filter((d) => d.kind === 'deadline');
    expect(deadlines.map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['ngày 10/7/2026', 'Công bố danh sách trúng tuyển', ['Hội đồng tuyển sinh']],
      ['ngày 20/7/2026', 'Gửi báo cáo tổng hợp', ['Các trường']],
    ]);
  });
});

describe('deadlines: relative and recurring', () => {
  it('reads a limit counted from the signing date, due when the page shows that date', () => {
    const text = 'Hà Nội, ngày 05 tháng 3 năm 2026\nCác sở gửi ý kiến trong thời hạn 15 ngày kể từ ngày ký.';
    const limit = extract(text, { lang: 'vi' }).dates.find((d) => d.relative) as DateMention;
    expect(limit).toMatchObject({
      text: '15 ngày kể từ ngày ký',
      kind: 'deadline',
      value: 'P15D',
      due: '2026-03-20',
      relative: { days: 15, from: 'ngày ký' },
    });
    expect(reading(limit)).toEqual({ task: 'gửi ý kiến', owners: ['Các sở'] });
  });

  it('reads "within 30 days from" in English, without a due date when the anchor is not on the page', () => {
    const limit = extract('Investors must file the form within 30 days from the date of receipt.', { lang: 'en' })
      .dates[0] as DateMention;
    expect(limit).toMatchObject({ value: 'P30D', due: null, relative: { days: 30, from: 'the date of receipt' } });
  });

  it.each([
    ['Các xã nộp báo cáo trước ngày 20 hằng tháng.', 'ngày 20 hằng tháng', { every: 'month', day: 20, month: null }],
    ['Các đơn vị báo cáo định kỳ hằng quý.', 'định kỳ hằng quý', { every: 'quarter', day: null, month: null }],
    [
      'Doanh nghiệp nộp tờ khai chậm nhất ngày 31 tháng 3 hằng năm.',
      'ngày 31 tháng 3',
      { every: 'year', day: 31, month: 3 },
    ],
    [
      'Schools must report before the 5th of every month.',
      'the 5th of every month',
      { every: 'month', day: 5, month: null },
    ],
  ])('recurring: %s', (text, span, recurrence) => {
    const found = extract(text, { published: '2026-01-10' }).dates.find((d) => d.recurrence) as DateMention;
    expect(found).toMatchObject({ text: span, kind: 'deadline', due: null, recurrence });
  });
});

describe('deadlines: deadlineDetails option', () => {
  it('leaves task and owners unread when the caller opts out, and changes nothing else', () => {
    const text = 'Các huyện gửi báo cáo về Sở Nội vụ trước ngày 10/12/2026.';
    const full = extract(text, { lang: 'vi' }).dates[0] as DateMention;
    const bare = extract(text, { lang: 'vi', deadlineDetails: false }).dates[0] as DateMention;
    expect(full.owners?.map((o) => o.text)).toEqual(['Các huyện']);
    expect(bare.task).toBeUndefined();
    expect({ ...full, task: undefined, owners: undefined, document: undefined }).toEqual({
      ...bare,
      task: undefined,
      owners: undefined,
      document: undefined,
    });
  });
});

describe('deadlines: what a perfect tense says was done by a date', () => {
  it('is a status, not a deadline; a request or a duty in the clause still makes one', () => {
    expect(
      kinds(
        'The consultation had drawn 900 opinions by the end of March 2027. The portal has received 4,000 ' +
          'applications by April 2027. The ministry has asked provinces to finish the survey by May 2027.',
        'en',
      ),
    ).toEqual([
      ['March 2027', 'other'],
      ['April 2027', 'other'],
      ['May 2027', 'deadline'],
    ]);
  });
});
