import { describe, expect, it } from 'vitest';
import { alternation, wordBounded } from '../../lib/extract/deadlines/phrases';
import * as deadlineWords from '../../lib/extract/tables/deadline-words';
import { caseless, caselessRegExp, caseVariants } from '../../lib/extract/text/caseless';

/** Every letter of the word tables, ASCII letters and the Latin and Vietnamese letter blocks. */
function lettersToCheck(): string[] {
  const letters = new Set<string>();
  for (const list of Object.values(deadlineWords)) {
    if (!Array.isArray(list)) continue;
    for (const phrase of list) for (const c of String(phrase)) if (/\p{L}/u.test(c)) letters.add(c);
  }
  for (let code = 0x41; code <= 0x24f; code++) {
    const c = String.fromCodePoint(code);
    if (/\p{L}/u.test(c)) letters.add(c);
  }
  for (let code = 0x1ea0; code <= 0x1ef9; code++) letters.add(String.fromCodePoint(code));
  return [...letters];
}

describe('extract/text/caseless', () => {
  it('gives each letter exactly the characters the i flag matches it with, over all of Unicode', () => {
    const letters = lettersToCheck();
    // One pass over every code point with one regex; only its hits are checked letter by letter.
    const any = new RegExp(`^[${letters.join('')}]$`, 'iu');
    const hits: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      if (any.test(c)) hits.push(c);
    }
    for (const letter of letters) {
      const same = new RegExp(`^${letter}$`, 'iu');
      const expected = hits.filter((c) => same.test(c)).sort();
      expect([letter, caseVariants(letter).sort()]).toEqual([letter, expected]);
    }
  });

  it('matches what the iu pattern matches, including folded look-alikes and U+0345', () => {
    const sources = [
      wordBounded(alternation(deadlineWords.COMPLETION_WORDS)),
      `${wordBounded(alternation(deadlineWords.PAST_MARKERS))}\\s+(?:\\p{L}+\\s+)?$`,
      `${wordBounded(alternation(deadlineWords.CUT_OFF_CUES))}\\s*(?:ngày\\s*)?$`,
      `${wordBounded(alternation(deadlineWords.STATUS_MARKERS))}(?!\\s+to(?![\\p{L}]))|had\\s+yet\\s+to`,
      `^\\s*\\)?\\s*(?:[:,\\u2013-]\\s*)?(?:(?:là|is)\\s+)?${alternation(deadlineWords.DEADLINE_AFTER_DATE)}(?![\\p{L}\\p{M}])`,
      `(?<lead>trước|by)\\s+\\d{1,2}(\\s*(?:h|giờ)\\s*)?['’]?\\k<lead>?`,
    ];
    const samples = [
      'Các sở HOÀN THÀNH báo cáo',
      'đã cơ bản Hoàn Thành việc',
      'tính ĐẾN HẾT ngày ',
      'tính đến ngàyx',
      'BY ',
      'by\u0345 ',
      'Đã nộp x had yet to file',
      'đã ſubmitted',
      'đã \u212aết ',
      'as of ',
      'aſ of ',
      ') : LÀ HẠN CUỐI của',
      ' is the deadline',
      ' is the DEADLINEs',
      'Trước 17h ngày',
      'BY 5 GIỜ ',
      'hoàn thànhx hoàn thành',
      'đã\u0345 làm ',
      'đã xong\u0345 ',
    ];
    for (const source of sources) {
      const [withI, without] = [new RegExp(source, 'giu'), caselessRegExp(source, 'giu')];
      expect(without.flags).not.toContain('i');
      for (const sample of samples) {
        expect([source, sample, [...sample.matchAll(without)].map((m) => [m.index, m[0]])]).toEqual([
          source,
          sample,
          [...sample.matchAll(withI)].map((m) => [m.index, m[0]]),
        ]);
      }
    }
  });

  it('refuses what it cannot rewrite exactly, rather than match differently', () => {
    expect(() => caseless('\\w+')).toThrow();
    expect(() => caseless('\\bđến')).toThrow();
    expect(() => caseless('[a-z]')).toThrow();
    expect(() => caseless('\\p{Lu}')).toThrow();
    expect(() => caseless('[^\\p{L}]')).toThrow();
    expect(() => caselessRegExp('x', 'u')).toThrow();
    expect(caseless('(?<name>đ)\\k<name>')).toBe('(?<name>[đĐ])\\k<name>');
    expect(caseless('\\p{L}[\\p{L}\\p{M}]')).toBe('[\\p{L}\\u0345][\\p{L}\\p{M}]');
  });
});
