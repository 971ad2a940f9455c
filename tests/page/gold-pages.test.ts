// @vitest-environment happy-dom
/**
 * The gold sets scored through the page path (tests/helpers/page-path.ts): the passages as
 * paragraphs of a page, read by the content script's own code. Like the text path's snapshots
 * (tests/extract/__gold__), each set's misses, extras and scores are committed
 * (`__gold__/pages-<set>.txt`); any regression fails, any gain shows in the diff, and a
 * difference from the text path's file is a difference users of pages would see.
 */
import { describe, expect, it } from 'vitest';
import { type GoldSet, reportSet } from '../helpers/gold';
import { extractAsPage } from '../helpers/page-path';

const sets: GoldSet[] = ['seeds', 'corpus', 'corpus-deadlines'];

describe('page: gold sets read as pages', () => {
  it.each(sets)('%s: misses, extras and scores match the snapshot', async (set) => {
    const report = reportSet(set, (gold) => extractAsPage(gold));
    console.info(
      report.text
        .split('\n')
        .filter((line) => /^(#|references|dates|deadlines|owners right|tasks)/.test(line))
        .join('\n'),
    );
    await expect(report.text).toMatchFileSnapshot(`__gold__/pages-${set}.txt`);
  });
});
