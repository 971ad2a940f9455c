// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interceptPdfClicks, pdfLinkToOpen } from '../../lib/page/pdf-links';

const BASE = 'https://sotuphap.songhong.gov.vn/tin/bai-1.html';

function pageWith(html: string): Document {
  return new DOMParser().parseFromString(`<base href="${BASE}"><body>${html}</body>`, 'text/html');
}

/** A click on `target` as the user makes it: happy-dom cannot make trusted events, so we mark it. */
function userClick(target: Element, init: MouseEventInit = {}, trusted = true): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0, ...init });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
  return event;
}

describe('page: PDF links open in the viewer (option)', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('opens a plain user click on a .pdf link (any case, relative, on its text) and stops the navigation', () => {
    const doc = pageWith('<p><a href="../files/Ke-hoach.PDF"><b>Kế hoạch</b> số 5</a></p>');
    const open = vi.fn();
    stop = interceptPdfClicks(doc, open);
    const event = userClick(doc.querySelector('b') as Element);
    expect(open).toHaveBeenCalledWith('https://sotuphap.songhong.gov.vn/files/Ke-hoach.PDF');
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves script clicks, modified and middle clicks, downloads, other files and other schemes alone', () => {
    const doc = pageWith(`
      <a id="pdf" href="/a.pdf">pdf</a>
      <a id="download" href="/b.pdf" download>tải về</a>
      <a id="html" href="/c.html">html</a>
      <a id="query" href="/d.pdf?x=1">query</a>
      <a id="ftp" href="ftp://x.gov.vn/e.pdf">ftp</a>`);
    const open = vi.fn();
    stop = interceptPdfClicks(doc, open);
    const pdf = doc.getElementById('pdf') as Element;
    const untouched = [
      userClick(pdf, {}, false),
      userClick(pdf, { ctrlKey: true }),
      userClick(pdf, { metaKey: true }),
      userClick(pdf, { shiftKey: true }),
      userClick(pdf, { button: 1 }),
      ...['download', 'html', 'query', 'ftp'].map((id) => userClick(doc.getElementById(id) as Element)),
    ];
    expect(open).not.toHaveBeenCalled();
    expect(untouched.map((event) => event.defaultPrevented)).toEqual(untouched.map(() => false));
  });

  it('leaves a click the page already handled, and stops listening when told', () => {
    const doc = pageWith('<a href="/a.pdf">pdf</a>');
    const link = doc.querySelector('a') as Element;
    const open = vi.fn();
    stop = interceptPdfClicks(doc, open);
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    userClick(link);
    expect(open).not.toHaveBeenCalled();
    stop();
    userClick(link);
    expect(open).not.toHaveBeenCalled();
  });

  it('finds the link through an open shadow root', () => {
    const doc = pageWith('<div id="host"></div>');
    const root = (doc.getElementById('host') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<a href="https://vanban.x.gov.vn/f.pdf"><span>tệp</span></a>';
    const event = { isTrusted: true, button: 0, defaultPrevented: false } as MouseEvent;
    const span = root.querySelector('span') as Element;
    const path = [span, span.parentElement, root, doc.getElementById('host'), doc.body];
    const url = pdfLinkToOpen({
      ...event,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      composedPath: () => path as EventTarget[],
    });
    expect(url).toBe('https://vanban.x.gov.vn/f.pdf');
  });
});
