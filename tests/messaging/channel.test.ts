import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WatchlistPort } from '../../lib/db/watchlist-port';
import { registerBackgroundHandlers } from '../../lib/messaging/background-handlers';
import { sendToBackground } from '../../lib/messaging/channel';
import { PRIVATE_WINDOW } from '../../lib/messaging/protocol';
import { deadlineSummary, findingSummary } from '../helpers/factories';

const source = {
  url: 'https://sotuphap.songhong.gov.vn/tin/1',
  title: 'Tin',
  seenAt: '2026-11-30T08:00:00.000Z',
  quote: 'trước ngày 30/6/2027',
  prefix: '',
  suffix: '',
};

function fakePort() {
  return {
    save: vi.fn<WatchlistPort['save']>(async (_finding, _source, save) => ({ ok: true, saved: save })),
    savedKeys: vi.fn<WatchlistPort['savedKeys']>(async (keys) => keys.slice(0, 1)),
  };
}

function services(watchlist: ReturnType<typeof fakePort>, openDocument = vi.fn(async () => {})) {
  return { watchlist, readText: () => ({ references: [], dates: [] }), openDocument };
}

describe('messaging: the background protocol', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    fakeBrowser.reset();
  });

  it('answers a well-formed request with the handler’s typed result', async () => {
    const port = fakePort();
    stop = registerBackgroundHandlers(services(port));
    const finding = deadlineSummary('deadline|2027-06-30|abc', '2027-06-30');
    await expect(sendToBackground('saveFinding', { finding, source, save: true })).resolves.toEqual({
      ok: true,
      saved: true,
    });
    expect(port.save).toHaveBeenCalledWith(finding, source, true, undefined);
    await expect(sendToBackground('getSavedKeys', { keys: ['a', 'b'] })).resolves.toEqual(['a']);
  });

  it.each([
    ['a javascript: URL', { ...source, url: 'javascript:alert(1)' }, 'source.url'],
    ['a data: URL', { ...source, url: 'data:text/html,x' }, 'source.url'],
    ['a sentence of 20 M characters', { ...source, quote: 'x'.repeat(20_000_000) }, 'source.quote'],
    ['a seenAt that is not a time', { ...source, seenAt: 'yesterday' }, 'source.seenAt'],
  ])('refuses %s with the reason, before it reaches the watchlist', async (_what, badSource, path) => {
    const port = fakePort();
    stop = registerBackgroundHandlers(services(port));
    const request = sendToBackground('saveFinding', {
      finding: findingSummary('19-CT/TW'),
      source: badSource,
      save: true,
    });
    await expect(request).rejects.toThrow(`malformed saveFinding: ${path}`);
    expect(port.save).not.toHaveBeenCalled();
  });

  it('refuses wrong types and oversized lists', async () => {
    const port = fakePort();
    stop = registerBackgroundHandlers(services(port));
    const wrongType = { ...findingSummary('19-CT/TW'), count: 'many' } as never;
    await expect(sendToBackground('saveFinding', { finding: wrongType, source, save: true })).rejects.toThrow(
      'malformed saveFinding: finding.count',
    );
    await expect(sendToBackground('getSavedKeys', { keys: Array(10_001).fill('k') })).rejects.toThrow(
      'malformed getSavedKeys: keys',
    );
    expect(port.savedKeys).not.toHaveBeenCalled();
  });

  it('passes a handler’s failure to the sender as a rejection', async () => {
    const port = fakePort();
    port.savedKeys.mockRejectedValue(new Error('storage is full'));
    stop = registerBackgroundHandlers(services(port));
    await expect(sendToBackground('getSavedKeys', { keys: ['a'] })).rejects.toThrow('storage is full');
  });

  it('refuses to save from a private window, so nothing read privately reaches the disk', async () => {
    const port = fakePort();
    stop = registerBackgroundHandlers(services(port));
    // As a content script in a private tab sends it: the sender says incognito.
    const reply = await new Promise((resolve) =>
      fakeBrowser.runtime.onMessage.trigger(
        {
          channel: 'vanban-watch',
          type: 'saveFinding',
          data: { finding: findingSummary('19-CT/TW'), source, save: true },
        },
        { tab: { id: 3, incognito: true, url: source.url }, url: source.url } as never,
        resolve,
      ),
    );
    expect(reply).toEqual({ ok: true, value: { ok: false, error: PRIVATE_WINDOW } });
    expect(port.save).not.toHaveBeenCalled();
  });

  it('leaves messages of other channels to other listeners', async () => {
    stop = registerBackgroundHandlers(services(fakePort()));
    const other = vi.fn((_message: unknown, _sender: unknown, reply: (answer: string) => void) => {
      reply('theirs');
      return true;
    });
    fakeBrowser.runtime.onMessage.addListener(other);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'getSavedKeys', keys: [] })).resolves.toBe('theirs');
  });

  it('opens a PDF link in the viewer next to the sender’s tab, only for http and https URLs', async () => {
    const openDocument = vi.fn(async () => {});
    stop = registerBackgroundHandlers(services(fakePort(), openDocument));
    const pdf = 'https://sotuphap.songhong.gov.vn/files/ke-hoach.pdf';
    const reply = await new Promise((resolve) =>
      fakeBrowser.runtime.onMessage.trigger(
        { channel: 'vanban-watch', type: 'openDocument', data: { url: pdf } },
        { tab: { id: 3, index: 4, url: source.url }, url: source.url } as never,
        resolve,
      ),
    );
    expect(reply).toEqual({ ok: true, value: true });
    expect(openDocument).toHaveBeenCalledWith(pdf, 4);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd.pdf', 'data:application/pdf,x', 'not a url']) {
      await expect(sendToBackground('openDocument', { url })).rejects.toThrow('malformed openDocument: url');
    }
    expect(openDocument).toHaveBeenCalledTimes(1);
  });
});
