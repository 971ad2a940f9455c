import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Taken before anything loads pdf.js in this test file's worker (each file has its own).
const natives = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
const FIXTURES = join(import.meta.dirname, '../fixtures/documents');

describe('the Node readers (scan)', () => {
  it('leave Node’s own JSON and Array.prototype.push in place, also once a PDF has been read', async () => {
    const { nodeReaders } = await import('../../lib/documents/node-readers');
    // pdf.js's legacy build and its worker module (loaded at the first PDF unless handed over)
    // each replace them with core-js's: JSON.stringify 15 times slower.
    const pdf = await nodeReaders.loadPdf(new Uint8Array(readFileSync(join(FIXTURES, 'plan.pdf'))));
    expect(pdf?.numPages).toBeGreaterThan(0);
    expect(JSON.stringify).toBe(natives.stringify);
    expect(JSON.parse).toBe(natives.parse);
    expect(Array.prototype.push).toBe(natives.push);
    // What pdf.js needs of core-js on Node 20 stays.
    expect(typeof Promise.withResolvers).toBe('function');
  });
});
