/** pdf.js's worker module for Node (node-readers.ts hands it to pdf.js itself): only its being loaded matters. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
