import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { groupsOf } from '../../components/viewer/FindingsPanel';
import { analyseInSlices, splitAt } from '../../lib/documents/chunked-analysis';
import { FIRST_SCREEN_MIN_XML } from '../../lib/documents/docx-first-screen';
import { summarizeDocument } from '../../lib/documents/findings';
import { nodeReaders } from '../../lib/documents/node-readers';
import { readDocument } from '../../lib/documents/read-document';
import { DOCX_READ_MARK, HELP_STARTED_MARK, HELP_STOPPED_MARK } from '../../lib/documents/viewer/docx-protocol';
import { lineKeyOf } from '../../lib/watchlist/summary';
import { planDocx } from '../helpers/docx-writer';
import { uiHosts } from './card';
import { expect, openPopupFor, storedRows, test } from './fixtures';
import { highlightedTexts, pointOf } from './highlights';

// tests/fixtures/documents is served under /documents/ (see playwright.config.ts), on a *.gov.vn host.
const FIXTURES = resolve('tests/fixtures/documents');
const SITE = 'http://tinhuy.songhong.gov.vn/documents';

const viewerFor = (extensionId: string, url?: string) =>
  `chrome-extension://${extensionId}/viewer.html${url ? `?file=${encodeURIComponent(url)}` : ''}`;

async function linkOn(page: Page, text: string): Promise<string> {
  await page.goto(`${SITE}/announcement.html`);
  return page.getByRole('link', { name: text }).evaluate((link) => (link as HTMLAnchorElement).href);
}

// Runs inside the extension's service worker, where the WebExtension API is the global `chrome`.
declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

test.describe('document viewer', () => {
  test('a PDF linked from a government page: highlights, the panel, the card saves with its page', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    const pdfUrl = await linkOn(page, 'Kế hoạch (PDF)');
    const viewer = await context.newPage();
    await viewer.goto(viewerFor(extensionId, pdfUrl));
    await expect(viewer.getByTestId('viewer-panel')).toBeVisible({ timeout: 15_000 });
    await expect(viewer.getByTestId('viewer-panel')).toContainText('12-KH/UBND');
    // The first page is drawn and painted: its references and deadlines are highlighted in the text layer.
    await expect
      .poll(async () => (await highlightedTexts(viewer))['vanban-ref']?.join(' | ') ?? '')
      .toContain('12-KH/UBND');
    const deadlines = (await highlightedTexts(viewer))['vanban-deadline'] ?? [];
    expect(deadlines.join(' | ')).toContain('30/6/2027');
    await expect(viewer.locator('.textLayer').first()).toContainText('Kế hoạch số 12-KH/UBND');

    // A deadline on page 2 from the panel: the page is drawn, the card opens, Save stores page 2.
    await viewer.locator('.viewer-finding', { hasText: '30/9/2027' }).first().click();
    const card = viewer.locator('.viewer-card-host .card');
    await expect(card).toBeVisible();
    await card.locator('button.save').click();
    await expect(card.locator('button.save')).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () => (await storedRows(viewer, 'sources')).map((source) => [source.url, source.page]))
      .toContainEqual([pdfUrl, 2]);

    // The keyboard steps to the next finding and the card follows.
    await viewer.keyboard.press('Alt+Shift+J');
    await expect(card).toBeVisible();

    const watchlist = await context.newPage();
    await watchlist.goto(`chrome-extension://${extensionId}/watchlist.html`);
    await expect(watchlist.getByTestId('watch-row')).toHaveCount(1);
    await expect(watchlist.getByTestId('watch-row').first()).toContainText('30/9/2027');
  });

  test('a DOCX linked from the page is read the same way, its table kept', async ({ context, extensionId }) => {
    const page = await context.newPage();
    const docxUrl = await linkOn(page, 'Kế hoạch (Word)');
    const viewer = await context.newPage();
    await viewer.goto(viewerFor(extensionId, docxUrl));
    await expect(viewer.getByTestId('viewer-panel')).toContainText('12-KH/UBND', { timeout: 15_000 });
    await expect(viewer.locator('.doc-html table td', { hasText: 'Sở Nội vụ' })).toBeVisible();
    await expect
      .poll(async () => (await highlightedTexts(viewer))['vanban-deadline']?.join(' | ') ?? '')
      .toContain('30/9/2027');
    const point = await pointOf(viewer, 'vanban-ref', 'Kế hoạch số 12-KH/UBND');
    await viewer.mouse.click(point?.x ?? 0, point?.y ?? 0);
    const card = viewer.locator('.viewer-card-host .card');
    await expect(card).toContainText('12-KH/UBND');
    await card.locator('button.save').click();
    await expect
      .poll(async () => (await storedRows(viewer, 'sources')).map((source) => [source.url, source.page]))
      .toEqual([[docxUrl, undefined]]);
  });

  test('a local file chosen in the viewer is read the same way, without any request', async ({
    context,
    extensionId,
  }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const viewer = await context.newPage();
    await viewer.goto(viewerFor(extensionId));
    await viewer.getByTestId('viewer-file').setInputFiles(join(FIXTURES, 'plan.pdf'));
    await expect(viewer.getByTestId('viewer-panel')).toContainText('1234/BTTTT-CĐSQG', { timeout: 15_000 });
    await expect.poll(async () => (await highlightedTexts(viewer))['vanban-ref']?.length ?? 0).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  });

  test('a long DOCX, read by two workers, lists exactly what the same slices read in Node, in order', async ({
    context,
    extensionId,
  }) => {
    // Long enough for the first-screen head start and for the analysis worker to read the second half.
    const bytes = planDocx(450_000);
    expect(bytes.length).toBeGreaterThan(FIRST_SCREEN_MIN_XML);
    const read = await readDocument(new Uint8Array(bytes), 'plan-long.docx', nodeReaders);
    const findings = ('findings' in read && read.findings) || (await analyseInSlices(read, async () => {}));
    const { deadlines, documents, dates } = groupsOf(summarizeDocument(findings));
    expect(splitAt(read)).toBeLessThan(read.text.length);

    const viewer = await context.newPage();
    await viewer.goto(viewerFor(extensionId));
    await viewer.getByTestId('viewer-file').setInputFiles({
      name: 'plan-long.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: bytes,
    });
    const panel = viewer.locator('[data-testid="viewer-panel"][data-complete="true"]');
    await expect(panel).toBeVisible({ timeout: 30_000 });
    // The analysis worker read the second half, and every finding arrived once.
    const read2 = await viewer.evaluate(
      (name) => (performance.getEntriesByName(name, 'mark').at(-1) as PerformanceMark | undefined)?.detail,
      DOCX_READ_MARK,
    );
    expect(read2).toEqual({
      tail: true,
      findings: findings.length,
      xmlParts: { plain: expect.any(Number), xmldom: 0 },
    });
    // mammoth read its XML parts with our reader (mammoth.ts), not xmldom, in the bundled worker.
    expect(read2.xmlParts.plain).toBeGreaterThan(0);
    const heading = (id: string) => panel.locator(`section[data-group="${id}"] h3`);
    await expect(heading('deadlines')).toContainText(`(${deadlines.length})`);
    await expect(heading('documents')).toContainText(`(${documents.length})`);
    await expect(heading('dates')).toContainText(`(${dates.length})`);
    // Each row is its own line (a date's line key names its sentence): the soonest deadlines, due
    // the same day in paragraphs all through the text (both halves), and the documents shown.
    const rows = (id: string) => panel.locator(`section[data-group="${id}"] li`);
    await expect(rows('deadlines').nth(19)).toBeVisible();
    const lineKeys = (id: string) =>
      rows(id).evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.line ?? ''));
    expect((await lineKeys('deadlines')).slice(0, 20)).toEqual(deadlines.slice(0, 20).map(lineKeyOf));
    const shownDocuments = await lineKeys('documents');
    expect(shownDocuments).toEqual(documents.slice(0, shownDocuments.length).map(lineKeyOf));
  });

  test('a file opened while a long DOCX is still read replaces it for good, and the DOCX read stops', async ({
    context,
    extensionId,
  }) => {
    const viewer = await context.newPage();
    await viewer.goto(viewerFor(extensionId));
    const marks = (name: string) => viewer.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length, name);
    const file = viewer.getByTestId('viewer-file');
    await file.setInputFiles({
      name: 'plan-long.docx',
      mimeType: 'application/octet-stream',
      buffer: planDocx(3_000_000),
    });
    // The DOCX's first screen is on show and the analysis worker is reading the second half.
    await expect(viewer.getByTestId('viewer-panel')).toContainText('100-KH/UBND', { timeout: 15_000 });
    await expect.poll(() => marks(HELP_STARTED_MARK), { timeout: 30_000, intervals: [50] }).toBe(1);
    await file.setInputFiles(join(FIXTURES, 'plan.pdf'));
    // The analysis worker stops that half at its next slice instead of reading it to the end.
    await expect.poll(() => marks(HELP_STOPPED_MARK), { timeout: 10_000 }).toBe(1);
    const panel = viewer.locator('[data-testid="viewer-panel"][data-complete="true"]');
    await expect(panel).toContainText('1234/BTTTT-CĐSQG', { timeout: 15_000 });
    // Long after the DOCX would have been read, the PDF is still what the viewer shows.
    await viewer.waitForTimeout(3_000);
    await expect(panel).toContainText('1234/BTTTT-CĐSQG');
    await expect(viewer.getByTestId('viewer-panel')).not.toContainText('100-KH/UBND');
    expect(await marks(DOCX_READ_MARK)).toBe(0);
  });

  test('a scanned PDF and a login page named .pdf each end in their own message', async ({ context, extensionId }) => {
    const viewer = await context.newPage();
    await viewer.goto(viewerFor(extensionId, `${SITE}/scanned.pdf`));
    await expect(viewer.getByTestId('viewer-error')).toHaveAttribute('data-code', 'scanned', { timeout: 15_000 });
    await expect(viewer.getByTestId('viewer-error')).toContainText(
      /Tệp PDF này là ảnh quét, không có chữ để đọc|This PDF is a scanned image/,
    );
    await viewer.goto(viewerFor(extensionId, `${SITE}/login-page.pdf`));
    await expect(viewer.getByTestId('viewer-error')).toHaveAttribute('data-code', 'html-not-pdf');
    await viewer.goto(viewerFor(extensionId, `${SITE}/missing.pdf`));
    await expect(viewer.getByTestId('viewer-error')).toHaveAttribute('data-code', 'http');
  });

  test('the popup lists the page’s PDF and DOCX, and "Mở bằng VănBản Watch" opens the viewer on it', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    const pdfUrl = await linkOn(page, 'Kế hoạch (PDF)');
    const docxUrl = await page
      .getByRole('link', { name: 'Kế hoạch (Word)' })
      .evaluate((a) => (a as HTMLAnchorElement).href);
    // The content script answers once it runs: wait for its UI host before asking.
    await expect(uiHosts(page)).toHaveCount(1);
    const popup = await openPopupFor(context, serviceWorker, page);
    const list = popup.getByTestId('attachments');
    await expect(list.getByRole('heading')).toHaveText(/^(Tệp đính kèm|Attachments)$/);
    await expect(list.locator('li')).toHaveCount(2);
    await expect(list.locator('.attachment-title')).toHaveText(['Kế hoạch (PDF)', 'Kế hoạch (Word)']);
    await expect(list.locator('li[data-kind="pdf"] .attachment-title')).toHaveAttribute('title', pdfUrl);
    await expect(list.locator('li[data-kind="docx"] .attachment-title')).toHaveAttribute('title', docxUrl);

    const opened = context.waitForEvent('page');
    await list
      .locator('li[data-kind="docx"]')
      .getByRole('button', { name: /Mở bằng VănBản Watch|Open in VănBản Watch/ })
      .click();
    const viewer = await opened;
    expect(viewer.url()).toBe(viewerFor(extensionId, docxUrl));
    await expect(viewer.getByTestId('viewer-panel')).toContainText('12-KH/UBND', { timeout: 15_000 });
  });

  test('with "openPdfInViewer" on, a user’s click on a PDF link on the page opens the viewer instead', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    await serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { openPdfInViewer: true } }));
    const page = await context.newPage();
    const pdfUrl = await linkOn(page, 'Kế hoạch (PDF)');
    await expect(uiHosts(page)).toHaveCount(1);
    const opened = context.waitForEvent('page');
    await page.getByRole('link', { name: 'Kế hoạch (PDF)' }).click();
    const viewer = await opened;
    expect(viewer.url()).toBe(viewerFor(extensionId, pdfUrl));
    await expect(viewer.getByTestId('viewer-panel')).toContainText('12-KH/UBND', { timeout: 15_000 });
    // The page itself stayed where it was.
    expect(page.url()).toBe(`${SITE}/announcement.html`);
  });
});
