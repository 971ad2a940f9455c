/**
 * Extraction for the viewer off its main thread: a PDF's pages or an HTML/text file's text in, the
 * findings out slice by slice, then the panel's lines (docx-protocol.ts explains the form). The
 * viewer's page then never loads `lib/extract`, whose tables and patterns took a long task to set
 * up, nor runs its slices.
 */

import { yieldToPage } from '../../yield-to-page';
import { analyseInSlices } from '../chunked-analysis';
import { lineFieldsOf, panelLines } from '../findings';
import { packFindings, transferOf } from '../packed-findings';
import type {
  AnalysisMessage,
  AnalysisRequest,
  CancelHelp,
  HelperAnswer,
  HelperPortMessage,
  HelperRequest,
} from './analysis-protocol';
import { findingBatches } from './docx-protocol';

const post = (message: AnalysisMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/**
 * The DOCX worker's second half of the slices: each slice's findings posted to the viewer as it is
 * read, then the line fields of them all to the DOCX worker on its port (analysis-protocol.ts).
 */
function helpDocxWorker(port: MessagePort, id: number): void {
  port.onmessage = async (event: MessageEvent<HelperRequest>) => {
    const { doc, from } = event.data;
    try {
      let sent = 0;
      const findings = await analyseInSlices(
        doc,
        // A message to itself between slices, so a `cancel` from the page is read in time.
        async () => {
          await yieldToPage();
          if (givenUp.has(id)) throw new HelpStopped();
        },
        undefined,
        (sofar) => {
          for (const batch of findingBatches(sofar, sent))
            post({ id, type: 'tail', findings: batch }, transferOf(batch));
          sent = sofar.length;
        },
        { from },
      );
      post({ id, type: 'tail-done' });
      port.postMessage({ type: 'fields', ...lineFieldsOf(findings) } satisfies HelperAnswer);
    } catch (error) {
      if (error instanceof HelpStopped) post({ id, type: 'tail-stopped' });
      else
        port.postMessage({ type: 'error', error: (error as Error)?.message ?? String(error) } satisfies HelperAnswer);
    }
    givenUp.delete(id);
    port.close();
  };
}

/** Reads the page gave up (`CancelHelp`), by id. */
const givenUp = new Set<number>();
class HelpStopped extends Error {}

self.onmessage = async (event: MessageEvent<AnalysisRequest | HelperPortMessage | CancelHelp>) => {
  if ('type' in event.data) {
    if (event.data.type === 'cancel') givenUp.add(event.data.id);
    else helpDocxWorker(event.data.port, event.data.id);
    return;
  }
  const { id, doc } = event.data;
  try {
    let sent = 0;
    const findings = await analyseInSlices(
      doc,
      async () => {},
      undefined,
      (sofar, end) => {
        const batch = packFindings(sofar.slice(sent));
        post({ id, type: 'findings', findings: batch, end }, transferOf(batch));
        sent = sofar.length;
      },
    );
    const { first, count } = panelLines(findings);
    post({ id, type: 'done', first, count }, [first.buffer, count.buffer]);
  } catch (error) {
    post({ id, type: 'error', error: (error as Error)?.message ?? String(error) });
  }
};
