/**
 * The page-wide scans that skip ahead (time-column headers only near cell edges, recurrence openers
 * through one rare character) must find exactly what one plain scan of the page finds. Random texts
 * built from our own fragments, edges, blanks and near misses, against the plain scans written out.
 */
import { describe, expect, it } from 'vitest';
import { HEADER_WORD_RE as SHIPPED_HEADER_WORD_RE, tableWindows } from '../../lib/extract/deadlines/tables';
import { findLiterals } from '../../lib/extract/text/literals';
import { seededRandom } from '../helpers/seeded-random';

/** The shipped header pattern, scanned plainly over the whole text. */
const HEADER_WORD_RE = new RegExp(SHIPPED_HEADER_WORD_RE.source, SHIPPED_HEADER_WORD_RE.flags);

/** The plain scan: every match of the header pattern over the whole text, kept where it stands alone. */
function plainWindows(text: string): Array<{ start: number; end: number }> {
  const windows: Array<{ start: number; end: number }> = [];
  HEADER_WORD_RE.lastIndex = 0;
  for (let m = HEADER_WORD_RE.exec(text); m; m = HEADER_WORD_RE.exec(text)) {
    const end = m.index + m[0].length;
    // The header word, up to three words of its own, the cell's edge (two spaces between columns aligned with spaces).
    if (!/^(?:[ \t]+[\p{L}\p{M}]+){0,3}(?:[ \t:]*(?:[\n|\t]|$)|:? {2})/u.test(text.slice(end, end + 40))) continue;
    if (!/(?:^|[\n|\t])[ \t]{0,4}$| {2}$/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    // The line's start at most 600 before the header's reach (600 back), else that far back.
    const reach = Math.max(0, m.index - 600);
    const newline = text.lastIndexOf('\n', reach);
    const start = newline >= reach - 600 && newline >= 0 ? newline + 1 : Math.max(0, reach - 600);
    const windowEnd = Math.min(text.length, m.index + 40_000);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, windowEnd);
    else windows.push({ start, end: windowEnd });
  }
  return windows;
}

const random = (seed: number) => seededRandom(seed).fraction;

function randomText(next: () => number, pieces: string[], count: number, filler = 0): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    text += pieces[Math.floor(next() * pieces.length)];
    if (filler) text += 'x'.repeat(Math.floor(next() * filler));
  }
  return text;
}

const HEADER_PIECES = [
  'Thời hạn',
  'thời gian',
  'Thời\nhạn chót',
  'THỜI HẠN',
  'Thời gian hoàn thành',
  'hạn chót',
  'Hạn chót',
  'Hạn nộp',
  'hạn cuối',
  'Các mốc thời gian',
  'Ngày chậm nhất phải hoàn thành',
  'Deadline',
  'Due date',
  'Timeline',
  'Implementation time',
  'Implementation',
  'Date',
  'Dates',
  'Ngày',
  'Thời\t',
  '\n',
  '\n',
  '|',
  '\t',
  ' ',
  '  ',
  '    ',
  ':',
  '1.',
  'Nhiệm vụ',
  'Đơn vị chủ trì',
  'Thực hiện',
  'ngày',
  'Th',
];

describe('time-column headers near cell edges', () => {
  it('finds the windows one plain scan of the text finds', () => {
    const next = random(7);
    for (let round = 0; round < 400; round++) {
      const text = randomText(next, HEADER_PIECES, 5 + Math.floor(next() * 60), round % 3 === 0 ? 90 : 0);
      expect(tableWindows(text), JSON.stringify(text)).toEqual(plainWindows(text));
    }
  });

  it("looks for the line start at most 600 before the header's reach: a line of tabs costs no scan to the page's start", () => {
    const text = `${'x'.repeat(3000)}\tThời hạn\n`;
    expect(tableWindows(text)[0]?.start).toBe(3001 - 1200);
    expect(tableWindows(`a\n${'x'.repeat(900)}\tThời hạn\n`)[0]?.start).toBe(2);
  });

  it('keeps a header whose words an earlier match ran over out, as the plain scan does', () => {
    // "Thời\nhạn" is one match: "hạn chót" after the line break is never a match of its own.
    const text = 'Báo cáo Thời\nhạn chót\nNhiệm vụ';
    expect(plainWindows(text)).toEqual([]);
    expect(tableWindows(text)).toEqual([]);
    expect(tableWindows('Nhiệm vụ\nhạn chót\nx').length).toBe(1);
  });
});

describe('literals found through a rare piece', () => {
  const literals = [
    { literal: 'định kỳ ', needle: 'ỳ' },
    { literal: ' hằng tháng', needle: 'ằ' },
    { literal: ' hàng tháng', needle: 'àng t' },
  ];
  it('finds every occurrence, overlapping ones included, in order', () => {
    const next = random(11);
    const pieces = ['định kỳ', ' ', ' hằng tháng', ' hàng tháng', 'kỳ ', 'à', 'x', 'định kỳ hằng tháng'];
    for (let round = 0; round < 200; round++) {
      const text = randomText(next, pieces, 30);
      const plain: Array<{ index: number; literal: string }> = [];
      for (let i = 0; i < text.length; i++) {
        for (const { literal } of literals) if (text.startsWith(literal, i)) plain.push({ index: i, literal });
      }
      expect(findLiterals(text, literals)).toEqual(plain);
    }
  });
});
