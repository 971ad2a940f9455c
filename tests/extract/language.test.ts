import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../lib/extract/text/language';
import { seededRandom } from '../helpers/seeded-random';

/** The guess as two global regexes made it, before it counted character codes. */
function byRegex(text: string): 'vi' | 'en' {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/[A-Za-z\u00c0-\u1ef9]/g)?.length ?? 0;
  const vietnamese = sample.match(/[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]|[\u0300-\u0309\u0323]/g)?.length ?? 0;
  return letters > 0 && vietnamese / letters < 0.02 ? 'en' : 'vi';
}

describe('extract/text guessLanguage', () => {
  it('tells Vietnamese (precomposed or decomposed) from English', () => {
    const vietnamese = 'Các sở, ngành gửi báo cáo về Văn phòng UBND tỉnh trước ngày 30/01/2027.';
    expect(guessLanguage(vietnamese)).toBe('vi');
    expect(guessLanguage(vietnamese.normalize('NFD'))).toBe('vi');
    expect(guessLanguage('Ministries must report to the Government by June 30, 2025.')).toBe('en');
    // A Vietnamese name in English prose stays under the 2% share.
    expect(guessLanguage(`${'The Ministry of Finance shall submit the draft decree. '.repeat(4)}Nguyễn`)).toBe('en');
    expect(guessLanguage('30/01/2027')).toBe('vi');
  });

  it('gives the regexes’ answer on random mixes, around the 2% share and past the 4,000-character sample', () => {
    const pieces = ['a', 'Z', ' ', '1', 'ă', 'Đ', 'ệ', '\u0301', '\u0323', 'é', 'ß', '\u1ef9', '\u1efa', '.', '𝐀'];
    const random = seededRandom(11).below;
    for (let round = 0; round < 400; round++) {
      const letters = 1 + random(6000);
      const rare = random(4) === 0 ? pieces.length : 4; // mostly ASCII, sometimes every piece
      let text = '';
      while (text.length < letters) text += random(60) === 0 ? (pieces[random(rare)] as string) : 'e';
      expect(guessLanguage(text)).toBe(byRegex(text));
    }
  });
});
