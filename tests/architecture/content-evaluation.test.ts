import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../helpers/import-graph';

/**
 * What the content script evaluates when the page loads it: every module reached from its entry
 * through static value imports. The annotator and extraction (whose patterns are built from the
 * word tables as their modules load) are imported by `runOnPage` when the page is to be annotated,
 * so that their set-up is a task of its own and not part of the script's evaluation (which was the
 * longest task we put on a news page), and a switched-off site never loads them.
 */
const graph = (dynamic: boolean) => reachableFrom('entrypoints/content.ts', { types: false, dynamic });

describe('the content script entry', () => {
  it('evaluates without building the extraction patterns or the annotator', () => {
    const { files } = graph(false);
    for (const late of ['lib/page/annotator.ts', 'lib/page/scanner.ts', 'lib/extract/index.ts'])
      expect(files, late).not.toContain(late);
    expect(
      files.filter((file) => file.startsWith('lib/extract/dates/') || file.startsWith('lib/extract/refs/')),
    ).toEqual([]);
  });

  it('reads this graph as the bundler does (the annotator and extraction do load, later)', () => {
    const { files } = graph(true);
    expect(files).toContain('lib/page/run-on-page.ts');
    expect(files).toContain('lib/page/annotator.ts');
    expect(files).toContain('lib/extract/index.ts');
  });
});
