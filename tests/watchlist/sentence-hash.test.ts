/**
 * A date's watchlist key hashes its sentence's fold character by character when it can
 * (`sentenceHash`); it must equal the hash of the whole fold (`foldAndHash`), or a saved deadline
 * would not be found again by its key. Our own sentences, every character class the shortcut
 * accepts or refuses, and the sentences of the gold passages (read at run time from ../shared).
 */
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../lib/page/findings';
import { foldAndHash, sentenceHash } from '../../lib/watchlist/watch-key';
import { loadGold } from '../helpers/gold';

const same = (sentence: string) => expect(sentenceHash(sentence)).toBe(foldAndHash(sentence));

describe('sentenceHash', () => {
  it('equals foldAndHash on Vietnamese and English sentences', () => {
    for (const sentence of [
      'Các sở, ngành báo cáo UBND tỉnh trước ngày 30/6/2026.',
      'ĐỀ NGHỊ CÁC ĐƠN VỊ HOÀN THÀNH “KẾ HOẠCH” – chậm nhất … ngày 30/6',
      'Ministries submit reports by June 30, 2026 (Decree No. 30/2020/ND-CP).',
      'Quyết định số 15/QĐ-UBND; İstanbul ǅ ß Æ ſ ẛ Ǣ',
      '',
      'x',
    ])
      same(sentence);
  });

  it('falls back for what does not fold one character at a time', () => {
    for (const sentence of [
      'Đề nghị'.normalize('NFD'),
      'hai  khoảng trắng',
      ' đầu',
      'cuối ',
      'tab\there',
      'nbsp\u00a0here',
      'Σίσυφος ΟΔΥΣΣΕΥΣ',
      'emoji 😀 and 中文',
      'a \u0301 b',
    ])
      same(sentence);
  });

  it('equals foldAndHash for every character below the table end', () => {
    for (let code = 0; code < 0x2060; code++) {
      const c = String.fromCharCode(code);
      same(`a${c}b`);
      same(`${c}`);
      same(`${c} ${c}`);
    }
  });

  it('equals foldAndHash on the sentences of the gold passages', () => {
    let checked = 0;
    for (const set of ['corpus', 'corpus-deadlines', 'seeds'] as const) {
      for (const gold of loadGold(set)) {
        for (let at = 0; at < gold.text.length; at += 97) {
          same(sentenceAround(gold.text, at, at + 1).text);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
