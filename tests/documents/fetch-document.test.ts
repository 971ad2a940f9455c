import { describe, expect, it, vi } from 'vitest';
import { fetchDocument, fileNameOf } from '../../lib/documents/fetch-document';
import { DocumentError } from '../../lib/documents/types';

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof DocumentError ? error.code : String(error)),
  );

/** A response whose body comes in `chunks` chunks of `size` bytes, counting how many were read. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array(size).fill(0x41));
    },
  });
  return { response: new Response(body, { headers }), sent: () => sent };
}

describe('fetchDocument', () => {
  it('fetches with the user’s cookies and returns bytes, type and file name', async () => {
    const fake = vi.fn(async () => new Response('%PDF-1.7 x', { headers: { 'content-type': 'application/pdf' } }));
    const doc = await fetchDocument('https://a.gov.vn/files/k%E1%BA%BF.pdf', { fetch: fake });
    expect(new TextDecoder().decode(doc.bytes)).toBe('%PDF-1.7 x');
    expect(doc.contentType).toBe('application/pdf');
    expect(doc.fileName).toBe('kế.pdf');
    expect(fake).toHaveBeenCalledWith(
      'https://a.gov.vn/files/k%E1%BA%BF.pdf',
      expect.objectContaining({ credentials: 'include' }),
    );
  });

  it('refuses anything but http and https without a request', async () => {
    const fake = vi.fn();
    for (const url of ['file:///etc/passwd', 'chrome://settings', 'data:application/pdf,x', 'not a url']) {
      expect(await codeOf(fetchDocument(url, { fetch: fake }))).toBe('scheme');
    }
    expect(fake).not.toHaveBeenCalled();
  });

  it('stops a download past the size cap instead of reading it all', async () => {
    const body = streamed(1000, 1024);
    expect(
      await codeOf(
        fetchDocument('https://a.gov.vn/big.pdf', { fetch: async () => body.response, maxBytes: 10 * 1024 }),
      ),
    ).toBe('too-large');
    expect(body.sent()).toBeLessThan(20);
  });

  it('refuses at once a declared length over the cap', async () => {
    const body = streamed(1, 10, { 'content-length': String(60 * 1024 * 1024) });
    expect(await codeOf(fetchDocument('https://a.gov.vn/big.pdf', { fetch: async () => body.response }))).toBe(
      'too-large',
    );
  });

  it('gives up after the time cap with its own message', async () => {
    const hanging = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_, fail) => init?.signal?.addEventListener('abort', () => fail(new Error('aborted'))));
    expect(
      await codeOf(fetchDocument('https://a.gov.vn/slow.pdf', { fetch: hanging as typeof fetch, timeoutMs: 30 })),
    ).toBe('timeout');
  });

  it('says what an HTTP error or a network failure was', async () => {
    expect(
      await codeOf(fetchDocument('https://a.gov.vn/x.pdf', { fetch: async () => new Response('', { status: 404 }) })),
    ).toBe('http');
    const failing = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await codeOf(fetchDocument('https://a.gov.vn/x.pdf', { fetch: failing }))).toBe('network');
  });
});

describe('fileNameOf', () => {
  it('prefers the encoded name of Content-Disposition, then the plain one, then the path', () => {
    const url = new URL('https://a.gov.vn/download?id=7');
    expect(fileNameOf("attachment; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.pdf", url)).toBe('Kế hoạch.pdf');
    expect(fileNameOf('attachment; filename="bao-cao.docx"', url)).toBe('bao-cao.docx');
    expect(fileNameOf(null, new URL('https://a.gov.vn/f/to-trinh.pdf'))).toBe('to-trinh.pdf');
  });
});
