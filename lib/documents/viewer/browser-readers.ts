/**
 * pdf.js and mammoth as the viewer loads them (mammoth in its own worker): pdf.js's worker is bundled by Vite (no CDN), and
 * pdf.js 5 has no eval path, so the extension's default CSP (no `unsafe-eval`) holds.
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { HtmlDocument } from '../html-text';
import type { DocumentReaders } from '../read-document';

GlobalWorkerOptions.workerSrc = workerUrl;

export const browserReaders: DocumentReaders = {
  async loadPdf(data) {
    // No fonts, CMaps or wasm fetched from anywhere: the text layer needs none of them.
    const task = getDocument({ data, useSystemFonts: true, disableFontFace: false, verbosity: 0, stopAtErrors: false });
    return (await task.promise) as PDFDocumentProxy;
  },
  // DOCX: mammoth, the HTML reader and the layout run in a worker (docx-worker.ts).
  docxToDocument(data) {
    return new Promise<HtmlDocument>((resolve, reject) => {
      const worker = new Worker(new URL('./docx-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<{ ok: true; doc: HtmlDocument } | { ok: false; error: string }>) => {
        worker.terminate();
        if (event.data.ok) resolve(event.data.doc);
        else reject(new Error(event.data.error));
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message));
      };
      const copy = data.slice();
      worker.postMessage(copy.buffer, [copy.buffer]);
    });
  },
};
