// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchMutations } from '../../lib/page/observer';

describe('page/observer', () => {
  it('reports the outermost changed flow containers once per burst, ignoring our own nodes', async () => {
    document.body.innerHTML = '<div id="a"><p id="p">x <b id="b">y</b></p></div><div id="own"></div>';
    const own = document.getElementById('own') as HTMLElement;
    const onChange = vi.fn();
    const watch = watchMutations(document.body, (node) => own.contains(node), onChange, 20);
    (document.getElementById('b') as HTMLElement).textContent = 'z';
    (document.getElementById('p') as HTMLElement).append(' thêm');
    own.textContent = 'của chúng ta';
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0].map((el: Element) => el.id)).toEqual(['p']);
    own.textContent = 'lại của chúng ta';
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
    watch.stop();
  });
});
