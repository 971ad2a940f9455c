import type { Frame } from '@playwright/test';
import { expect, test } from './fixtures';

/** Highlighted texts of one frame's document, by highlight name. */
const highlightsIn = (frame: Frame) =>
  frame.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const name of ['vanban-ref', 'vanban-deadline']) {
      const highlight = CSS.highlights.get(name) as unknown as Iterable<StaticRange> | undefined;
      result[name] = [...(highlight ?? [])].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    }
    return result;
  });

test('articles embedded in same-site and srcdoc iframes are annotated too', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('http://tinhuy.songhong.gov.vn/frames.html');
  const [sameSite, srcdoc] = [page.frames()[1], page.frames()[2]];
  expect(sameSite && srcdoc).toBeTruthy();
  await expect
    .poll(async () => highlightsIn(sameSite as Frame))
    .toEqual({ 'vanban-ref': ['Kế hoạch số 64/KH-UBND'], 'vanban-deadline': ['ngày 30/4/2027'] });
  await expect
    .poll(async () => highlightsIn(srcdoc as Frame))
    .toEqual({ 'vanban-ref': ['Chỉ thị số 21/CT-TTg'], 'vanban-deadline': ['ngày 15/3/2027'] });
});

test('articles inside page components (open shadow roots, slotted text) are annotated too', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('http://tinhuy.songhong.gov.vn/components.html');
  await expect
    .poll(async () => {
      const found = await highlightsIn(page.mainFrame());
      return [...(found['vanban-ref'] ?? []), ...(found['vanban-deadline'] ?? [])].sort();
    })
    .toEqual(['Kế hoạch số 77-KH/TU', 'ngày 10/8/2027', 'ngày 20/7/2027'].sort());
  // The highlight rules reach into the component: its text is painted, not just registered.
  const styled = await page.evaluate(
    () => (document.querySelector('news-card')?.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0,
  );
  expect(styled).toBe(true);
});
