import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import { type GoldFile, loadGold, score } from '../helpers/gold';
import '../helpers/english';

const run = (gold: GoldFile) => extractDocument(gold.text, { lang: gold.lang }).dates;

describe('extract: dates against the seeds in ../shared', () => {
  describe.each(loadGold('seeds').map((gold) => [gold.id, gold] as const))('seed %s', (_id, gold) => {
    const dates = run(gold);

    it('finds every required date with its exact span, value and kind', () => {
      const found = dates.map(({ start, end, text, value, kind }) => ({ start, end, text, value, kind }));
      for (const expected of gold.dates.filter((d) => !d.optional)) {
        const { start, end, text, value, kind } = expected;
        expect(found).toContainEqual({ start, end, text, value, kind });
      }
    });

    it('reports no date that is not in the gold file', () => {
      expect(score(gold.dates, dates, (g, p) => g.value === p.value).spurious).toEqual([]);
    });
  });
});
