import { defineContentScript } from 'wxt/utils/define-content-script';
import { adoptEarlyStyles } from '../lib/page/early-styles';
import { highlightCss } from '../lib/page/painter';
import { GOVERNMENT_MATCH_PATTERNS } from '../lib/sites/government';

// The highlight rules before the page is first styled (lib/page/early-styles.ts): where the
// content script runs by itself, with it, in the same frames.
export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    adoptEarlyStyles(document, highlightCss());
  },
});
