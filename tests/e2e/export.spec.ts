import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, openPopupFor, test } from './fixtures';
import { highlightedTexts } from './highlights';

const DEMO = 'http://tinhuy.songhong.gov.vn/demo/';

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

async function downloaded(page: Page, testId: string): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = (await download.path()) as string;
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

test('exports CSV, calendar and backup through the UI; a backup restores what was deleted', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO);
  await expect.poll(async () => (await highlightedTexts(page))['vanban-deadline']?.length ?? 0).toBeGreaterThan(0);
  const popup = await openPopupFor(context, serviceWorker, page);
  // One line per deadline sentence on the page; "save all" saves every one of them.
  const lines = popup.locator('.finding[data-category="deadline"]');
  await expect.poll(() => lines.count()).toBeGreaterThanOrEqual(5);
  const deadlines = await lines.count();
  await popup.getByTestId('save-all-deadlines').click();
  await expect(popup.locator('.save-toggle[aria-pressed="true"]')).toHaveCount(deadlines);

  const list = await context.newPage();
  await list.goto(`chrome-extension://${extensionId}/watchlist.html`);
  await expect(list.getByTestId('watch-row')).toHaveCount(deadlines);

  const csv = await downloaded(list, 'export-csv-all');
  expect(csv.name).toMatch(/^vanban-watch-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  expect(csv.text).toContain('\r\n');
  expect(csv.text).toContain('"ngày 15/12/2026"');
  expect(csv.text).toContain('"2027-Q2"'); // a quarter deadline keeps its precision
  expect(csv.text).toContain(`"${DEMO}"`);

  expect(rowsOf(csv.text)).toHaveLength(deadlines + 1); // the header and every deadline

  // "What the current filter shows": a search for the quarter leaves fewer rows, and so does the file.
  await list.getByRole('searchbox').fill('quy');
  await expect(list.getByTestId('watch-row')).not.toHaveCount(deadlines);
  const shown = await list.getByTestId('watch-row').count();
  const filtered = rowsOf((await downloaded(list, 'export-csv-filtered')).text);
  expect(filtered).toHaveLength(shown + 1);
  expect(filtered.map((row) => row[6])).toContain('2027-Q2');
  for (const row of filtered) expect(rowsOf(csv.text)).toContainEqual(row);
  await list.getByRole('searchbox').fill('');

  const fromPopup = await downloaded(popup, 'popup-export-csv');
  expect(rowsOf(fromPopup.text)).toEqual(rowsOf(csv.text));

  // Excel: built in the page by the lazily loaded exceljs (no eval under the extension's CSP).
  const xlsx = await downloaded(list, 'export-xlsx');
  expect(xlsx.name).toMatch(/^vanban-watch-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(xlsx.path)).buffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  expect(sheet.rowCount).toBe(deadlines + 1);
  expect(sheet.getCell('A2').value).toBeInstanceOf(Date);

  const ics = await downloaded(list, 'export-ics');
  expect(ics.name).toMatch(/\.ics$/);
  expect(ics.text).toMatch(/BEGIN:VCALENDAR[\s\S]*DTSTART;VALUE=DATE:20261215[\s\S]*END:VCALENDAR/);
  expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(deadlines);

  const backup = await downloaded(list, 'backup');
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'vanban-watch-backup', version: 1 });

  // "Select all" is the table header's checkbox.
  await list.getByRole('checkbox', { name: /^(Chọn tất cả|Select all)$/ }).check();
  await list
    .getByRole('button', { name: /^(Delete|Xóa)$/ })
    .first()
    .click();
  // Deleting everything asks first.
  await expect(list.getByTestId('watch-row')).toHaveCount(deadlines);
  await list.getByTestId('confirm-delete').click();
  await expect(list.getByTestId('watch-row')).toHaveCount(0);
  await list.getByTestId('restore').setInputFiles(backup.path);
  await expect(list.getByTestId('restore-message')).toContainText(String(deadlines));
  await expect(list.getByTestId('watch-row')).toHaveCount(deadlines);
});
