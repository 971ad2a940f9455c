import { expect, test } from './fixtures';
import { highlightedTexts } from './highlights';

const PAGE = 'http://tinhuy.songhong.gov.vn/english-news.html';

test('an English page: the background reads it with compromise, loaded for it, and a quarter without a year becomes a deadline', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  // The content script's own grammar finds the reference and the meeting date at once.
  await expect.poll(async () => (await highlightedTexts(page))['vanban-ref']).toEqual(['Decision No. 412/QD-UBND']);
  // "the second quarter" has no year: only compromise, in the background, dates it.
  await expect.poll(async () => (await highlightedTexts(page))['vanban-deadline']).toEqual(['second quarter']);
  expect((await highlightedTexts(page))['vanban-date']).toContain('14/09/2027');
});
