// @vitest-environment happy-dom

import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPageLife } from '../../lib/page/lifetime';
import { isUiHost, mountUiHost, UI_HOST_PREFIX } from '../../lib/page/ui-host';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('page/ui-host', () => {
  afterEach(() => {
    for (const el of [...document.documentElement.children]) if (isUiHost(el)) el.remove();
  });

  it('mounts one host with a tag new on every load and a closed shadow root', () => {
    const life = startPageLife(undefined, {});
    const [a, b] = [mountUiHost(life), mountUiHost(life)];
    expect(a.host.localName.startsWith(UI_HOST_PREFIX)).toBe(true);
    expect(a.host.localName).not.toBe(b.host.localName);
    expect(a.host.shadowRoot).toBeNull(); // closed: page scripts see no root
    expect(a.root.mode).toBe('closed');
    a.remove();
    b.remove();
  });

  it('comes back when the page removes it, and takes back its style', async () => {
    const life = startPageLife(undefined, {});
    const ui = mountUiHost(life);
    ui.host.remove();
    await tick();
    expect(ui.host.isConnected).toBe(true);
    ui.host.setAttribute('style', 'display:none !important');
    await tick();
    expect(ui.host.getAttribute('style')).toContain('display:block !important');
    life.end();
    ui.host.remove();
    await tick();
    expect(ui.host.isConnected).toBe(false); // after our life ends, nothing comes back
    ui.remove();
  });
});

describe('page/lifetime', () => {
  afterEach(() => fakeBrowser.reset());

  it('a forged "script started" invalidation does not end us while the extension is there', () => {
    let invalidate: () => void = () => {};
    const life = startPageLife((listener) => {
      invalidate = listener;
    }, {});
    invalidate();
    expect(life.alive).toBe(true);
  });

  it('ends when the extension is gone, and when a newer copy of us starts in the page', () => {
    const scope = {};
    let invalidate: () => void = () => {};
    const first = startPageLife(undefined, scope);
    const second = startPageLife((listener) => {
      invalidate = listener;
    }, scope);
    expect(first.alive).toBe(false);
    expect(second.alive).toBe(true);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    invalidate();
    expect(second.alive).toBe(false);
  });
});
