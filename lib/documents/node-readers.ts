/**
 * pdf.js (legacy build, the one meant for Node) and mammoth for the `scan` command and the tests.
 * Node only: the viewer has its own readers (browser-readers.ts). pdf.js 5 has no eval path at all
 * (its old `isEvalSupported` option is gone), so nothing here or in the viewer needs `unsafe-eval`.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import mammoth from './mammoth';
import type { DocumentReaders } from './read-document';

export const nodeReaders: DocumentReaders = {
  async loadPdf(data) {
    const task = getDocument({ data, useSystemFonts: false, verbosity: 0 });
    return task.promise;
  },
  async docxToHtml(data) {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return (await mammoth.convertToHtml({ buffer })).value;
  },
};
