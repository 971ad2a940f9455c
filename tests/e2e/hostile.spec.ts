import { readCard, uiHosts } from './card';
import { expect, scanStatusOf, test } from './fixtures';
import { highlightedTexts, pointOf } from './highlights';

const DEMO = 'http://tinhuy.songhong.gov.vn/demo/';

/**
 * A page that tries to drive, read, hide or switch off the extension, with everything a page
 * script can do: synthetic events, the highlight registry, DOM and CSS, and WXT's own
 * "script started" event (whose name carries our public extension id).
 */
test('a hostile page can neither drive, read, hide nor switch us off', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(DEMO);
  await expect.poll(async () => (await highlightedTexts(page))['vanban-ref']?.length ?? 0).toBeGreaterThan(5);
  const point = await pointOf(page, 'vanban-ref', 'Kế hoạch số 45-KH/TU');

  // Drive: a script-made click on a highlight opens no card.
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y);
    target?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
  }, point ?? { x: 0, y: 0 });
  await page.waitForTimeout(300);
  expect(await readCard(page)).toBeUndefined();

  // A real click opens it; a script-made click on its Save button saves nothing.
  await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
  await expect.poll(async () => (await readCard(page))?.title).toBe('45-KH/TU');
  const reached = await page.evaluate(() => {
    const host = [...document.documentElement.children].find((el) => el.localName.startsWith('vanban-watch-'));
    // The root is closed: a page script cannot find the card, let alone its buttons.
    return host?.shadowRoot ?? null;
  });
  expect(reached).toBeNull();

  // Read: nothing in the registry depends on what is saved.
  expect(Object.keys(await highlightedTexts(page)).some((name) => /saved/.test(name))).toBe(false);

  // Hide: remove the host, restyle it, and forge WXT's "script started" event.
  await page.evaluate((id) => {
    const host = [...document.documentElement.children].find((el) => el.localName.startsWith('vanban-watch-'));
    const style = document.createElement('style');
    style.textContent = 'html > :not(head):not(body) { display: none !important; visibility: hidden !important; }';
    document.head.append(style);
    host?.setAttribute('style', 'display:none');
    host?.remove();
    for (const entry of ['content', 'content-scripts/content']) {
      document.dispatchEvent(
        new CustomEvent(`${id}:${entry}:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
    }
    window.postMessage({ type: `${id}:content:wxt:content-script-started`, contentScriptName: 'content' }, '*');
  }, extensionId);
  await expect(uiHosts(page)).toHaveCount(1);
  expect(await uiHosts(page).evaluate((host) => getComputedStyle(host).display)).toBe('block');
  // Still annotating, still answering the user: new content is highlighted.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Thực hiện Chỉ thị số 99/CT-TTg, các sở báo cáo trước ngày 30/6/2027.';
    document.body.append(p);
  });
  await expect
    .poll(async () => (await highlightedTexts(page))['vanban-ref'] ?? [], { timeout: 10_000 })
    .toContain('Chỉ thị số 99/CT-TTg');
});

test('a page that never settles cannot make us take more than a tenth of the main thread', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto('http://tinhuy.songhong.gov.vn/news.html');
  await expect.poll(async () => (await highlightedTexts(page))['vanban-ref']?.length ?? 0).toBeGreaterThan(0);
  // Text right under <body>, rewritten every 20 ms, with a reference and a deadline each time.
  await page.evaluate(() => {
    const node = document.createTextNode('');
    document.body.append(node);
    let n = 0;
    setInterval(() => {
      n += 1;
      node.data = ` Quyết định số ${n}/QĐ-UBND, báo cáo trước ngày ${(n % 28) + 1}/12/2027. `.repeat(50);
    }, 20);
  });
  const busy = async () => (await scanStatusOf(serviceWorker, page)).busyMs;
  const before = await busy();
  const started = Date.now();
  await page.waitForTimeout(8_000);
  const share = ((await busy()) - before) / (Date.now() - started);
  expect(share).toBeLessThanOrEqual(0.1);
});
