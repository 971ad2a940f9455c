// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract/index';
import { sentenceAround, sentenceStops, sentenceStopsFor, toFindings } from '../../lib/page/findings';
import { joinFlows } from '../../lib/page/page-text';
import { collectFlows } from '../../lib/page/text-flows';
import { summarizeLines } from '../../lib/watchlist/summary';
import { seededRandom } from '../helpers/seeded-random';

describe('page/findings', () => {
  it('turns one extraction into findings with ranges, context and per-document summaries', () => {
    document.body.innerHTML = `<p>Thực hiện <b>Chỉ thị số 05/CT-TTg</b>, các sở báo cáo trước ngày 20/12/2026.</p>
      <p>Nhắc lại Chỉ thị số 05/CT-TTg.</p>`;
    const page = joinFlows(collectFlows(document.body, { isVisible: () => true }));
    const findings = toFindings(page, extract(page.text, { lang: 'vi' }));
    expect(findings.map((f) => [f.category, f.text])).toEqual([
      ['reference', 'Chỉ thị số 05/CT-TTg'],
      ['deadline', 'ngày 20/12/2026'],
      ['reference', 'Chỉ thị số 05/CT-TTg'],
    ]);
    expect(findings[0]?.prefix).toBe('Thực hiện ');
    expect(findings[0]?.suffix).toBe(', các sở báo cáo trước ngày 20/1'); // 32 characters
    expect(findings[2]?.suffix).toBe('.'); // context never runs into the next flow
    expect(summarizeLines(findings).map((s) => [s.key, s.count, s.first])).toEqual([
      ['5/CT-TTG', 2, 0],
      ['date:deadline:2026-12-20', 1, 1],
    ]);
  });
});

describe('page/findings across paragraphs', () => {
  it('reads a date wrapped over two paragraphs as one, but never a code', () => {
    document.body.innerHTML = `<p>Hà Nội, ngày 18</p><p>tháng 02 năm 2014</p><p>Số lượng 30</p><p>/2020/NĐ-CP là chuỗi lẻ</p>`;
    const page = joinFlows(collectFlows(document.body, { isVisible: () => true }));
    const findings = toFindings(page, extract(page.text, { lang: 'vi' }));
    expect(findings.map((f) => [f.category, f.date?.value ?? f.key])).toEqual([['date', '2014-02-18']]);
    const range = findings[0]?.range as StaticRange;
    expect(range.startContainer.parentElement?.textContent).toBe('Hà Nội, ngày 18');
    expect(range.endContainer.parentElement?.textContent).toBe('tháng 02 năm 2014');
  });
});

describe('page/findings summarize', () => {
  it('keeps two tasks due the same day apart, and folds a repeated sentence into one line', () => {
    document.body.innerHTML = `<p>Sở Nội vụ trình đề án trước ngày 30/6/2027.</p>
      <p>Sở Tài chính bố trí kinh phí trước ngày 30/6/2027.</p>
      <p>Sở Nội vụ trình đề án trước ngày 30/6/2027.</p>`;
    const page = joinFlows(collectFlows(document.body, { isVisible: () => true }));
    const lines = summarizeLines(toFindings(page, extract(page.text, { lang: 'vi' })));
    expect(lines.map((line) => [line.sentence, line.count, line.first])).toEqual([
      ['Sở Nội vụ trình đề án trước ngày 30/6/2027.', 2, 0],
      ['Sở Tài chính bố trí kinh phí trước ngày 30/6/2027.', 1, 1],
    ]);
  });
});

describe('page/findings sentenceAround', () => {
  it('cuts at ; ! ? and a dot before a capital, not at "No. 30" or a line break', async () => {
    const { sentenceAround } = await import('../../lib/page/findings');
    const text = 'Mở đầu. Các sở báo cáo\n trước ngày 20/12/2026, theo Decree No. 30/2020; phần sau! Câu khác.';
    const at = text.indexOf('ngày 20');
    const sentence = sentenceAround(text, at, at + 15);
    expect(sentence.text).toBe('Các sở báo cáo trước ngày 20/12/2026, theo Decree No. 30/2020;');
    expect(text.slice(sentence.start, sentence.end).trim()).toBe(
      'Các sở báo cáo\n trước ngày 20/12/2026, theo Decree No. 30/2020;',
    );
    expect(sentenceAround(text, text.indexOf('Câu'), text.indexOf('Câu') + 3).text).toBe('Câu khác.');
  });

  it('gives the sentence with every run of white space as one space, whatever the runs are', async () => {
    const { sentenceAround } = await import('../../lib/page/findings');
    for (const text of [
      'Các sở báo cáo trước ngày 20/12/2026',
      '  Các sở  báo cáo\ttrước\u00a0ngày 20/12/2026 ',
      'Các sở\n báo cáo\u2028trước ngày\u3000 20/12/2026',
      // A sentence that opens a flow starts after the separator's line break; one that ends at the
      // next separator ends before its line break.
      'Đoạn trước.\n\uFFFC\nCác sở báo cáo trước ngày 20/12/2026\n\uFFFC\nĐoạn sau.',
      'Đoạn trước.\n\uFFFC\n Các sở báo cáo  trước ngày 20/12/2026 \n\uFFFC\n',
    ]) {
      const at = text.indexOf('20/12');
      expect(sentenceAround(text, at, at + 10).text).toBe('Các sở báo cáo trước ngày 20/12/2026');
    }
  });

  it('reads only a window around the span, so one huge paragraph stays linear', async () => {
    const { sentenceAround } = await import('../../lib/page/findings');
    const paragraph = 'ngày 1/1/2020, '.repeat(200_000); // 3 M characters, no sentence end
    const started = performance.now();
    for (let at = 0; at < paragraph.length; at += 1_500) sentenceAround(paragraph, at, at + 8);
    // 2,000 sentences: a full scan each (the old way) would be 6 G characters read.
    expect(sentenceAround(paragraph, 1_500_000, 1_500_008).text.length).toBeLessThanOrEqual(2 * 400 + 8);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('page/findings: the document a date belongs to', () => {
  it('is named in the date’s own sentence, even when a line break splits that sentence', () => {
    document.body.innerHTML = `<p>Kế hoạch số 12-KH/UBND đã hoàn thành. Các sở
      báo cáo trước ngày 20/12/2026. Thực hiện Chỉ thị số 05/CT-TTg, các huyện
      nộp hồ sơ trước ngày 25/12/2026.</p>`;
    const page = joinFlows(collectFlows(document.body, { isVisible: () => true }));
    const dates = toFindings(page, extract(page.text, { lang: 'vi' })).filter((f) => f.date);
    expect(dates.map((f) => [f.text, f.documentKey])).toEqual([
      ['ngày 20/12/2026', null],
      ['ngày 25/12/2026', '5/CT-TTG'],
    ]);
  });
});

describe('page/findings sentenceAround', () => {
  /** The regex reading the character scan replaced: the last end before the span, the first after. */
  function byRegex(text: string, start: number, end: number) {
    const stops = /[;!?\uFFFC]|\.(?=\s+\p{Lu}|\s*$)/gu;
    const windowStart = Math.max(0, start - 400);
    let from = windowStart;
    for (const m of text.slice(windowStart, start).matchAll(stops)) from = windowStart + m.index + 1;
    const windowEnd = Math.min(text.length, end + 401);
    stops.lastIndex = 0;
    const stop = stops.exec(text.slice(end, windowEnd));
    const to = stop ? end + stop.index + (stop[0] === '\uFFFC' ? 0 : 1) : Math.min(text.length, end + 400);
    return { start: from, end: to, text: text.slice(from, to).replace(/\s+/g, ' ').trim() };
  }

  it('finds the same sentence as the regex on random text, at window edges and with astral capitals', () => {
    const pieces = [
      '.',
      '. ',
      ';',
      '!',
      '?',
      '\uFFFC',
      ' ',
      '\n',
      '\u00a0',
      '\u2003',
      'A',
      'a',
      'Đ',
      'ư',
      '𝐀',
      '𝐚',
      'x',
    ];
    const random = seededRandom(7).below;
    for (let round = 0; round < 300; round++) {
      const length = 1 + random(1200);
      let text = '';
      while (text.length < length) text += pieces[random(pieces.length)];
      const start = random(text.length);
      const end = Math.min(text.length, start + 1 + random(20));
      const expected = byRegex(text, start, end);
      expect(sentenceAround(text, start, end)).toEqual(expected);
      // Among the stops of the whole text, and of a part that may not cover the windows (then scanned).
      expect(sentenceAround(text, start, end, sentenceStops(text, 0, text.length))).toEqual(expected);
      const part = sentenceStops(text, random(text.length), random(text.length + 1));
      expect(sentenceAround(text, start, end, part)).toEqual(expected);
    }
  });

  it('sentenceStopsFor covers the sentence windows of every span it is given, within the text', () => {
    const text = 'Một. Hai; ba! '.repeat(200);
    const stops = sentenceStopsFor(text, [[{ start: 1200, end: 1205 }], [{ start: 900, end: 910 }]]);
    expect([stops.from, stops.to]).toEqual([500, 1606]);
    expect(stops.at.every((at) => at >= 500 && at < 1606 && '.;!'.includes(text[at] as string))).toBe(true);
    expect(stops.at.length).toBe([...text.slice(500, 1606)].filter((c) => '.;!'.includes(c)).length);
    // Near the text's ends the windows are cut to the text.
    const ends = sentenceStopsFor(text, [
      [
        { start: 10, end: 12 },
        { start: text.length - 3, end: text.length },
      ],
    ]);
    expect([ends.from, ends.to]).toEqual([0, text.length]);
  });
});
