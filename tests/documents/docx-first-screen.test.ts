import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutPoint, docxFirstScreen } from '../../lib/documents/docx-first-screen';
import { nodeReaders } from '../../lib/documents/node-readers';
import { readDocument } from '../../lib/documents/read-document';

const FIXTURES = join(__dirname, '../fixtures/documents');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const table = (cells: string[]) =>
  `<w:tbl><w:tr>${cells.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join('')}</w:tr></w:tbl>`;

describe('the first screen of a long DOCX', { timeout: 30_000 }, () => {
  it('cuts the body only between top-level blocks, and knows what to close', () => {
    const body = [p('Một'), table(['Nhiệm vụ', 'Thời hạn']), p('Hai'), '<w:bookmarkStart w:id="1"/>', p('Ba')].join('');
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
    // Wanted inside the table: the cut waits for the table's end.
    const inTable = xml.indexOf('Nhiệm vụ') - xml.indexOf('<w:body>') - 8;
    const cut = cutPoint(xml, inTable);
    expect(xml.slice(0, cut?.at).endsWith('</w:tbl>')).toBe(true);
    expect(cut?.open).toEqual(['w:document', 'w:body']);
    // Past the whole body: nothing to cut.
    expect(cutPoint(xml, xml.length)).toBeUndefined();
  });

  it('is a DOCX whose text starts the whole document text', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'plan.docx')));
    const whole = await readDocument(bytes, 'plan.docx', nodeReaders);
    const head = await docxFirstScreen(bytes, 0, 400);
    expect(head).toBeDefined();
    const first = await readDocument(head as Uint8Array, 'plan.docx', nodeReaders);
    expect(first.text.length).toBeGreaterThan(0);
    expect(first.text.length).toBeLessThan(whole.text.length);
    expect(whole.text.startsWith(first.text.trimEnd())).toBe(true);
  });

  it('leaves a short DOCX and a file that is not a zip alone', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'plan.docx')));
    expect(await docxFirstScreen(bytes)).toBeUndefined();
    expect(await docxFirstScreen(new TextEncoder().encode('not a zip at all'), 0, 10)).toBeUndefined();
  });
});
