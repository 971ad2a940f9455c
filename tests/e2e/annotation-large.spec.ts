/**
 * A long page is painted in batches (lib/page/painter.ts, deferred): in the end every finding is
 * painted exactly as on a page read in one go, and a finding far below the first screen opens its
 * card like any other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCard } from './card';
import { expect, test } from './fixtures';
import { highlightedTexts, pointOf } from './highlights';

const PARAGRAPHS = 700;
const FILE = 'large-annotation.html';
const URL = `http://tinhuy.songhong.gov.vn/generated/${FILE}`;

const reference = (i: number) => `Kế hoạch số ${200 + i}-KH/UBND`;
const due = (i: number) => `${(i % 28) + 1}/${(i % 12) + 1}/2027`;

test.beforeAll(() => {
  // Our own sentences, long enough that the scan takes many slices past the first screen.
  const body = Array.from(
    { length: PARAGRAPHS },
    (_, i) =>
      `<p>Mục ${i}. Thực hiện <b>${reference(i)}</b> về chuyển đổi số, Văn phòng tổng hợp ý kiến các phòng, ` +
      `ban và đơn vị trực thuộc, hoàn thiện dự thảo báo cáo, gửi Sở Nội vụ trước ngày ${due(i)} để theo dõi.</p>`,
  ).join('\n');
  mkdirSync('.cache/e2e-pages', { recursive: true });
  writeFileSync(
    join('.cache/e2e-pages', FILE),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang dài</title></head><body><article>${body}</article></body></html>`,
  );
});

test('a long page ends with every finding painted, and a finding at its end opens its card', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(URL);
  const expected = Array.from({ length: PARAGRAPHS }, (_, i) => reference(i)).sort();
  await expect
    .poll(async () => [...((await highlightedTexts(page))['vanban-ref'] ?? [])].sort(), { timeout: 30_000 })
    .toEqual(expected);
  const texts = await highlightedTexts(page);
  expect(texts['vanban-deadline']).toHaveLength(PARAGRAPHS);
  for (let i = 0; i < PARAGRAPHS; i += 97)
    expect(texts['vanban-deadline']).toContainEqual(expect.stringContaining(due(i)));

  const last = reference(PARAGRAPHS - 1);
  await page.evaluate(() => document.querySelector('article p:last-child')?.scrollIntoView({ block: 'center' }));
  await expect.poll(() => pointOf(page, 'vanban-ref', last)).toBeDefined();
  const point = await pointOf(page, 'vanban-ref', last);
  await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
  await expect.poll(async () => (await readCard(page))?.title).toBe(last.replace('Kế hoạch số ', ''));
});
