import type { Page } from '@playwright/test';

/**
 * The text of every range in our highlights, by highlight name, read in the page's main world (the
 * highlight registry belongs to the document, so what the content script registers is visible
 * there). Runs in the page: handed to Playwright's or Puppeteer's `evaluate` (the Firefox smoke).
 */
export function readHighlightTexts(): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights as unknown as Iterable<[string, Iterable<StaticRange>]>) {
    if (!name.startsWith('vanban-')) continue;
    result[name] = [...highlight].map((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    });
  }
  return result;
}

export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readHighlightTexts);
}

/** Centre of the first range of highlight `name` whose text is `text`, in viewport coordinates. */
export function pointOf(page: Page, name: string, text: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(
    ([highlightName, wanted]) => {
      const highlight = CSS.highlights.get(highlightName as string) as unknown as Iterable<StaticRange> | undefined;
      for (const range of highlight ?? []) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString() !== wanted) continue;
        const box = live.getClientRects()[0];
        if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return undefined;
    },
    [name, text],
  );
}
