import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import { extract } from '../../lib/extract/index';
import type { DateMention } from '../../lib/extract/types';
import '../helpers/english';

/** Every sentence here is our own. Expectations list [text, value, kind, due?] in order. */
type Expected = [text: string, value: string, kind: DateMention['kind'], due?: string];
const row = (d: DateMention): Expected => (d.due ? [d.text, d.value, d.kind, d.due] : [d.text, d.value, d.kind]);
const vi = (text: string, published?: string) => extract(text, { lang: 'vi', published }).dates.map(row);
const en = (text: string, published?: string) => extractDocument(text, { lang: 'en', published }).dates.map(row);

describe('extract/find-dates', () => {
  const vietnamese: [string, Expected[], string?][] = [
    // Deadlines and their due dates
    ['Các sở báo cáo trước ngày 20/12/2026.', [['ngày 20/12/2026', '2026-12-20', 'deadline', '2026-12-20']]],
    ['Việc số hóa hoàn thành trong tháng 11/2026.', [['tháng 11/2026', '2026-11', 'deadline', '2026-11-30']]],
    ['Tổ chức đại hội trước quý IV/2026.', [['quý IV/2026', '2026-Q4', 'deadline', '2026-09-30']]],
    [
      'Gửi hồ sơ chậm nhất ngày 15 tháng 01 năm 2027.',
      [['ngày 15 tháng 01 năm 2027', '2027-01-15', 'deadline', '2027-01-15']],
    ],
    ['Giấy phép có giá trị đến hết ngày 31/12/2026.', [['ngày 31/12/2026', '2026-12-31', 'deadline', '2026-12-31']]],
    ['Phấn đấu đến năm 2030 hoàn thành.', [['năm 2030', '2030', 'deadline', '2030-12-31']]],
    // "trong" without "hoàn thành" is a schedule, not a deadline
    ['Kế hoạch sẽ được quán triệt trong tháng 12/2026.', [['tháng 12/2026', '2026-12', 'event']]],
    // Issue dates of references, and news leads about an issuing
    ['thực hiện Chỉ thị số 05-CT/TU, ngày 3/2/2026 của Tỉnh ủy', [['ngày 3/2/2026', '2026-02-03', 'issued']]],
    [
      'Ngày 17/11, UBND tỉnh ban hành Kế hoạch số 301/KH-UBND về chuyển đổi số.',
      [['Ngày 17/11', '2026-11-17', 'issued']],
      '2026-11-18',
    ],
    ['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', [['ngày 19 tháng 6 năm 2015', '2015-06-19', 'issued']]],
    // A stray space before the first slash of a whole date; not in a code, nor without a year
    ['theo Công văn số 88/UBND-KT 12 /3/2025 của tỉnh.', [['12 /3/2025', '2025-03-12', 'issued']]],
    ['Nghị định số 14 /2025/NĐ-CP và mục 12 /3 của phụ lục.', []],
    ['Trụ sở tại số 7 /12/20 đường Lê Lợi.', []],
    // Stamps and document date lines
    ['Tin tức (14:05 18/11/2026)\nNội dung', [['18/11/2026', '2026-11-18', 'published']]],
    ['Thứ Sáu, 13/11/2026 05:57', [['13/11/2026', '2026-11-13', 'published']]],
    ['Cập nhật 2026-11-13 03:39:32', [['2026-11-13', '2026-11-13', 'published']]],
    // An ISO month only after a publication label: elsewhere "2026-11" is no date
    ['date 2026-11 Các sở triển khai kế hoạch.', [['2026-11', '2026-11', 'published']]],
    ['Ngày đăng: 2026-10\nNội dung', [['2026-10', '2026-10', 'published']]],
    ['Mã hồ sơ 2026-11 đã được tiếp nhận.', []],
    ['Số: 12/KH-UBND\nHà Nội, ngày 12 tháng 11 năm 2026', [['ngày 12 tháng 11 năm 2026', '2026-11-12', 'published']]],
    // Events and the year from the page's stamp
    ['Sáng 16/11, hội nghị diễn ra tại Hà Nội.', [['16/11', '2026-11-16', 'event']], '2026-11-18'],
    ['Chiều 9/8, đoàn công tác làm việc.', [['9/8', '--08-09', 'event']]],
    // Ranges and coordinations lend each other month and year
    [
      'Đại hội diễn ra từ ngày 05 đến ngày 07/12/2026.',
      [
        ['ngày 05', '2026-12-05', 'period'],
        ['ngày 07/12/2026', '2026-12-07', 'period'],
      ],
    ],
    [
      'Hội nghị trong các ngày 12 và 13/4/2026.',
      [
        ['ngày 12', '2026-04-12', 'event'],
        ['13/4/2026', '2026-04-13', 'event'],
      ],
    ],
    // A list of days shares the month and year of its last date; a lone list of numbers is no date.
    [
      'Kỳ sát hạch diễn ra vào các ngày 7, 8 và 9/5/2027.',
      [
        ['ngày 7', '2027-05-07', 'event'],
        ['8', '2027-05-08', 'event'],
        ['9/5/2027', '2027-05-09', 'event'],
      ],
    ],
    [
      'Tuyển sinh lớp 10 trong các ngày 3, 4, 5-6-2027.',
      [
        ['ngày 3', '2027-06-03', 'event'],
        ['4', '2027-06-04', 'event'],
        ['5-6-2027', '2027-06-05', 'event'],
      ],
    ],
    ['Ngày 3, 4 và 5 đoàn về cơ sở; điều 7, 8 của quy chế.', []],
    // A day-month range whose second end carries the year, written without spaces
    [
      'Ngày 2/3-9/3/2027: các trường nhận hồ sơ.',
      [
        ['Ngày 2/3', '2027-03-02', 'period'],
        ['9/3/2027', '2027-03-09', 'period'],
      ],
    ],
    // A time before the range's second end keeps the range: its year reaches the first end
    [
      "Nhận hồ sơ từ 10/8 đến 16h30', ngày 14/8/2027.",
      [
        ['10/8', '2027-08-10', 'period'],
        ['ngày 14/8/2027', '2027-08-14', 'period'],
      ],
    ],
    [
      'Từ 8 giờ ngày 2/9 đến 17 giờ ngày 06/9/2027, các trường cập nhật dữ liệu.',
      [
        ['ngày 2/9', '2027-09-02', 'period'],
        ['ngày 06/9/2027', '2027-09-06', 'period'],
      ],
    ],
    // A compressed range of quarters: both ends, the year from the second
    [
      'Thực hiện trong quý I-II/2027.',
      [
        ['quý I', '2027-Q1', 'period'],
        ['II/2027', '2027-Q2', 'period'],
      ],
    ],
    // A compressed range of months, spaced or not: the first borrows the second's year
    [
      'Rà soát trong tháng 2 - 5/2027, nghiệm thu tháng 9-11/2027.',
      [
        ['tháng 2', '2027-02', 'period'],
        ['5/2027', '2027-05', 'period'],
        ['tháng 9', '2027-09', 'period'],
        ['11/2027', '2027-11', 'period'],
      ],
    ],
    ['Tỷ lệ tăng 6.5-7.5/2027 so với kế hoạch.', []],
    [
      'Tập huấn ngày 04-10/3/2026.',
      [
        ['ngày 04', '2026-03-04', 'period'],
        ['10/3/2026', '2026-03-10', 'period'],
      ],
    ],
    [
      'Dự kiến từ tháng 4 đến hết tháng 5/2026.',
      [
        ['tháng 4', '2026-04', 'period'],
        ['tháng 5/2026', '2026-05', 'period'],
      ],
    ],
    // Years, periods, quarters and other forms
    [
      'nhiệm kỳ 2025-2030 và giai đoạn 2026 – 2030',
      [
        ['2025-2030', '2025/2030', 'period'],
        ['2026 – 2030', '2026/2030', 'period'],
      ],
    ],
    [
      'đến năm 2030, tầm nhìn đến năm 2045',
      [
        ['năm 2030', '2030', 'deadline', '2030-12-31'],
        ['năm 2045', '2045', 'other'],
      ],
    ],
    [
      'Báo cáo quý 3/2026 và QUÝ 1 NĂM 2027',
      [
        ['quý 3/2026', '2026-Q3', 'other'],
        ['QUÝ 1 NĂM 2027', '2027-Q1', 'other'],
      ],
    ],
    ['Thi công từ tháng 7.2026', [['tháng 7.2026', '2026-07', 'event']]],
    ['vào ngày mồng 3 tháng 3 năm 2026', [['ngày mồng 3 tháng 3 năm 2026', '2026-03-03', 'event']]],
    [
      'ngày 5-11-2026 và ngày 6.11.2026',
      [
        ['ngày 5-11-2026', '2026-11-05', 'event'],
        ['ngày 6.11.2026', '2026-11-06', 'event'],
      ],
    ],
    // Scraped text without spaces, and a line break inside
    ['ngày22 tháng 7 năm 2026', [['ngày22 tháng 7 năm 2026', '2026-07-22', 'event']]],
    ['vào ngày 18\ntháng 11 năm 2026', [['ngày 18\ntháng 11 năm 2026', '2026-11-18', 'event']]],
  ];
  it.each(vietnamese)('%j', (text, expected, published) => {
    expect(vi(text, published)).toEqual(expected);
  });

  const notDates = [
    'trong 10 năm, 6 tháng và 105 ngày',
    'Đại hội khóa XIII, lần thứ 22, Kỳ họp thứ 6',
    'đạt 21/25 tiêu chí, 16/63 tỉnh, 45.799/36.875 hồ sơ',
    'lúc 8h00 và 16:21',
    'trên đường 2-9 và mục 14.1.',
    'theo Nghị định 30/2020/NĐ-CP',
    'ngày 31/2/2026, ngày 32/1/2026, tháng 13/2026',
    'gọi 0243.825.3535, tăng 6.5-7.5%, thu 1.500.000 đồng',
  ];
  it.each(notDates)('finds no date in %j', (text) => {
    expect(vi(text)).toEqual([]);
  });

  it('leaves the year unknown without a stamp, and takes it from the stamp in the text', () => {
    expect(vi('Ngày 19/11, hội nghị diễn ra.')).toEqual([['Ngày 19/11', '--11-19', 'event']]);
    expect(vi('(09:00 20/11/2026)\nNgày 19/11, hội nghị diễn ra.')[1]).toEqual(['Ngày 19/11', '2026-11-19', 'event']);
  });

  it('takes the year from a stamp that gives only year and month', () => {
    expect(vi('date 2027-05 Các dự án phải khởi công trước ngày 20-5.')[1]).toEqual([
      'ngày 20-5',
      '2027-05-20',
      'deadline',
      '2027-05-20',
    ]);
  });

  it('gives a deadline on a December page next year', () => {
    expect(vi('Nộp trước ngày 15/1.', '2026-12-20')).toEqual([['ngày 15/1', '2027-01-15', 'deadline', '2027-01-15']]);
  });

  it('links each issue date to its reference', () => {
    const { references } = extract('Kết luận số 14-KL/TW, ngày 22/9/2025 và Chỉ thị số 05/CT-TTg', { lang: 'vi' });
    expect(references.map((r) => r.issued)).toEqual(['2025-09-22', null]);
  });

  const english: [string, Expected[], string?][] = [
    // A full month before a stop and a list number is no day; a day before a stop and the next item is one.
    [
      'Ministries report in October.\n\n3. Provinces report by November 30.\n\n4. The ministry reviews.',
      [
        ['October', '--10', 'event'],
        ['November 30', '--11-30', 'deadline'],
      ],
    ],
    ['under Decree No. 30/2020/ND-CP dated March 5, 2020', [['March 5, 2020', '2020-03-05', 'issued']]],
    // A status cut-off with a part of the month: the lone month is a date
    [
      'As of mid-March, 40 provinces had reported. As of the end of October, the fund had paid out.',
      [
        ['March', '--03', 'other'],
        ['October', '--10', 'other'],
      ],
    ],
    ['reports are due by June 30, 2027', [['June 30, 2027', '2027-06-30', 'deadline', '2027-06-30']]],
    // A quarter's short form; a range of days in one month; a moved due date; how long an event lasts
    ['Firms must file the forms by Q3 2027.', [['Q3 2027', '2027-Q3', 'deadline', '2027-09-30']]],
    [
      'The fair runs from May 4 to 6, 2027.',
      [
        ['May 4', '2027-05-04', 'period'],
        ['6, 2027', '2027-05-06', 'period'],
      ],
    ],
    [
      'The fair runs May 4-6, 2027.',
      [
        ['May 4', '2027-05-04', 'period'],
        ['6, 2027', '2027-05-06', 'period'],
      ],
    ],
    [
      'The ministry has moved the filing deadline from March 1, 2027 to May 31, 2027.',
      [
        ['March 1, 2027', '2027-03-01', 'deadline', '2027-03-01'],
        ['May 31, 2027', '2027-05-31', 'deadline', '2027-05-31'],
      ],
    ],
    [
      'The session will open on May 20, 2027 and last until June 26, 2027.',
      [
        ['May 20, 2027', '2027-05-20', 'event'],
        ['June 26, 2027', '2027-06-26', 'event'],
      ],
    ],

    ['from now until June 30, 2027 the ministry must act', [['June 30, 2027', '2027-06-30', 'deadline', '2027-06-30']]],
    ['no later than April 19, 2027', [['April 19, 2027', '2027-04-19', 'deadline', '2027-04-19']]],
    ['it must finish before December 31', [['December 31', '2026-12-31', 'deadline', '2026-12-31']], '2026-11-20'],
    [
      'The meeting was held on 5 March 2026 and in June 2026.',
      [
        ['5 March 2026', '2026-03-05', 'event'],
        ['June 2026', '2026-06', 'event'],
      ],
    ],
    [
      'held on June 30 and July 01, 2026',
      [
        ['June 30', '2026-06-30', 'event'],
        ['July 01, 2026', '2026-07-01', 'event'],
      ],
    ],
    ['Hanoi, November 01, 2026\nRESOLUTION', [['November 01, 2026', '2026-11-01', 'published']]],
    ['July 28, 2026 11:02 AM GMT+7', [['July 28, 2026', '2026-07-28', 'published']]],
    // compromise resolves the phrases our grammar leaves
    [
      'The plan must be sent by the end of the second quarter.',
      [['second quarter', '2026-Q2', 'deadline', '2026-06-30']],
      '2026-02-20',
    ],
    [
      'Pilot congresses are scheduled for the early third quarter of 2026.',
      [['third quarter of 2026', '2026-Q3', 'event']],
    ],
  ];
  it.each(english)('English: %j', (text, expected, published) => {
    expect(en(text, published)).toEqual(expected);
  });

  it('leaves quarter phrases to the English fallback when called without it', () => {
    expect(extract('by the end of the second quarter', { lang: 'en', published: '2026-02-20' }).dates).toEqual([]);
  });
});

describe('round 17: dates a news report names by the day it speaks of, and the month May', () => {
  const values = (text: string, lang: 'vi' | 'en' = 'vi') => extractDocument(text, { lang }).dates.map((d) => d.value);

  it('reads a day in brackets after "sáng nay", "chiều nay", "hôm qua"', () => {
    expect(values('Tính đến 9 giờ sáng nay (14/11), toàn tỉnh đã sơ tán 2.300 hộ dân.')).toEqual(['--11-14']);
    expect(values('Chiều nay (3/8), Sở Y tế họp báo.')).toEqual(['--08-03']);
    // Brackets after anything else keep a bare day/month out: a count or a ratio is as likely.
    expect(values('Số hồ sơ đã xử lý (14/20) đạt yêu cầu.')).toEqual([]);
  });

  it('reads a lone "May" after "the end of", "in", "by" as the month, never the modal', () => {
    expect(values('Schools must order their textbooks by the end of May.', 'en')).toHaveLength(1);
    expect(values('Payments made in May, the ministry said, are on time.', 'en')).toHaveLength(1);
    expect(values('Provinces may submit their plans later.', 'en')).toEqual([]);
    expect(values('In some cases the board may decide otherwise.', 'en')).toEqual([]);
  });
});
