/** pdf.js's worker module for Node (node-readers.ts loads it before pdf.js would): only its being loaded matters. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
