/**
 * compromise is loaded only when English text needs it (lib/extract/english/nlp.ts): the
 * background pays for it on an English page only. This file does not load it up front.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument, extractDocumentLazily } from '../../lib/extract/document';
import { englishNlp } from '../../lib/extract/english/nlp';

const english = 'The ministry must submit the draft decree to the Government by the end of the second quarter.';
const vietnamese = 'Các sở gửi báo cáo về Văn phòng UBND tỉnh trước ngày 15/12/2026.';

describe('English reading loaded on first need', () => {
  it('reads Vietnamese text without loading compromise, and says so when English text comes unprepared', async () => {
    const found = await extractDocumentLazily(vietnamese);
    expect(found.dates.map((date) => date.kind)).toEqual(['deadline']);
    expect(() => englishNlp()).toThrow(/not loaded/);
    expect(() => extractDocument(english, { lang: 'en' })).toThrow(/not loaded/);
    // The language given wins over the guess: English text said to be Vietnamese needs nothing.
    await extractDocumentLazily(english, { lang: 'vi' });
    expect(() => englishNlp()).toThrow(/not loaded/);
  });

  it('loads it for English text, then reads what only compromise dates', async () => {
    const found = await extractDocumentLazily(english, { published: '2026-03-01' });
    // A quarter without a year is compromise's to find; the owner is read from its tags.
    expect(found.dates.map((date) => [date.text, date.due, date.owners?.map((owner) => owner.text)])).toEqual([
      ['second quarter', '2026-06-30', ['ministry']],
    ]);
    expect(englishNlp()).toBeTypeOf('function');
  });
});
