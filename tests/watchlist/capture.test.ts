import { describe, expect, it } from 'vitest';
import { documentFindings } from '../../lib/documents/findings';
import { extractDocument } from '../../lib/extract/document';
import {
  capSelection,
  captureSource,
  draftProblem,
  emptyDraft,
  MAX_SELECTION,
  MAX_TASK,
  ownersFromInput,
  proposeCapture,
} from '../../lib/watchlist/capture';
import { summarizeLines } from '../../lib/watchlist/summary';
import '../helpers/english';

/** What the capture page offers for a selection: the one pipeline, then the proposal. */
function propose(text: string) {
  const extraction = extractDocument(text, { published: '2026-11-30' });
  return proposeCapture(summarizeLines(documentFindings(text, extraction)));
}

describe('capture from a selection', () => {
  it('turns a Vietnamese deadline into a prefilled draft: due, task, owner, document, sentence', () => {
    const text =
      'Giao Sở Tài chính chủ trì, phối hợp với các sở xây dựng dự toán kinh phí, trình UBND tỉnh trước ngày 15/01/2027 theo Kế hoạch số 45-KH/UBND.';
    const { choices, documents } = propose(text);
    expect(choices).toHaveLength(1);
    expect(choices[0]).toMatchObject({
      label: 'ngày 15/01/2027',
      dueFound: true,
      draft: {
        kind: 'deadline',
        due: '2027-01-15',
        task: 'xây dựng dự toán kinh phí, trình UBND tỉnh',
        owners: ['Sở Tài chính'],
        documentKey: '45-KH/UBND',
        sentence: text,
      },
    });
    // The plan it names is offered as a document too.
    expect(documents.map((doc) => doc.watchKey)).toEqual(['45-KH/UBND']);
  });

  it('reads an English deadline the same way', () => {
    const { choices } = propose(
      'The Ministry of Finance shall submit the draft budget report to the Government before March 31, 2027.',
    );
    expect(choices.map((choice) => choice.draft)).toEqual([
      expect.objectContaining({
        kind: 'deadline',
        due: '2027-03-31',
        task: 'submit the draft budget report to the Government',
        owners: ['Ministry of Finance'],
      }),
    ]);
  });

  it('offers deadlines first, soonest first, then other dates as dates', () => {
    const { choices } = propose(
      'Hội nghị diễn ra ngày 02/12/2026. Các huyện gửi báo cáo chậm nhất ngày 20/12/2026; Sở Nội vụ tổng hợp trước ngày 10/12/2026.',
    );
    expect(choices.map((choice) => [choice.draft.kind, choice.draft.due])).toEqual([
      ['deadline', '2026-12-10'],
      ['deadline', '2026-12-20'],
      ['date', '2026-12-02'],
    ]);
  });

  it('finds nothing in a selection without dates: the form is empty, the selection is the task', () => {
    const selection = 'Họp giao ban  vào sáng thứ hai\nhằng tuần tại hội trường.';
    expect(propose(selection)).toEqual({ choices: [], documents: [] });
    const draft = emptyDraft(selection);
    expect(draft).toMatchObject({
      kind: 'deadline',
      due: '',
      task: 'Họp giao ban vào sáng thứ hai hằng tuần tại hội trường.',
    });
    expect(draftProblem(draft)).toBe('no-due');
    expect(draftProblem({ ...draft, due: '2027-02-01' })).toBeNull();
    expect(emptyDraft('x '.repeat(5_000)).task?.length).toBeLessThanOrEqual(MAX_TASK);
  });

  it('offers only documents for a selection that names documents and no date', () => {
    const { choices, documents } = propose('Đề nghị các đơn vị nghiên cứu Nghị quyết 18-NQ/TW và Chỉ thị số 05-CT/TU.');
    expect(choices).toEqual([]);
    expect(documents.map((doc) => doc.reference?.code)).toEqual(['18-NQ/TW', '05-CT/TU']);
  });

  it('caps a long selection at a word break and says it was cut; a short one is kept whole', () => {
    expect(capSelection('  ngắn gọn  ')).toEqual({ text: 'ngắn gọn', cut: false });
    const long = 'báo cáo '.repeat(3_000);
    const capped = capSelection(long);
    expect(capped.cut).toBe(true);
    expect(capped.text.length).toBeLessThanOrEqual(MAX_SELECTION);
    expect(capped.text.length).toBeGreaterThan(MAX_SELECTION - 200);
    expect(long.startsWith(capped.text)).toBe(true);
    expect(capped.text.endsWith('báo cáo')).toBe(true);
    // No word break near the end: cut at the limit, never inside a surrogate pair.
    const emoji = capSelection('😀'.repeat(MAX_SELECTION));
    expect(emoji.text.length).toBeLessThanOrEqual(MAX_SELECTION);
    expect(emoji.text.length % 2).toBe(0);
  });

  it('keeps the page and the selection as the source, and reads owners one per line', () => {
    expect(captureSource({ url: 'https://a.example/x', title: 'A', text: 'trích' }, '2026-11-30T01:00:00Z')).toEqual({
      url: 'https://a.example/x',
      title: 'A',
      seenAt: '2026-11-30T01:00:00Z',
      quote: 'trích',
      prefix: '',
      suffix: '',
    });
    expect(ownersFromInput(' Sở Nội vụ \n\nUBND các huyện; Sở Y tế ')).toEqual([
      'Sở Nội vụ',
      'UBND các huyện',
      'Sở Y tế',
    ]);
  });
});
