// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerThePopup } from '../../lib/page/page-responder';

/** What the popup's `sendToTab` delivers to the content script's listener. */
function ask(type: string, data: unknown = {}): Promise<unknown> {
  return new Promise((resolve) =>
    fakeBrowser.runtime.onMessage.trigger({ channel: 'vanban-watch', type, data }, {} as never, resolve),
  );
}

describe('page: the answers to the popup', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    fakeBrowser.reset();
  });

  it('lists the attachments of its own document, read when asked', async () => {
    const doc = new DOMParser().parseFromString(
      '<base href="https://ubnd.x.gov.vn/tin/"><body><a href="../files/ke-hoach.pdf">Kế hoạch</a></body>',
      'text/html',
    );
    stop = answerThePopup(
      {
        status: () => ({ active: true, url: 'https://ubnd.x.gov.vn/tin/', title: '', references: 0, dates: 0 }),
        findings: () => [],
        goTo: () => {},
        refreshSaved: async () => {},
        rescan: async () => {},
      },
      doc,
    );
    expect(await ask('getAttachments')).toEqual({
      ok: true,
      value: [{ url: 'https://ubnd.x.gov.vn/files/ke-hoach.pdf', kind: 'pdf', title: 'Kế hoạch', via: 'link' }],
    });
    // A link the page adds later is there the next time the popup asks.
    doc.body.insertAdjacentHTML('beforeend', '<a href="/files/phu-luc.docx">Phụ lục</a>');
    const again = (await ask('getAttachments')) as { value: { kind: string }[] };
    expect(again.value.map((attachment) => attachment.kind)).toEqual(['pdf', 'docx']);
    expect(await ask('getAttachments', { extra: 1 })).toMatchObject({ ok: false });
  });
});
