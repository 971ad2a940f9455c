import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScanner } from '../lib/page/scanner';
import { GOVERNMENT_MATCH_PATTERNS } from '../lib/sites';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    startScanner(ctx);
  },
});
