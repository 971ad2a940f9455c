// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PACE, RescanPacer, watchMutations } from '../../lib/page/observer';

const quick = { ...DEFAULT_PACE, delayMs: 20 };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('page/observer', () => {
  it('reports the outermost changed flow containers once per burst, ignoring our own nodes', async () => {
    document.body.innerHTML = '<div id="a"><p id="p">x <b id="b">y</b></p></div><div id="own"></div>';
    const own = document.getElementById('own') as HTMLElement;
    const onChange = vi.fn(() => 0);
    const watch = watchMutations(document.body, (node) => own.contains(node), onChange, quick);
    (document.getElementById('b') as HTMLElement).textContent = 'z';
    (document.getElementById('p') as HTMLElement).append(' thêm');
    own.textContent = 'của chúng ta';
    await wait(60);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect((onChange.mock.calls[0] as unknown as [Element[]])[0].map((el) => el.id)).toEqual(['p']);
    own.textContent = 'lại của chúng ta';
    await wait(60);
    expect(onChange).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('reads the whole root once when text right under it changes, not each piece', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const onChange = vi.fn(() => 0);
    const watch = watchMutations(document.body, () => false, onChange, quick);
    document.body.append('chữ ngay dưới body');
    (document.getElementById('p') as HTMLElement).textContent = 'y';
    await wait(60);
    expect((onChange.mock.calls[0] as unknown as [Element[]])[0]).toEqual([document.body]);
    watch.stop();
  });
});

describe('page/observer RescanPacer', () => {
  it('keeps rescans to a tenth of the time: a 50 ms rescan waits 450 ms before the next', () => {
    const pacer = new RescanPacer();
    pacer.flushed(50, false);
    expect(pacer.nextDelay()).toBe(450);
  });

  it('backs off on a page that never settles, up to the cap, and recovers once it is quiet', () => {
    const pacer = new RescanPacer();
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      delays.push(pacer.nextDelay());
      pacer.flushed(1, true);
    }
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    pacer.flushed(1, false);
    expect(pacer.nextDelay()).toBe(250);
  });

  it('on a page rewritten forever, spends at most a tenth of a core over 10 s', () => {
    // Every rescan costs 30 ms and the page has changed again by the time it ends.
    const pacer = new RescanPacer();
    let [now, busy] = [0, 0];
    while (now < 10_000) {
      now += pacer.nextDelay() + 30;
      busy += 30;
      pacer.flushed(30, true);
    }
    expect(busy / now).toBeLessThanOrEqual(0.1);
  });
});
