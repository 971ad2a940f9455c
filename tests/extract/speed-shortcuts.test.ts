/**
 * This round's speed shortcuts must answer exactly what the plain code answers: the numeric date
 * pattern compiled without group names, `phrase`'s lower-case shortcut and memo, and the clause
 * readers' first-character rejections, the clause start's memory of boundary-free text. Every
 * sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import {
  DATE_LEAD_WORDS_EN,
  DATE_LEAD_WORDS_VI,
  NUMERIC_DATE_EN_RE,
  NUMERIC_DATE_RE,
  numericDateSource,
  numericGroups,
} from '../../lib/extract/dates/patterns';
import { clauseStart } from '../../lib/extract/deadlines/clause';
import { verbAt } from '../../lib/extract/deadlines/word-classes';
import { extract } from '../../lib/extract/index';
import { phrase } from '../../lib/extract/text/left-context';
import { seededRandom } from '../helpers/seeded-random';

/** Every match of `re` in `text` as [index, text, groups]. */
function matches(re: RegExp, text: string, groups: (m: RegExpExecArray) => unknown): unknown[] {
  const found: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m[0], groups(m)]);
  return found;
}

const DATE_LINES = [
  'Ngày 12/3/2024, ngày 5.6.21 và 7-8-2023; hạn 2024-05-06, giai đoạn 2021 – 2030, 2020-2025.',
  'Từ 04-10/3/2024, từ 8/7-17/7/2017, tháng 12-2019, tháng 7/2025, tháng 10.2026, ngày 9/8.',
  '18 tháng 11 năm 2020, 3 tháng 5, mồng 3, mùng 10, năm 2030, tháng 10 (năm 2017), 20:34.',
  '1.500.000 đồng, 6.5-7.5%, 30/2020/NĐ-CP, số 12/CT-TTg, 1/500, 17 %, 2022-09, date 2022-09.',
  'in 2025, by 2030, By2050, from 12/5 to 20/5, until 31/12/2026, 31/5/20 23, 5/6/2021.7',
];

describe('the numeric date pattern without group names', () => {
  it('finds the same spans and groups as the pattern with names, for both languages', () => {
    for (const [re, words] of [
      [NUMERIC_DATE_RE, DATE_LEAD_WORDS_VI],
      [NUMERIC_DATE_EN_RE, DATE_LEAD_WORDS_EN],
    ] as const) {
      const named = new RegExp(numericDateSource(words), 'gi');
      for (const line of [...DATE_LINES, DATE_LINES.join('\n').toUpperCase()]) {
        const plain = matches(re, line, (m) => ({ ...numericGroups(m) }));
        expect(plain.length).toBeGreaterThan(0);
        expect(plain).toEqual(matches(named, line, (m) => ({ ...m.groups })));
      }
    }
  });
});

describe('phrase', () => {
  /** phrase as written before its shortcuts: NFC and one space only for marks and odd spacing. */
  const reference = (piece: string) =>
    /[\u0300-\u036f\n\r\t\u00a0\u202f\u3000]| {2}/.test(piece)
      ? piece.normalize('NFC').toLowerCase().replace(/\s+/g, ' ')
      : piece.toLowerCase();

  it('lowers every unit below U+2060 as toLowerCase does, at a word start and inside', () => {
    for (let code = 0; code < 0x2060; code++) {
      const unit = String.fromCharCode(code);
      for (const word of [`${unit}ab`, `Ke${unit}`, `${unit}`]) {
        // Twice: the second answer comes from the memo or the table.
        expect(phrase(word, 0, word.length)).toBe(reference(word));
        expect(phrase(word, 0, word.length)).toBe(reference(word));
      }
    }
  });

  it('keeps toLowerCase’s context rules and decomposed text', () => {
    for (const word of [
      'ΟΔΟΣ',
      'ΣΑ',
      'İstanbul',
      'Kế Hoạch',
      'QUYẾT ĐỊNH',
      'Nghị  quyết',
      'Số:',
      'Ngày'.normalize('NFD'),
    ])
      expect(phrase(`x ${word} y`, 2, 2 + word.length)).toBe(reference(word));
  });
});

describe('verbAt', () => {
  it('turns down a capitalised word only when capitals are not allowed, whatever its script', () => {
    expect(verbAt('Sở gửi báo cáo', 3, false, false)).toBe(true);
    expect(verbAt('Sở Gửi báo cáo', 3, false, false)).toBe(false);
    expect(verbAt('Sở Gửi báo cáo', 3, false, true)).toBe(true);
    expect(verbAt('Sở Ban hành quy chế', 3, false, false)).toBe(false);
  });

  it('keeps the noun tails and levels that are no verbs', () => {
    // "vận tải" ends a body's name; "cấp tỉnh" is a level; "Tải" and "Cấp" are capitalised.
    const text = 'Sở Giao thông vận tải hướng dẫn; UBND cấp tỉnh chủ trì';
    expect(verbAt(text, text.indexOf('tải'), false, false)).toBe(false);
    expect(verbAt(text, text.indexOf('cấp'), false, false)).toBe(false);
    expect(verbAt(text, text.indexOf('hướng'), false, false)).toBe(true);
  });
});

describe('deadline details after the shortcuts', () => {
  it('reads a plan named again across a semicolon, and the subject of the clause after it', () => {
    const text =
      'Căn cứ Kế hoạch số 45-KH/UBND ngày 2/3/2026 của UBND tỉnh. Bộ Tài chính ban hành Quyết định số 9/QĐ-BTC. ' +
      'Theo kế hoạch, các đơn vị được UBND tỉnh giao chủ trì báo cáo kết quả; Sở Nội vụ tổng hợp trước ngày 30/6/2026.';
    const deadline = extract(text, { lang: 'vi' }).dates.find((d) => d.kind === 'deadline');
    // The plan, not the decision named last: "Theo kế hoạch" opens the sentence before its ";".
    expect(deadline?.document).toBe('45-KH/UBND');
    // The clause after the semicolon has a subject of its own, so the body described before it is not the owner.
    expect(deadline?.owners?.map((o) => o.text)).toEqual(['Sở Nội vụ']);
  });
});

describe('clauseStart with its memory of boundary-free text', () => {
  /** The plain scan: back from `pos` to the nearest boundary, at most `limit` characters. */
  function plainClauseStart(text: string, pos: number, limit: number, semicolons: boolean): number {
    const floor = Math.max(0, pos - limit);
    for (let i = pos - 1; i >= floor; i--) {
      const c = text[i] as string;
      if ('\n!?|\t'.includes(c) || (c === ';' && semicolons)) return i + 1;
      if (c === '.' && (i + 1 >= text.length || ' \n\r\u00a0'.includes(text[i + 1] as string))) return i + 1;
    }
    return floor;
  }

  it('answers as the plain scan for positions in any order, two texts and both semicolon rules', () => {
    const random = seededRandom(7).fraction;
    const pieces = ['ngày 1/1/2020, ', 'hoàn thành ', '; ', '. ', '3.5 ', '\n', 'TP.HCM ', '| ', 'x'];
    const makeText = () => Array.from({ length: 400 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    const texts = [makeText(), makeText()];
    let pos = 0;
    for (let round = 0; round < 5000; round++) {
      const text = texts[random() < 0.9 ? 0 : 1] as string;
      // Mostly a little further on, as dates come, sometimes a jump anywhere.
      pos =
        random() < 0.8
          ? Math.min(text.length, pos + Math.floor(random() * 30))
          : Math.floor(random() * (text.length + 1));
      const limit = random() < 0.8 ? 240 : Math.floor(random() * 600);
      const semicolons = random() < 0.8;
      expect(clauseStart(text, pos, limit, semicolons), `round ${round}`).toBe(
        plainClauseStart(text, pos, limit, semicolons),
      );
    }
  });

  it('gives every date of a paragraph made of dates the start the plain scan gives', () => {
    const text = 'ngày 1/1/2020, '.repeat(200);
    for (let pos = 0; pos <= text.length; pos += 15)
      expect(clauseStart(text, pos)).toBe(plainClauseStart(text, pos, 240, true));
  });
});
