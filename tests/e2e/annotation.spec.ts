import { loadGold } from '../helpers/gold';
import { readCard, readHint } from './card';
import { expect, openPopupFor, test } from './fixtures';
import { highlightedTexts, pointOf } from './highlights';

const HOST = 'http://tinhuy.songhong.gov.vn';
const PAINTED = ['vanban-ref', 'vanban-ref-weak', 'vanban-deadline', 'vanban-date'];

const painted = async (page: Parameters<typeof highlightedTexts>[0]) => {
  const texts = await highlightedTexts(page);
  return PAINTED.flatMap((name) => texts[name] ?? []);
};

test.describe('annotation', () => {
  for (const gold of loadGold('seeds')) {
    test(`seed ${gold.id}: highlights exactly the gold items, leaves the page DOM as it was`, async ({ context }) => {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !/favicon|Failed to load resource/.test(message.text()))
          problems.push(message.text());
      });
      await page.goto(`${HOST}/generated/${gold.id}.html`);
      const required = [...gold.refs, ...gold.dates].filter((item) => !item.optional).map((item) => item.text);
      const allowed = new Set([...gold.refs, ...gold.dates].map((item) => item.text));
      await expect
        .poll(async () => (await painted(page)).length, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(required.length);

      const texts = await painted(page);
      for (const text of required) expect(texts, `missing ${text}`).toContain(text);
      expect(texts.filter((text) => !allowed.has(text))).toEqual([]);
      // Every required occurrence, not just every distinct string.
      for (const text of new Set(required)) {
        expect(texts.filter((t) => t === text).length).toBeGreaterThanOrEqual(
          required.filter((r) => r === text).length,
        );
      }

      const dom = await page.evaluate(() => {
        const hosts = [...document.documentElement.children].filter((el) => el.localName.startsWith('vanban-watch-'));
        const after = document.documentElement.outerHTML.replace(hosts[0]?.outerHTML ?? '', '');
        return {
          before: (window as unknown as { __before: string }).__before,
          after,
          hosts: hosts.length,
          // Closed: the page's scripts cannot reach into our UI.
          shadowRoot: hosts[0]?.shadowRoot ?? null,
        };
      });
      expect(dom.hosts).toBe(1);
      expect(dom.shadowRoot).toBeNull();
      expect(dom.after).toBe(dom.before);
      expect(problems).toEqual([]);
    });
  }

  test('a page that re-renders keeps working and is highlighted again; late content is highlighted', async ({
    context,
  }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${HOST}/dynamic.html`);
    await expect.poll(async () => (await highlightedTexts(page))['vanban-ref'] ?? []).toContain('Kế hoạch số 12-KH/TU');
    const rendersBefore = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    await expect
      .poll(async () => (await highlightedTexts(page))['vanban-ref'] ?? [], { timeout: 6_000 })
      .toContain('Chỉ thị số 77/CT-TTg');
    // The renderer kept running; once it stops, what is highlighted is its current text, not detached nodes.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __renders: number }).__renders))
      .toBeGreaterThan(rendersBefore);
    await page.evaluate(() => {
      (window as unknown as { __stopRendering: boolean }).__stopRendering = true;
    });
    await expect.poll(async () => (await highlightedTexts(page))['vanban-ref'] ?? []).toContain('Kế hoạch số 12-KH/TU');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const highlight = CSS.highlights.get('vanban-ref') as unknown as Iterable<StaticRange>;
          return [...highlight].every((range) => range.startContainer.isConnected);
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });

  test('a click on a highlight opens its card; Esc closes it; the keyboard steps through findings', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto(`${HOST}/demo/`);
    await expect.poll(async () => (await highlightedTexts(page))['vanban-deadline']?.length ?? 0).toBeGreaterThan(0);

    const point = await pointOf(page, 'vanban-ref', 'Kế hoạch số 45-KH/TU');
    expect(point).toBeDefined();
    // Resting on a highlight says it can be clicked; moving off hides that again.
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => readHint(page)).toMatch(/^Văn bản · nhấp để xem|^Document · click/);
    await page.mouse.move(5, 5);
    await expect.poll(() => readHint(page)).toBeUndefined();
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(async () => (await readCard(page))?.title).toBe('45-KH/TU');
    expect((await readCard(page))?.text).toMatch(/Tỉnh ủy|Provincial/);
    // The card takes focus, so the keyboard works in it at once.
    expect((await readCard(page))?.focused).toBe('save');
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeUndefined();

    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(async () => (await readCard(page))?.title).toBeTruthy();
    expect((await highlightedTexts(page))['vanban-current']).toHaveLength(1);
    const first = (await readCard(page))?.title;
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(async () => (await readCard(page))?.title).not.toBe(first);
  });

  test('the popup lists the findings and scrolls the page to one', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(`${HOST}/demo/`);
    await expect.poll(async () => (await highlightedTexts(page))['vanban-ref']?.length ?? 0).toBeGreaterThan(10);
    const popup = await openPopupFor(context, serviceWorker, page);
    const deadlines = popup.locator('.finding[data-category="deadline"]');
    await expect(deadlines.first()).toBeVisible();
    // Soonest due first.
    await expect(deadlines.first().locator('.finding-title')).toHaveText('ngày 15/12/2026');
    await expect(
      popup.locator('.finding[data-category="reference"]').filter({ hasText: '1520/QĐ-UBND' }),
    ).toContainText('2');
    await popup.locator('.finding').filter({ hasText: 'năm 2045' }).click();
    await expect.poll(async () => (await readCard(page))?.title).toBe('năm 2045');
  });
});
