import { readCard } from './card';
import { expect, test } from './fixtures';
import { highlightedTexts, pointOf } from './highlights';

const PAGE = 'http://tinhuy.songhong.gov.vn/task-table.html';

test('a task table: every date under the completion column is a deadline, its card names the task and owner', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  // No cue word stands before these dates: only the column header makes them deadlines.
  await expect
    .poll(async () => (await highlightedTexts(page))['vanban-deadline']?.sort())
    .toEqual(['30/6/2027', 'Quý III/2027', 'Tháng 11/2027'].sort());
  // The effective date below the table is not a deadline.
  expect((await highlightedTexts(page))['vanban-date']).toContain('ngày 15/01/2027');

  const point = await pointOf(page, 'vanban-deadline', 'Quý III/2027');
  await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
  await expect.poll(async () => (await readCard(page))?.title).toBe('Quý III/2027');
  // The task and owner come with the background's full reading; an open card shows them when it does.
  await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Số hóa hồ sơ hộ tịch đang lưu trữ');
  const card = (await readCard(page))?.text ?? '';
  expect(card).toContain('Sở Tư pháp');
  // The supporting body is not the owner.
  expect(card).not.toContain('UBND các huyện');
});
