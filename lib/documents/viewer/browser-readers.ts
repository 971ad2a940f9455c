/**
 * pdf.js and mammoth as the viewer loads them: pdf.js's worker is bundled by Vite (no CDN), and
 * pdf.js 5 has no eval path, so the extension's default CSP (no `unsafe-eval`) holds.
 */
import mammoth from 'mammoth';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { DocumentReaders } from '../read-document';

GlobalWorkerOptions.workerSrc = workerUrl;

export const browserReaders: DocumentReaders = {
  async loadPdf(data) {
    // No fonts, CMaps or wasm fetched from anywhere: the text layer needs none of them.
    const task = getDocument({ data, useSystemFonts: true, disableFontFace: false, verbosity: 0, stopAtErrors: false });
    return (await task.promise) as PDFDocumentProxy;
  },
  async docxToHtml(data) {
    const arrayBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    return (await mammoth.convertToHtml({ arrayBuffer })).value;
  },
};
