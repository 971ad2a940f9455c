/**
 * The page's date keys must be the watchlist's own (`watchKeyOf`): a saved deadline is found again
 * by its key. Our own sentences, every character class the shortcut accepts or refuses, and the
 * sentences of the gold passages (read at run time from ../shared).
 */
import { describe, expect, it } from 'vitest';
import { dateWatchKey } from '../../lib/page/date-watch-key';
import { sentenceAround } from '../../lib/page/findings';
import { watchKeyOf } from '../../lib/watchlist/watch-key';
import { loadGold } from '../helpers/gold';

const date = { kind: 'deadline', value: '2026-06-30' };
const same = (sentence: string) => expect(dateWatchKey(date, sentence)).toBe(watchKeyOf({ key: '', date }, sentence));

describe('dateWatchKey', () => {
  it('equals watchKeyOf on Vietnamese and English sentences', () => {
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

  it('equals watchKeyOf for every character below the table end', () => {
    for (let code = 0; code < 0x2060; code++) {
      const c = String.fromCharCode(code);
      same(`a${c}b`);
      same(`${c}`);
      same(`${c} ${c}`);
    }
  });

  it('equals watchKeyOf on the sentences of the gold passages', () => {
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
