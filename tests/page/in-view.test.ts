// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { containersInView } from '../../lib/page/in-view';

/** Gives `element` a layout height (happy-dom lays nothing out). */
function tall(element: Element, height: number): void {
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ height } as DOMRect);
}

describe('page/in-view', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('reads the blocks under the sample points first, but not the wrapper a point between them hits', () => {
    document.body.innerHTML =
      '<div id="wrapper"><p id="first">Kế hoạch số 1-KH/UBND</p><p id="second"><b id="bold">Chỉ thị</b></p></div>';
    const byId = (id: string) => document.getElementById(id) as HTMLElement;
    tall(byId('wrapper'), 40 * window.innerHeight); // the whole page's content
    tall(byId('first'), 40);
    tall(byId('second'), 40);
    const host = document.createElement('vanban-host');
    document.body.append(host);
    let point = 0;
    // Points down the page: our own host on top of a paragraph, a paragraph, bold text, the gap between.
    const hits = [[host, byId('first')], [byId('first')], [byId('bold')], [byId('wrapper')]];
    document.elementsFromPoint = () => hits[point++ % hits.length] as Element[];
    const found = containersInView(document, host);
    expect(found.map((element) => element.id).sort()).toEqual(['first', 'second']);
  });
});
