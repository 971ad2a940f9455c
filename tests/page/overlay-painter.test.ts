// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/page/findings';
import { OverlayPainter } from '../../lib/page/overlay-painter';

const finding = (category: Finding['category']) => ({ category, key: category }) as unknown as Finding;
const rect = (left: number, top: number) => ({ left, top, width: 40, height: 12 }) as DOMRect;

describe('page/overlay-painter', () => {
  it('draws one box per client rectangle in our shadow root, never in the page', () => {
    document.body.innerHTML = '<p>trang</p>';
    const before = document.body.innerHTML;
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const painter = new OverlayPainter(root, () => [rect(10, 20), rect(10, 40)]);
    const deadline = finding('deadline');

    painter.add(deadline);
    const boxes = root.querySelectorAll<HTMLElement>('.mark.deadline');
    expect(boxes).toHaveLength(2);
    expect([boxes[0]?.style.left, boxes[0]?.style.top]).toEqual(['10px', '20px']);
    expect(document.body.innerHTML).toBe(before);

    painter.setCurrent(deadline);
    const current = root.querySelector<HTMLElement>('.mark.deadline')?.style.background;
    painter.setCurrent(undefined);
    expect(root.querySelector<HTMLElement>('.mark.deadline')?.style.background).not.toBe(current);

    painter.remove(deadline);
    expect(root.querySelectorAll('.mark')).toHaveLength(0);
  });
});
