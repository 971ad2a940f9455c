import { describe, expect, it } from 'vitest';
import { analyseInSlices, sliceEnds, splitAt } from '../../lib/documents/chunked-analysis';
import {
  documentFindings,
  type LineFields,
  lineFieldsOf,
  linesOfFields,
  summariesFromLines,
  summarizeDocument,
} from '../../lib/documents/findings';
import { extract } from '../../lib/extract';

const page1 = 'Theo Kế hoạch số 12-KH/UBND, các sở báo cáo trước ngày 30/9/2027.\n';
const page2 = 'Quyết định số 7/QĐ-UBND ngày 02/01/2027 giao Sở Nội vụ hoàn thành trước ngày 15/7/2027.\n';
const page3 = 'Kế hoạch số 12-KH/UBND được sơ kết vào năm 2028.\n';
const text = page1 + page2 + page3;
const pageStarts = [0, page1.length, page1.length + page2.length];

describe('document findings', () => {
  it('gives each finding its page, sentence and the document its sentence names', () => {
    const findings = documentFindings(text, extract(text), pageStarts);
    const deadline = findings.find((f) => f.date?.value === '2027-07-15');
    expect(deadline?.page).toBe(2);
    expect(deadline?.documentKey).toBe('7/QD-UBND');
    expect(deadline?.sentence).toContain('giao Sở Nội vụ hoàn thành');
    expect(findings.filter((f) => f.key === '12-KH/UBND').map((f) => f.page)).toEqual([1, 3]);
  });

  it('gives prefixes and suffixes their white space squeezed to single spaces, as the regex would', () => {
    const odd = 'Theo  văn bản\tsố\n\nKế hoạch số 12-KH/UBND\u00a0 ngày\t\t3/2/2027 của  tỉnh.';
    for (const finding of documentFindings(odd, extract(odd), [])) {
      const before = odd.slice(Math.max(0, finding.start - 32), finding.start);
      const after = odd.slice(finding.end, finding.end + 32);
      expect(finding.prefix).toBe(before.replace(/\s+/g, ' ').trimStart());
      expect(finding.suffix).toBe(after.replace(/\s+/g, ' ').trimEnd());
    }
    const reference = documentFindings(odd, extract(odd), []).find((f) => f.key === '12-KH/UBND');
    expect([reference?.prefix, reference?.suffix]).toEqual(['Theo văn bản số ', ' ngày 3/2/2027 của tỉnh.']);
  });

  it('rebuilds the same lines from first indexes and counts (as the DOCX worker sends them)', () => {
    const findings = documentFindings(text, extract(text), pageStarts);
    const summaries = summarizeDocument(findings);
    expect(summaries.some((s) => s.count > 1)).toBe(true);
    const rebuilt = summariesFromLines(
      findings,
      summaries.map((s) => s.first),
      summaries.map((s) => s.count),
    );
    expect(rebuilt).toEqual(summaries);
  });

  it('orders lines from the short line fields the same as from the findings (as the DOCX worker sums them up)', () => {
    // Two passes over the same text: repeated keys, deadlines due on different days, dates, references.
    const twice = text + text.replace('30/9/2027', '01/3/2027');
    const findings = documentFindings(twice, extract(twice), []);
    const summaries = summarizeDocument(findings);
    expect(summaries.some((s) => s.count > 1) && summaries.some((s) => s.category === 'date')).toBe(true);
    const lines = linesOfFields(lineFieldsOf(findings));
    expect([...lines.first]).toEqual(summaries.map((s) => s.first));
    expect([...lines.count]).toEqual(summaries.map((s) => s.count));
  });

  it('orders lines from fields: deadlines without a day first, equal days in text order, each line once', () => {
    const fields = {
      keys: ['d1', 'ref', 'd2', 'date', 'd3', 'd1', 'weak', 'd4'],
      categories: ['deadline', 'reference', 'deadline', 'date', 'deadline', 'deadline', 'weak-reference', 'deadline'],
      dues: ['2027-05-01', null, '2027-03-01', null, null, '2027-05-01', null, '2027-03-01'],
    } as LineFields;
    const lines = linesOfFields(fields);
    // d3 (no day) < d2 = d4 (same day, text order) < d1; then the reference, the weak one, the date.
    expect([...lines.first]).toEqual([4, 2, 7, 0, 1, 6, 3]);
    expect([...lines.count]).toEqual([1, 1, 1, 2, 1, 1, 1]);
  });

  it('lists deadlines first, soonest due first, then documents, with counts and first pages', () => {
    const summaries = summarizeDocument(documentFindings(text, extract(text), pageStarts));
    expect(summaries.slice(0, 2).map((s) => [s.category, s.date?.due, s.page])).toEqual([
      ['deadline', '2027-07-15', 2],
      ['deadline', '2027-09-30', 1],
    ]);
    const plan = summaries.find((s) => s.key === '12-KH/UBND');
    expect(plan?.count).toBe(2);
    expect(plan?.page).toBe(1);
    const firstDocument = summaries.findIndex((s) => s.category === 'reference');
    expect(summaries.slice(firstDocument).every((s) => s.category !== 'deadline')).toBe(true);
  });
});

describe('extraction in slices', () => {
  it('slices a PDF at page starts and finds what one pass finds, at the same offsets', async () => {
    expect(sliceEnds({ text, tables: [], pageStarts }, 40)).toEqual([pageStarts[1], pageStarts[2], text.length]);
    let pauses = 0;
    const sliced = await analyseInSlices(
      { text, tables: [], pageStarts },
      async () => {
        pauses++;
      },
      40,
    );
    const whole = documentFindings(text, extract(text), pageStarts);
    expect(sliced.map((f) => [f.start, f.end, f.key, f.page])).toEqual(
      whole.map((f) => [f.start, f.end, f.key, f.page]),
    );
    for (const finding of sliced) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(pauses).toBe(6); // after each slice's extraction and after its findings
  });

  it('tells after each slice how far it got and what it found so far (the viewer paints the first at once)', async () => {
    const seen: [number, number][] = [];
    const all = await analyseInSlices(
      { text, tables: [], pageStarts },
      async () => {},
      40,
      (sofar, end) => seen.push([sofar.length, end]),
    );
    expect(seen.map(([, end]) => end)).toEqual([pageStarts[1], pageStarts[2], text.length]);
    expect(seen.at(-1)?.[0]).toBe(all.length);
    for (const [count, end] of seen) expect(all.filter((f) => f.start < end)).toHaveLength(count);
  });

  it('split in two at a slice edge (two workers), the parts together are the one pass', async () => {
    const doc = { text, tables: [], pageStarts };
    const at = splitAt(doc, 0.5, 40);
    expect(sliceEnds(doc, 40)).toContain(at);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(text.length);
    const head = await analyseInSlices(doc, async () => {}, 40, undefined, { to: at });
    const tail = await analyseInSlices(doc, async () => {}, 40, undefined, { from: at });
    expect(head.length).toBeGreaterThan(0);
    expect(tail.length).toBeGreaterThan(0);
    expect(head.every((f) => f.end <= at) && tail.every((f) => f.start >= at)).toBe(true);
    const whole = await analyseInSlices(doc, async () => {}, 40);
    expect([...head, ...tail]).toEqual(whole);
  });

  it('never cuts a table: a slice ends at a line break outside it', () => {
    const before = 'Mở đầu.\n';
    const table = 'Nhiệm vụ\tThời hạn\nRà soát\tTrước ngày 30/6/2027\n';
    const doc = {
      text: `${before}${table}Kết thúc.\n`,
      pageStarts: [],
      tables: [
        [
          [
            { start: 8, end: 16 },
            { start: 17, end: 25 },
          ],
          [
            { start: 26, end: 33 },
            { start: 34, end: 54 },
          ],
        ],
      ],
    };
    const ends = sliceEnds(doc, 10);
    expect(ends.some((end) => end > 8 && end < 54)).toBe(false);
    expect(ends.at(-1)).toBe(doc.text.length);
  });
});
