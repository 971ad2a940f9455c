import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../helpers/import-graph';

/**
 * What the content script evaluates when the page loads it: every module reached from its entry
 * through static value imports. The annotator is imported by `runOnPage` when the page is to be
 * annotated, so that its set-up is a task of its own and a switched-off site never loads it. The
 * extraction never runs on the page at all (the background reads each slice's text): of
 * `lib/extract`, the content script reaches only three small pure helpers, and none of the
 * modules that build patterns from the word tables.
 */
const graph = (dynamic: boolean) => reachableFrom('entrypoints/content.ts', { types: false, dynamic });

describe('the content script entry', () => {
  it('evaluates without the annotator', () => {
    const { files } = graph(false);
    for (const late of ['lib/page/annotator.ts', 'lib/page/scanner.ts']) expect(files, late).not.toContain(late);
  });

  it('loads the annotator later, and never the extraction', () => {
    const { files } = graph(true);
    expect(files).toContain('lib/page/run-on-page.ts');
    expect(files).toContain('lib/page/annotator.ts');
    expect(files.filter((file) => file.startsWith('lib/extract/')).sort()).toEqual([
      'lib/extract/dates/values.ts',
      'lib/extract/shift.ts',
      'lib/extract/text/sorted.ts',
    ]);
  });

  it('compiles no schema library and no storage wrapper on a page: its requests are checked by hand', () => {
    const { files, packages } = graph(true);
    expect([...packages]).not.toContain('valibot');
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain("'wxt/utils/storage'");
  });

  it('carries no message file: the pages and the background provide both, the content script asks for one', () => {
    expect(graph(true).files).not.toContain('lib/i18n-catalogues.ts');
    for (const entry of [
      'entrypoints/background.ts',
      'entrypoints/popup/main.tsx',
      'entrypoints/watchlist/main.tsx',
      'entrypoints/options/main.tsx',
      'entrypoints/viewer/main.tsx',
      'entrypoints/capture/main.tsx',
    ])
      expect(reachableFrom(entry, { types: false, dynamic: false }).files, entry).toContain('lib/i18n-catalogues.ts');
  });
});
