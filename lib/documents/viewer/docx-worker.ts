/**
 * Reads a DOCX off the viewer's main thread: mammoth, the HTML reader, the layout and the
 * extraction together take seconds on a large file, which would freeze the page. A long file's
 * first screen is converted and extracted on its own first (docx-first-screen.ts); then the whole
 * is posted in parts (docx-protocol.ts).
 */
import mammoth from 'mammoth';
import { analyseAtOnce, analyseInSlices } from '../chunked-analysis';
import { docxFirstScreen } from '../docx-first-screen';
import { summarizeDocument } from '../findings';
import { textSpan } from '../html-sections';
import { layoutHtml } from '../html-text';
import { parseHtml } from '../html-tree';
import { BLOCK_BATCH_CHARS, type DocxMessage, FINDING_BATCH } from './docx-protocol';

const post = (message: DocxMessage) => self.postMessage(message);

async function toDocument(bytes: Uint8Array) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const html = (await mammoth.convertToHtml({ arrayBuffer: buffer })).value;
  return layoutHtml(parseHtml(html), 'docx');
}

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  const bytes = new Uint8Array(event.data);
  try {
    // The first screen is only a head start: if it fails, the whole conversion says why.
    const head = await docxFirstScreen(bytes).catch(() => undefined);
    if (head) {
      const doc = await toDocument(head).catch(() => undefined);
      if (doc) post({ type: 'first', doc, findings: analyseAtOnce(doc) });
    }
    const doc = await toDocument(bytes);
    const children = doc.root.children;
    post({ type: 'doc', doc: { ...doc, root: { ...doc.root, children: [] } } });
    let batch: typeof children = [];
    let chars = 0;
    for (const node of children) {
      batch.push(node);
      const span = textSpan(node);
      chars += span ? span.end - span.start : 0;
      if (batch.length >= 200 || chars >= BLOCK_BATCH_CHARS) {
        post({ type: 'blocks', nodes: batch });
        batch = [];
        chars = 0;
      }
    }
    if (batch.length) post({ type: 'blocks', nodes: batch });
    const findings = await analyseInSlices(doc, async () => {});
    for (let i = 0; i < findings.length; i += FINDING_BATCH)
      post({ type: 'findings', findings: findings.slice(i, i + FINDING_BATCH) });
    const summaries = summarizeDocument(findings);
    const first = Int32Array.from(summaries, (summary) => summary.first);
    const count = Int32Array.from(summaries, (summary) => summary.count);
    self.postMessage({ type: 'lines', first, count } satisfies DocxMessage, { transfer: [first.buffer, count.buffer] });
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', error: (error as Error)?.message ?? String(error) });
  }
};
