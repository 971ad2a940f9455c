/**
 * The shortcuts that keep extraction fast must never change what it finds: PhraseSet's rejections
 * (first character, a hash of the first word), the one-pass recurrence openers, the page-wide
 * precheck before relative limits. Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../lib/extract/deadlines/phrases';
import { extract } from '../../lib/extract/index';

const requests = new PhraseSet(['giao', 'đề nghị', 'kính đề nghị', 'phân công']);
const verbs = new PhraseSet(['submit', 'report', 'hand over'], ['s', 'ed', 'ing']);
/** Length matched at the first occurrence of `at` in `text`. */
const matchIn = (set: PhraseSet, text: string, at: string) => set.matchAt(text, text.indexOf(at));

describe('PhraseSet', () => {
  it('matches a phrase whatever its case', () => {
    expect(matchIn(requests, 'UBND tỉnh GIAO Sở Nội vụ', 'GIAO')).toBe(4);
    expect(matchIn(requests, 'Ủy ban Đề Nghị các sở', 'Đề')).toBe('Đề Nghị'.length);
    expect(matchIn(requests, 'ỦY BAN ĐỀ NGHỊ CÁC SỞ', 'ĐỀ')).toBe('ĐỀ NGHỊ'.length);
  });

  it('matches decomposed (NFD) text and runs of white space between words', () => {
    const decomposed = 'Ủy ban đề nghị các sở'.normalize('NFD');
    expect(matchIn(requests, decomposed, 'đề'.normalize('NFD'))).toBe('đề nghị'.normalize('NFD').length);
    expect(matchIn(requests, 'Bộ kính đề \n  nghị các tỉnh', 'kính')).toBe('kính đề \n  nghị'.length);
  });

  it('takes the longest phrase and whole words only', () => {
    expect(matchIn(requests, 'xin kính đề nghị', 'kính')).toBe('kính đề nghị'.length);
    expect(matchIn(requests, 'việc bàn giao tài sản', 'giao')).toBe(4);
    expect(matchIn(requests, 'việc giaothông', 'giao')).toBe(0);
    expect(matchIn(requests, 'chuyểngiao', 'giao')).toBe(0);
    expect(matchIn(requests, 'đề xuất', 'đề')).toBe(0);
    expect(matchIn(requests, 'gia đình', 'gia')).toBe(0);
  });

  it('lets the last word carry a suffix in a set that has them', () => {
    expect(matchIn(verbs, 'Agencies reported the plan', 'reported')).toBe('reported'.length);
    expect(matchIn(verbs, 'They SUBMITS it', 'SUBMITS')).toBe('SUBMITS'.length);
    expect(matchIn(verbs, 'Units hand over the files', 'hand')).toBe('hand over'.length);
    expect(matchIn(verbs, 'Units handing over', 'handing')).toBe(0);
    expect(matchIn(verbs, 'a submarine', 'submarine')).toBe(0);
  });

  it('answers for the text it is given when texts change under the same positions', () => {
    const a = 'xx giao việc';
    const b = 'xx gian khó';
    expect(requests.matchAt(a, 3)).toBe(4);
    expect(requests.matchAt(b, 3)).toBe(0);
    expect(requests.matchAt(a, 3)).toBe(4);
  });
});

describe('recurrence openers', () => {
  it('reads an obligation whose recurrence words overlap ("định kỳ hằng tháng")', () => {
    const found = extract('Các phường báo cáo định kỳ hằng tháng về Sở.', { lang: 'vi' }).dates;
    expect(found.map((d) => [d.text, d.value, d.recurrence?.every])).toEqual([
      ['định kỳ hằng tháng', 'R/P1M', 'month'],
    ]);
  });

  it('reads English frequency words as recurrences of an obligation', () => {
    const found = extract('Provinces report monthly to the ministry.', { lang: 'en' }).dates;
    expect(found.map((d) => [d.text, d.value])).toEqual([['monthly', 'R/P1M']]);
  });
});

describe('relative limits', () => {
  it('are read when "tính từ" is the only anchor word on the page', () => {
    const found = extract('Các hộ nộp hồ sơ trong thời hạn 10 ngày tính từ ngày ký.', { lang: 'vi' }).dates;
    expect(found.map((d) => [d.text, d.value, d.relative?.from])).toEqual([
      ['10 ngày tính từ ngày ký', 'P10D', 'ngày ký'],
    ]);
  });

  it('need "kể từ", "tính từ", "from" or "after" somewhere on the page, whole', () => {
    const limits = (text: string) =>
      extract(text, { lang: 'vi' })
        .dates.filter((d) => d.relative)
        .map((d) => d.text);
    const sentence = 'Các hộ nộp hồ sơ trong vòng 10 ngày từ ngày ký.';
    expect(limits(`Ghi chú tính từ đầu năm. ${sentence}`)).toEqual(['10 ngày từ ngày ký']);
    expect(limits(`Thư kính từ Ban. ${sentence}`)).toEqual([]);
  });
});
