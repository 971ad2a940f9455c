/**
 * Run-time checks of the requests a tab's content script answers, written by hand: six small
 * shapes do not need a schema library, and the content script compiles on every page it loads.
 * (The background's requests are checked with valibot schemas: schemas.ts.)
 */
import type { Check, Checks } from './channel';
import type { PageProtocol } from './protocol';

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** An empty object, and nothing else. */
const nothing: Check<Record<string, never>> = (data) =>
  isRecord(data) && Object.keys(data).length === 0
    ? { ok: true, value: {} }
    : { ok: false, reason: isRecord(data) ? `unexpected ${Object.keys(data)[0]}` : 'expected an object' };

const findingIndex: Check<{ index: number }> = (data) => {
  if (!isRecord(data)) return { ok: false, reason: 'expected an object' };
  const { index } = data;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0
    ? { ok: true, value: { index } }
    : { ok: false, reason: 'index: expected a whole number from 0' };
};

export const PAGE_CHECKS: Checks<PageProtocol> = {
  getPageStatus: nothing,
  getFindings: nothing,
  scrollToFinding: findingIndex,
  refreshSaved: nothing,
  rescan: nothing,
  getAttachments: nothing,
};
