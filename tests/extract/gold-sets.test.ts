/**
 * The shipped path (`extractDocument`) scored on every gold set in ../shared. Instead of pass/fail
 * thresholds, each set's misses, extras and summary numbers are a committed snapshot
 * (`__gold__/<set>.txt`): any regression fails here, and any gain shows in the diff. Update with
 * `npx vitest run tests/extract/gold-sets.test.ts -u` after checking the diff.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import { type GoldSet, reportSet } from '../helpers/gold';
import '../helpers/english';

const sets: GoldSet[] = ['seeds', 'corpus', 'corpus-deadlines'];

describe('extract: gold sets in ../shared', () => {
  it.each(sets)('%s: misses, extras and scores match the snapshot', async (set) => {
    const report = reportSet(set, (gold) =>
      extractDocument(gold.text, { lang: gold.lang, published: gold.published ?? undefined }),
    );
    console.info(
      report.text
        .split('\n')
        .filter((line) => /^(#|references|dates|deadlines|owners right|tasks)/.test(line))
        .join('\n'),
    );
    await expect(report.text).toMatchFileSnapshot(`__gold__/${set}.txt`);
  });
});
