import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyStyles, dropEarlyStyles, takeEarlyStyles } from '../../lib/page/early-styles';
import { HIGHLIGHT_NAMES, highlightCss, installHighlightStyles } from '../../lib/page/painter';
import { DEFAULT_COLOURS } from '../../lib/settings/settings';

/** A constructable sheet that keeps its text, and a document with nothing but adopted sheets. */
class FakeSheet {
  text = '';
  replaceSync(css: string): void {
    this.text = css;
  }
}
let document: Document;
const rules = (doc: Document) =>
  (doc.adoptedStyleSheets as unknown as FakeSheet[]).map((sheet) => sheet.text).join('\n');

beforeEach(() => {
  vi.stubGlobal('CSSStyleSheet', FakeSheet);
  document = { adoptedStyleSheets: [] } as unknown as Document;
});

describe('page/early-styles', () => {
  it('hands the sheet adopted at document_start to the annotator, which keeps it when the colours are the same', () => {
    const scope = {};
    document.adoptedStyleSheets = [];
    adoptEarlyStyles(document, highlightCss(), scope);
    const early = document.adoptedStyleSheets[0];
    expect(rules(document)).toContain(`::highlight(${HIGHLIGHT_NAMES.reference})`);
    const taken = takeEarlyStyles(document, scope);
    expect(taken?.sheet).toBe(early);
    // Handed over once.
    expect(takeEarlyStyles(document, scope)).toBeUndefined();
  });

  it('is taken over by installHighlightStyles: one sheet, the user colours in it, removed with the annotator', () => {
    document.adoptedStyleSheets = [];
    adoptEarlyStyles(document, highlightCss());
    const early = document.adoptedStyleSheets[0];
    const styles = installHighlightStyles(
      document,
      {} as Element,
      highlightCss({ ...DEFAULT_COLOURS, reference: '#00aa00' }),
    );
    expect(document.adoptedStyleSheets).toEqual([early]);
    expect(rules(document)).toContain('rgba(0, 170, 0');
    styles.remove();
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('is removed where no annotator takes it', () => {
    const scope = {};
    document.adoptedStyleSheets = [];
    adoptEarlyStyles(document, highlightCss(), scope);
    dropEarlyStyles(document, scope);
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});
