import { describe, expect, it } from 'vitest';

// Taken before anything loads pdf.js in this test file's worker (each file has its own).
const natives = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };

describe('the Node readers (scan)', () => {
  it('leave Node’s own JSON and Array.prototype.push in place after loading pdf.js', async () => {
    const { nodeReaders } = await import('../../lib/documents/node-readers');
    expect(typeof nodeReaders.loadPdf).toBe('function');
    // pdf.js's legacy build replaces them with core-js's (JSON.stringify 15 times slower).
    expect(JSON.stringify).toBe(natives.stringify);
    expect(JSON.parse).toBe(natives.parse);
    expect(Array.prototype.push).toBe(natives.push);
    // What pdf.js needs of core-js on Node 20 stays.
    expect(typeof Promise.withResolvers).toBe('function');
  });
});
