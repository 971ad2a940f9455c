import { describe, expect, it } from 'vitest';
import { findReferences } from '../../lib/extract/refs/find-refs';
import { type RefExpectation, ref } from '../helpers/factories';

/** Every sentence here is our own; none is taken from the gold passages. */
const pick = (r: RefExpectation) => r;

describe('extract/find-refs', () => {
  const cases: [string, RefExpectation[]][] = [
    // Party N-TYPE/ISSUER
    [
      'Tỉnh ủy ban hành Kế hoạch số 45-KH/TU về chuyển đổi số.',
      [ref('Kế hoạch số 45-KH/TU', '45-KH/TU', '45-KH/TU', { family: 'party', type: 'Kế hoạch' })],
    ],
    [
      'theo Chương trình 12-CTr/TU và Công văn 903-CV/BTCTW',
      [
        ref('Chương trình 12-CTr/TU', '12-CTr/TU', '12-CTR/TU'),
        ref('Công văn 903-CV/BTCTW', '903-CV/BTCTW', '903-CV/BTCTW'),
      ],
    ],
    // State administrative N/TYPE-ISSUER and công văn N/ISSUER-UNIT
    [
      'Chỉ thị số 08/CT-TTg của Thủ tướng',
      [
        ref('Chỉ thị số 08/CT-TTg', '08/CT-TTg', '8/CT-TTG', {
          family: 'state',
          issuerName: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
        }),
      ],
    ],
    [
      'Văn bản số 7310/UBND-KGVX gửi các sở',
      [ref('Văn bản số 7310/UBND-KGVX', '7310/UBND-KGVX', '7310/UBND-KGVX', { issuer: ['UBND', 'KGVX'] })],
    ],
    // Legal normative N/YYYY/TYPE-ISSUER, laws N/YYYY/QHnn
    [
      'Nghị định 45/2023/NĐ-CP sửa đổi Thông tư 12/2022/TT-BTC',
      [
        ref('Nghị định 45/2023/NĐ-CP', '45/2023/NĐ-CP', '45/2023/ND-CP', { family: 'legal', year: 2023 }),
        ref('Thông tư 12/2022/TT-BTC', '12/2022/TT-BTC', '12/2022/TT-BTC', { year: 2022 }),
      ],
    ],
    [
      'Luật Đầu tư công số 58/2024/QH15 và Nghị quyết 99/2023/UBTVQH15',
      [
        ref('Luật Đầu tư công số 58/2024/QH15', '58/2024/QH15', '58/2024/QH15', { family: 'assembly', type: 'Luật' }),
        ref('Nghị quyết 99/2023/UBTVQH15', '99/2023/UBTVQH15', '99/2023/UBTVQH15', { family: 'assembly' }),
      ],
    ],
    // Mass organisations
    [
      'Hướng dẫn 33-HD/TWĐTN-BTC và Kế hoạch 71/KH-LĐLĐ',
      [
        ref('Hướng dẫn 33-HD/TWĐTN-BTC', '33-HD/TWĐTN-BTC', '33-HD/TWDTN-BTC', { family: 'mass' }),
        ref('Kế hoạch 71/KH-LĐLĐ', '71/KH-LĐLĐ', '71/KH-LDLD', { family: 'mass' }),
      ],
    ],
    // Headers: "Số:" is not a type word and stays outside the span
    [
      'Số: 1288/QĐ-UBND\nHà Giang, ngày 3 tháng 4 năm 2025',
      [
        ref('1288/QĐ-UBND', '1288/QĐ-UBND', '1288/QD-UBND', {
          type: null,
          typeName: { id: 'quyet-dinh', vi: 'Quyết định', en: 'Decision' },
        }),
      ],
    ],
    [
      'NGHỊ QUYẾT SỐ: 12/2025/NQ-HĐND',
      [ref('NGHỊ QUYẾT SỐ: 12/2025/NQ-HĐND', '12/2025/NQ-HĐND', '12/2025/NQ-HDND', { type: 'NGHỊ QUYẾT' })],
    ],
    // Lists sharing one type word
    [
      'Nghị quyết số 03-NQ/TU, 04-NQ/TU của Tỉnh ủy',
      [
        ref('Nghị quyết số 03-NQ/TU', '03-NQ/TU', '3-NQ/TU'),
        ref('04-NQ/TU', '04-NQ/TU', '4-NQ/TU', { type: 'Nghị quyết' }),
      ],
    ],
    [
      'Kế hoạch số 88 & 89/KH-UBND',
      [
        ref('Kế hoạch số 88', '88', '88/KH-UBND', { type: 'Kế hoạch' }),
        ref('89/KH-UBND', '89/KH-UBND', '89/KH-UBND', { type: 'Kế hoạch' }),
      ],
    ],
    // Noise: stray spaces, lost hyphens, TƯ, look-alike Đ, upper case, glued "số", line breaks
    [
      'Kết luận số 31- KL/TW và Kết luận 32 - KL/TƯ',
      [ref('Kết luận số 31- KL/TW', '31- KL/TW', '31-KL/TW'), ref('Kết luận 32 - KL/TƯ', '32 - KL/TƯ', '32-KL/TW')],
    ],
    [
      'Căn cứ Nghị định số 15/2021/NĐCP và Quyết định 204/QĐUBND',
      [
        ref('Nghị định số 15/2021/NĐCP', '15/2021/NĐCP', '15/2021/ND-CP'),
        ref('Quyết định 204/QĐUBND', '204/QĐUBND', '204/QD-UBND'),
      ],
    ],
    ['Quyết định số 71/QÐ-UBND (Ð latin)', [ref('Quyết định số 71/QÐ-UBND', '71/QÐ-UBND', '71/QD-UBND')]],
    ['theo công văn số512/SNV-VP', [ref('công văn số512/SNV-VP', '512/SNV-VP', '512/SNV-VP')]],
    ['Nghị\nquyết số\n07-NQ/ĐU', [ref('Nghị\nquyết số\n07-NQ/ĐU', '07-NQ/ĐU', '7-NQ/DU', { type: 'Nghị\nquyết' })]],
    ['- 2Chỉ thị 21/CT-UBND', [ref('Chỉ thị 21/CT-UBND', '21/CT-UBND', '21/CT-UBND')]],
    // A code glued to the next word ends at its last known group
    [
      'Quyết định 55-QĐ/TWĐTN-VPỦY BAN THƯỜNG VỤ',
      [ref('Quyết định 55-QĐ/TWĐTN-VP', '55-QĐ/TWĐTN-VP', '55-QD/TWDTN-VP')],
    ],
    // English pages
    [
      'under Decree No. 73/2024/ND-CP dated June 30, 2024',
      [ref('Decree No. 73/2024/ND-CP', '73/2024/ND-CP', '73/2024/ND-CP', { type: 'Decree' })],
    ],
    [
      'the Politburo’s Resolution 36-NQ/TW and Directive No.09/CT-TTg',
      [ref('Resolution 36-NQ/TW', '36-NQ/TW', '36-NQ/TW'), ref('Directive No.09/CT-TTg', '09/CT-TTg', '9/CT-TTG')],
    ],
    [
      'Official Letter No. 1120/UBND-NC and Official Dispatch No 52/CD-TTg',
      [
        ref('Official Letter No. 1120/UBND-NC', '1120/UBND-NC', '1120/UBND-NC'),
        ref('Official Dispatch No 52/CD-TTg', '52/CD-TTg', '52/CD-TTG'),
      ],
    ],
    [
      'Resolution No. 66-NQ/TU of the Politburo',
      [ref('Resolution No. 66-NQ/TU', '66-NQ/TU', '66-NQ/TW', { issuer: ['TW'] })],
    ],
    // A spaced dash before a lower-case word opens prose, not another group of the code
    [
      'Decree 70/2025/ND-CP — the new rules on invoices; Quyết định số 12/2025/QĐ - UBND',
      [
        ref('Decree 70/2025/ND-CP', '70/2025/ND-CP', '70/2025/ND-CP'),
        ref('Quyết định số 12/2025/QĐ - UBND', '12/2025/QĐ - UBND', '12/2025/QD-UBND'),
      ],
    ],
    // Weak references: a type word with a bare number, also across a wrapped line after "số"
    ['Thực hiện Chỉ thị số\n17 của Thủ tướng', [ref('Chỉ thị số\n17', '17', '17-chi-thi', { confidence: 'low' })]],
    [
      'thực hiện Chỉ thị số 24 và Resolution No. 41',
      [
        ref('Chỉ thị số 24', '24', '24-chi-thi', { confidence: 'low' }),
        ref('Resolution No. 41', '41', '41-nghi-quyet', { confidence: 'low' }),
      ],
    ],
  ];

  it.each(cases)('%j', (input, expected) => {
    const found = findReferences(input);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(found[i]).toMatchObject(pick(want));
      expect(input.slice(found[i]?.start, found[i]?.end)).toBe(found[i]?.text);
    });
  });

  const notReferences = [
    'Decree 70 — the new rules on invoices take effect',
    // a type word that ends a table cell, and the next row's number
    'Sản phẩm\tKế hoạch\n2\tRà soát danh mục\tQuyết định\n3\tBáo cáo',
    // a title, and the first item of the text under it
    'KẾ HOẠCH\n1. Tính đến cuối năm, toàn tỉnh có 120 điểm phục vụ',
    'Kế hoạch\n2) Mục đích, yêu cầu',
    'Liên hệ 0243.825.3535 hoặc 03-5730-2357',
    'đạt 21/25 tiêu chí, 98%, thu 1.500.000 đồng',
    'quy hoạch chi tiết 1/500, tiêu chuẩn TCVN 6909:2001, QCVN 01:2019/BYT',
    'xe biển số 29A-123.45 và 43H-0530',
    'theo Điều 15, khoản 1 Điều 21 và Điều 20, 21',
    'ngày 5/11/2012, tháng 12/2020, giai đoạn 2021-2030, ngày 01-10-1997',
    'Hội nghị Trung ương 6, Nghị quyết Trung ương 4, Chương trình MTQG 1719',
    'Báo cáo 6 tháng đầu năm; Kế hoạch 2026 của huyện',
    'tốc độ 50 km/h, giá 200 đ/kg, COVID-19, đường 2-9',
  ];
  it.each(notReferences)('finds nothing in %j', (input) => {
    expect(findReferences(input)).toEqual([]);
  });

  it('gives every spelling of one document the same key', () => {
    const spellings = [
      'Chỉ thị 19-CT/TƯ',
      'Chỉ thị 19-ct/tw',
      'CHỈ THỊ 19 - CT/TW',
      'Chỉ thị 019-CT/TW',
      'Chỉ thị 19/CT-TW',
    ];
    expect(new Set(spellings.map((s) => findReferences(s)[0]?.key))).toEqual(new Set(['19-CT/TW']));
  });

  it('reads decomposed (NFD) text and reports offsets in it', () => {
    const text = 'Ông nêu Chỉ thị số 19-CT/TƯ xong.'.normalize('NFD');
    const [found] = findReferences(text);
    expect(found?.text).toBe('Chỉ thị số 19-CT/TƯ'.normalize('NFD'));
    expect(text.slice(found?.start, found?.end)).toBe(found?.text);
    expect(found?.key).toBe('19-CT/TW');
  });

  it.each([
    'Kế hoạch số 154 & 201/KH-ĐHHV',
    'Kế hoạch số 154, 201/KH-ĐHHV',
    'Kế hoạch số 154 và 201/KH-ĐHHV',
    'Kế hoạch số 154 &      201/KH-ĐHHV',
  ])('gives a number that shares the next code its symbol: %j', (text) => {
    expect(findReferences(text).map((r) => [r.key, r.type])).toEqual([
      ['154/KH-DHHV', 'Kế hoạch'],
      ['201/KH-DHHV', 'Kế hoạch'],
    ]);
  });

  describe('on hostile input', () => {
    /** Runs `work` and fails when it takes longer than `ms` (sync work cannot be cut off by vitest's timeout). */
    function within<T>(ms: number, work: () => T): T {
      const started = performance.now();
      const result = work();
      expect(performance.now() - started).toBeLessThan(ms);
      return result;
    }
    const runs = `${'1/'.repeat(5000)}${'1-A'.repeat(5000)}${'A-'.repeat(5000)}${'9'.repeat(5000)}/${'Đ'.repeat(5000)}`;

    it('finds nothing in runs of digits, slashes, hyphens and capitals', () => {
      expect(within(2000, () => findReferences(runs))).toEqual([]);
    });

    it('still finds the real codes on both sides of such runs', () => {
      const found = within(2000, () =>
        findReferences(`Chỉ thị số 08/CT-TTg đã nêu. ${runs} Theo Kế hoạch số 45-KH/TU.`),
      );
      expect(found.map((r) => [r.text, r.key])).toEqual([
        ['Chỉ thị số 08/CT-TTg', '8/CT-TTG'],
        ['Kế hoạch số 45-KH/TU', '45-KH/TU'],
      ]);
    });

    it('tests a long white-space gap between two codes in linear time', () => {
      // The "x" makes the list test fail at the end of the gap: a backtracking test was quadratic.
      const gap = ' '.repeat(64_000);
      const found = within(2000, () => findReferences(`Nghị quyết số 18-NQ/TW${gap}x 19-NQ/TW`));
      expect(found.map((r) => [r.code, r.type])).toEqual([
        ['18-NQ/TW', 'Nghị quyết'],
        ['19-NQ/TW', null],
      ]);
    });

    it('still joins a list whose separator is padded with a long run of white space', () => {
      const found = within(2000, () => findReferences(`Nghị quyết số 18-NQ/TW,${' '.repeat(64_000)}19-NQ/TW`));
      expect(found.map((r) => [r.code, r.type])).toEqual([
        ['18-NQ/TW', 'Nghị quyết'],
        ['19-NQ/TW', 'Nghị quyết'],
      ]);
    });

    it('does not join codes separated by more than list words', () => {
      const found = findReferences('Nghị quyết số 18-NQ/TW, theo đó 19-NQ/TW');
      expect(found.map((r) => r.type)).toEqual(['Nghị quyết', null]);
    });

    it('reads thousands of glued codes one by one', () => {
      const found = within(2000, () => findReferences(`Chỉ thị ${'19-CT/TƯ-'.repeat(5000)}`));
      expect(found).toHaveLength(5000);
      expect(new Set(found.map((r) => r.key))).toEqual(new Set(['19-CT/TW']));
      expect(found[0]?.type).toBe('Chỉ thị');
    });

    it('keeps offsets right around lone surrogates', () => {
      const text = '\uD800Chỉ thị số 19-CT/TƯ\uDBFF và \uDC00 08/CT-TTg';
      const found = findReferences(text);
      expect(found.map((r) => r.key)).toEqual(['19-CT/TW', '8/CT-TTG']);
      for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.text);
    });
  });
});
