/**
 * Sending and serving the protocol over the extension's runtime messaging. Every message travels
 * in an envelope with our channel name, every answer as `{ ok, value | error }`, so a failed or
 * refused request reaches the sender as a rejected promise with a reason, in both browsers.
 */
import { type Browser, browser } from 'wxt/browser';
import type { AnyProtocol, BackgroundProtocol, PageProtocol, RequestOf, ResponseOf } from './protocol';

const CHANNEL = 'vanban-watch';

interface Envelope {
  channel: typeof CHANNEL;
  type: string;
  data: unknown;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const { channel, type } = message as Partial<Envelope>;
  return channel === CHANNEL && typeof type === 'string';
}

function unwrap<T>(reply: unknown, type: string): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`no answer to ${type}`);
  }
  const answer = reply as Reply;
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as T;
}

/** Asks the background; rejects with its reason when it refuses or fails. */
export async function sendToBackground<K extends keyof BackgroundProtocol & string>(
  type: K,
  data: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  const envelope: Envelope = { channel: CHANNEL, type, data };
  return unwrap(await browser.runtime.sendMessage(envelope), type);
}

/**
 * Asks the content script of `tabId`'s top frame (frames embedded in the page run their own copy,
 * which annotates them; the popup speaks for the page itself); rejects when none runs there.
 */
export async function sendToTab<K extends keyof PageProtocol & string>(
  tabId: number,
  type: K,
  data: RequestOf<PageProtocol, K>,
): Promise<ResponseOf<PageProtocol, K>> {
  const envelope: Envelope = { channel: CHANNEL, type, data };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }), type);
}

export type Sender = Browser.runtime.MessageSender;

export type Handlers<P extends AnyProtocol> = {
  [K in keyof P]: (data: RequestOf<P, K>, sender: Sender) => ResponseOf<P, K> | Promise<ResponseOf<P, K>>;
};

/**
 * A payload's run-time check: its typed value, or why it is refused (`source.url: Invalid URL`).
 * The background builds its checks from valibot schemas (schema-checks.ts); the content script's
 * few small requests are checked by hand (page-checks.ts), so a page load compiles no schema library.
 */
export type Check<T> = (data: unknown) => { ok: true; value: T } | { ok: false; reason: string };

export type Checks<P extends AnyProtocol> = {
  [K in keyof P]: Check<RequestOf<P, K>>;
};

/**
 * Answers the requests of protocol `P`: each payload is checked first, and a
 * malformed one is refused with the reason. Messages of other channels or types are left to other
 * listeners. Returns the function that stops serving.
 */
export function serve<P extends AnyProtocol>(checks: Checks<P>, handlers: Handlers<P>): () => void {
  // sendResponse + `return true` rather than a returned promise: Chrome before 144 ignores promises.
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: Reply) => void): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    void answer(checks, handlers, message, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

async function answer<P extends AnyProtocol>(
  checks: Checks<P>,
  handlers: Handlers<P>,
  message: Envelope,
  sender: Sender,
): Promise<Reply> {
  const type = message.type as keyof P;
  const checked = checks[type](message.data);
  if (!checked.ok) return { ok: false, error: `malformed ${message.type}: ${checked.reason}` };
  try {
    return { ok: true, value: await handlers[type](checked.value, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
