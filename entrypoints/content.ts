import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAnnotator } from '../lib/page/annotator';
import { isUiHostMounted } from '../lib/page/ui-host';
import { GOVERNMENT_MATCH_PATTERNS } from '../lib/sites';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    // "Scan this page" on a page we already annotate would otherwise run us twice.
    if (!isUiHostMounted()) startAnnotator(ctx);
  },
});
