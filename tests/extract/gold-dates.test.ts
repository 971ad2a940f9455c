import { describe, expect, it } from 'vitest';
import { extractAll } from '../../lib/extract/extract-all';
import { addScores, f1, type GoldFile, loadGold, score, scoreKind } from '../helpers/gold';

const run = (gold: GoldFile) => extractAll(gold.text, { lang: gold.lang }).dates;

describe('extract: dates against the gold files in ../shared', () => {
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

  it('scores dates F1 ≥ 0.95 and deadlines F1 ≥ 0.90 on the development corpus', () => {
    const corpus = loadGold('corpus');
    const all = addScores(
      corpus.map((gold) => score(gold.dates, run(gold), (g, p) => g.value === p.value, `${gold.id} `)),
    );
    const deadlines = addScores(corpus.map((gold) => scoreKind(gold.dates, run(gold), 'deadline', `${gold.id} `)));
    const [d, k] = [f1(all), f1(deadlines)];
    console.info(
      `corpus dates: P ${d.precision.toFixed(3)} R ${d.recall.toFixed(3)} F1 ${d.f1.toFixed(3)};` +
        ` deadlines: P ${k.precision.toFixed(3)} R ${k.recall.toFixed(3)} F1 ${k.f1.toFixed(3)}`,
    );
    expect({ missed: all.missed, spurious: all.spurious, ok: d.f1 >= 0.95 }).toMatchObject({ ok: true });
    expect({ missed: deadlines.missed, spurious: deadlines.spurious, ok: k.f1 >= 0.9 }).toMatchObject({ ok: true });
  });
});
