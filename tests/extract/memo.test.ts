import { describe, expect, it } from 'vitest';
import { memoised } from '../../lib/extract/text/memo';

describe('memoised', () => {
  it('computes each key once, and starts again when it holds max answers', () => {
    const asked: string[] = [];
    const upper = memoised((key: string) => {
      asked.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    upper('c'); // full: emptied, then c remembered
    upper('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
