// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPageLife } from '../../lib/page/lifetime';
import { runOnPage } from '../../lib/page/run-on-page';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { updateSettings } from '../../lib/settings/store';

/** The annotator's module, counted: when it is loaded and what it is asked to start. */
const loaded = vi.hoisted(() => ({ modules: 0, starts: 0 }));
vi.mock('../../lib/page/annotator', () => {
  loaded.modules++;
  return {
    startAnnotator: () => {
      loaded.starts++;
      return { apply() {}, stop() {} };
    },
  };
});

/** A page of `host` (a built-in government site). */
function pageOf(host: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  Object.defineProperty(doc, 'location', { value: new URL(`https://${host}/tin/`) });
  return doc;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('page: runOnPage loads the annotator only for a page it annotates', () => {
  afterEach(() => fakeBrowser.reset());

  it('a switched-off site never loads it; switched on, it loads and starts once', async () => {
    const host = 'ubnd.songhong.gov.vn';
    await updateSettings(() => ({ ...DEFAULT_SETTINGS, disabledSites: ['*.gov.vn'] }));
    const life = startPageLife(undefined, {});
    await runOnPage(life, false, pageOf(host));
    await settled();
    expect(loaded).toEqual({ modules: 0, starts: 0 });
    await updateSettings(() => ({ ...DEFAULT_SETTINGS, disabledSites: [] }));
    await vi.waitFor(() => expect(loaded.starts).toBe(1));
    expect(loaded.modules).toBe(1);
    life.end();
  });
});
