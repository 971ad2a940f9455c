import { defineContentScript } from 'wxt/utils/define-content-script';
import { quietly } from '../lib/log';
import { startPageLife } from '../lib/page/lifetime';
import { runOnPage } from '../lib/page/run-on-page';
import { GOVERNMENT_MATCH_PATTERNS } from '../lib/sites/government';
import { takeScanRequest } from '../lib/sites/scan-request';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  runAt: 'document_idle',
  // Portals embed articles in same-site and srcdoc iframes: each frame is read by its own copy.
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const requested = takeScanRequest();
    // A copy of us already on the page ("Scan this page" on an annotated page) hands over to this one.
    const life = startPageLife((listener) => ctx.onInvalidated(listener));
    void runOnPage(life, requested).catch(quietly('starting on the page'));
  },
});
