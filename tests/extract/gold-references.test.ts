import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract/index';
import { addScores, f1, loadGold, score } from '../helpers/gold';

describe('extract: references against the gold files in ../shared', () => {
  describe.each(loadGold('seeds').map((gold) => [gold.id, gold] as const))('seed %s', (_id, gold) => {
    const { references } = extract(gold.text, { published: gold.published ?? undefined, lang: gold.lang });

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

  it('scores at least F1 0.97 on the development corpus', () => {
    const total = addScores(
      loadGold('corpus').map((gold) => {
        const { references } = extract(gold.text, { published: gold.published ?? undefined, lang: gold.lang });
        return score(gold.refs, references, (g, p) => g.code === p.code, `${gold.id} `);
      }),
    );
    const { precision, recall, f1: f } = f1(total);
    console.info(
      `corpus references: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f.toFixed(3)}` +
        ` (tp ${total.truePositives}, fp ${total.falsePositives}, fn ${total.falseNegatives})`,
    );
    expect({ missed: total.missed, spurious: total.spurious, f1: f >= 0.97 }).toMatchObject({ f1: true });
  });
});
