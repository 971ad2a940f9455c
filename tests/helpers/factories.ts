import type { Reference } from '../../lib/extract/types';

/** The fields a reference test usually states; the rest are checked by dedicated tests. */
export type RefExpectation = Pick<Reference, 'text' | 'code' | 'key'> & Partial<Reference>;

/** An expected reference: spell out what matters, the matcher ignores the rest. */
export function ref(text: string, code: string, key: string, extra: Partial<Reference> = {}): RefExpectation {
  return { text, code, key, ...extra };
}
