/**
 * Fetching a document: the only request the extension ever makes, and only when the user opens one
 * in the viewer. http(s) only, with the user's cookies (a portal behind a login), streamed and
 * stopped past the size cap, and given up after the time cap, each with its own message.
 */

import { quietly } from '../log';
import { DocumentError } from './types';

const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 60_000;

export interface FetchedDocument {
  bytes: Uint8Array;
  /** The URL after redirects. */
  url: string;
  contentType: string;
  /** From Content-Disposition, else the last path segment. */
  fileName: string;
}

export interface FetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export async function fetchDocument(address: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const { maxBytes = MAX_DOCUMENT_BYTES, timeoutMs = FETCH_TIMEOUT_MS, fetch: doFetch = fetch } = options;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new DocumentError('scheme', address);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DocumentError('scheme', url.protocol);

  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  options.signal?.addEventListener('abort', () => abort.abort(), { once: true });
  try {
    let response: Response;
    try {
      response = await doFetch(url.href, { credentials: 'include', signal: abort.signal, redirect: 'follow' });
    } catch (error) {
      throw timedOut ? new DocumentError('timeout') : new DocumentError('network', (error as Error)?.message);
    }
    if (!response.ok) throw new DocumentError('http', String(response.status));
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) throw new DocumentError('too-large', String(declared));
    const bytes = await readCapped(response, maxBytes, abort, () => timedOut);
    return {
      bytes,
      url: response.url || url.href,
      contentType: response.headers.get('content-type') ?? '',
      fileName: fileNameOf(response.headers.get('content-disposition'), new URL(response.url || url.href)),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, chunk by chunk, aborting the download once it passes `maxBytes`. */
async function readCapped(
  response: Response,
  maxBytes: number,
  abort: AbortController,
  timedOut: () => boolean,
): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        abort.abort();
        await reader.cancel().catch(quietly('cancelling an oversized download'));
        throw new DocumentError('too-large', String(total));
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw timedOut() ? new DocumentError('timeout') : new DocumentError('network', (error as Error)?.message);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** `filename*=UTF-8''…` or `filename="…"` from Content-Disposition, else the URL's last segment. */
export function fileNameOf(disposition: string | null, url: URL): string {
  const star = disposition?.match(/filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through
    }
  }
  const plain = disposition?.match(/filename\s*=\s*"?([^";]+)"?/);
  if (plain?.[1]) return plain[1].trim();
  const last = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
