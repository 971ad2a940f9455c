import { describe, expect, it } from 'vitest';
import { PAGE_CHECKS } from '../../lib/messaging/page-checks';

describe('messaging: the checks of what a content script is asked', () => {
  it('takes an empty request, and refuses one with fields or of another type', () => {
    expect(PAGE_CHECKS.getFindings({})).toEqual({ ok: true, value: {} });
    expect(PAGE_CHECKS.rescan({ all: true })).toEqual({ ok: false, reason: 'unexpected all' });
    for (const data of [null, undefined, 'x', [], 3])
      expect(PAGE_CHECKS.getPageStatus(data).ok, String(data)).toBe(false);
  });

  it('takes a finding index that is a whole number from 0, and keeps nothing else of the request', () => {
    expect(PAGE_CHECKS.scrollToFinding({ index: 4, extra: 'x' })).toEqual({ ok: true, value: { index: 4 } });
    for (const index of [-1, 1.5, '3', Number.NaN, null])
      expect(PAGE_CHECKS.scrollToFinding({ index }), String(index)).toEqual({
        ok: false,
        reason: 'index: expected a whole number from 0',
      });
  });
});
