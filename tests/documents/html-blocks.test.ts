import { describe, expect, it, vi } from 'vitest';
import { BlockList } from '../../lib/documents/html-blocks';
import { sectionEnd } from '../../lib/documents/html-sections';
import type { LaidNode } from '../../lib/documents/html-text';

/** `count` paragraphs of our own text, laid out one after another from offset `from`. */
function paragraphs(count: number, from = 0): LaidNode[] {
  return Array.from({ length: count }, (_, i) => {
    const text = `Mục ${from + i}: báo cáo trước ngày 30/6/2027.`;
    return { tag: 'p', attrs: {}, children: [{ text, start: (from + i) * 100 }] };
  });
}

describe('packed blocks', () => {
  it('give every block back by index, across batches, as the array did', () => {
    const batches = [paragraphs(3), paragraphs(1, 3), paragraphs(5, 4)];
    const list = new BlockList();
    for (const batch of batches) list.add(JSON.stringify(batch), batch.length);
    const all = batches.flat();
    expect(list.length).toBe(all.length);
    for (let i = 0; i < all.length; i++) expect(list.at(i)).toEqual(all[i]);
    expect([list.at(-1), list.at(all.length)]).toEqual([undefined, undefined]);
    // Sections are cut the same from the list as from the array.
    for (let from = 0; from < all.length; from++) expect(sectionEnd(list, from, 120)).toBe(sectionEnd(all, from, 120));
  });

  it('read a batch only when one of its blocks is asked for, and once', () => {
    const list = new BlockList();
    for (let i = 0; i < 10; i++) list.add(JSON.stringify(paragraphs(100, i * 100)), 100);
    const parse = vi.spyOn(JSON, 'parse');
    expect(list.length).toBe(1_000);
    expect(parse).not.toHaveBeenCalled();
    list.at(0);
    list.at(99);
    expect(parse).toHaveBeenCalledTimes(1);
    list.at(950);
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockRestore();
  });
});
