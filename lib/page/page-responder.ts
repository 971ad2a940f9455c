/** The content script's answers to the popup (the page protocol), checked against their schemas. */
import { findAttachments } from '../links/attachments';
import { serve } from '../messaging/channel';
import { PAGE_CHECKS } from '../messaging/page-checks';
import type { PageProtocol, PageStatus } from '../messaging/protocol';
import { summarizeLines } from '../watchlist/summary';
import type { Finding } from './findings';

export interface PageResponder {
  status(): PageStatus;
  findings(): readonly Finding[];
  goTo(finding: Finding): void;
  /** Forgets the saved marks and asks the watchlist again. */
  refreshSaved(): Promise<void>;
  rescan(): Promise<void>;
}

/** Serves the page protocol for `doc` until the returned function is called. */
export function answerThePopup(page: PageResponder, doc: Document = document): () => void {
  return serve<PageProtocol>(PAGE_CHECKS, {
    getPageStatus: () => page.status(),
    getFindings: () => summarizeLines(page.findings()),
    scrollToFinding: ({ index }) => {
      const finding = page.findings()[index];
      if (finding) page.goTo(finding);
      return Boolean(finding);
    },
    refreshSaved: () => page.refreshSaved().then(() => true),
    rescan: () => page.rescan().then(() => page.status()),
    // Read at the time of asking: a page may add its links after the scan.
    getAttachments: () => findAttachments(doc),
  });
}
