import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import { loadGold, score } from '../helpers/gold';
import '../helpers/english';

describe('extract: references against the seeds in ../shared', () => {
  describe.each(loadGold('seeds').map((gold) => [gold.id, gold] as const))('seed %s', (_id, gold) => {
    const { references } = extractDocument(gold.text, { published: gold.published ?? undefined, lang: gold.lang });

    it('finds every required reference with its exact span, code and type', () => {
      const found = references.map((r) => ({ start: r.start, end: r.end, text: r.text, code: r.code, type: r.type }));
      for (const expected of gold.refs.filter((r) => !r.optional)) {
        expect(found).toContainEqual({
          start: expected.start,
          end: expected.end,
          text: expected.text,
          code: expected.code,
          type: expected.type,
        });
      }
    });

    it('reports nothing that is not in the gold file', () => {
      expect(score(gold.refs, references, (g, p) => g.code === p.code).spurious).toEqual([]);
    });
  });
});
