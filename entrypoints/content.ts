import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '../lib/page/run-on-page';
import { isUiHostMounted } from '../lib/page/ui-host';
import { GOVERNMENT_MATCH_PATTERNS } from '../lib/sites/government';
import { takeScanRequest } from '../lib/sites/scan-request';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const requested = takeScanRequest();
    // "Scan this page" on a page we already annotate would otherwise run us twice.
    if (!isUiHostMounted()) void runOnPage(ctx, requested).catch((error) => console.debug('[VănBản Watch]', error));
  },
});
