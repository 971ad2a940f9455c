import { describe, expect, it } from 'vitest';
import { isMessage } from '../../lib/messaging/protocol';

describe('messages', () => {
  it.each([
    [{ type: 'getPageStatus' }, true],
    [{ type: 'deleteEverything' }, false],
    [{ type: 42 }, false],
    ['getPageStatus', false],
    [null, false],
    [undefined, false],
  ])('isMessage(%j) is %s', (value, expected) => {
    expect(isMessage(value)).toBe(expected);
  });
});
