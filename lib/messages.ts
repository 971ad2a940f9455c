/**
 * The one typed protocol between content script, background and extension pages.
 * Every message is `{ type, ...payload }`; receivers validate with `isMessage` and ignore the rest,
 * because a page can post anything to a content script's listeners.
 */

/** What the content script reports about its tab. */
export interface PageStatus {
  /** The content script is running in this tab. */
  active: true;
  url: string;
  references: number;
  dates: number;
}

export interface Protocol {
  /** popup → content script: is it running here, and what did it find? */
  getPageStatus: { request: object; response: PageStatus };
}

export type MessageType = keyof Protocol;
export type Message<K extends MessageType = MessageType> = { type: K } & Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>(['getPageStatus']);

/** True when `value` is a message of our protocol (a known `type` on a plain object). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    MESSAGE_TYPES.has((value as { type: string }).type)
  );
}
