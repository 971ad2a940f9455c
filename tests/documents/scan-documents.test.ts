import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScanDocument, scanFiles } from '../../lib/cli/scan';

const FIXTURES = join(__dirname, '../fixtures/documents');

// pdf.js and mammoth load and parse real files: slow on a busy 2-core machine, never a hang.
describe('scan on PDF and Word files', { timeout: 30_000 }, () => {
  it('reads a PDF through lib/documents: spans index the rebuilt text and every item has its page', async () => {
    const file = join(FIXTURES, 'plan.pdf');
    const [scanned] = await scanFiles({ format: 'json', files: [file] });
    const { text } = await readScanDocument(file);
    const items = [...(scanned?.references ?? []), ...(scanned?.dates ?? [])] as ({
      start: number;
      end: number;
      text: string;
      page?: number;
    } & object)[];
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
    const pageOf = (value: string) => (scanned?.dates.find((d) => d.value === value) as { page?: number })?.page;
    expect(pageOf('2027-06-30')).toBe(1);
    expect(pageOf('2027-09-30')).toBe(2);
    expect(pageOf('2027-12-01')).toBe(3);
  });

  it('reads a DOCX without pages', async () => {
    const [scanned] = await scanFiles({ format: 'json', files: [join(FIXTURES, 'plan.docx')] });
    expect(scanned?.references.map((r) => r.key)).toContain('12-KH/UBND');
    expect(scanned?.dates.length).toBeGreaterThan(0);
    expect(scanned?.dates.some((date) => 'page' in date)).toBe(false);
  });

  it('says in one line why a scanned or protected PDF gives nothing', async () => {
    await expect(scanFiles({ format: 'text', files: [join(FIXTURES, 'scanned.pdf')] })).rejects.toThrow(/scanned PDF/);
    await expect(scanFiles({ format: 'text', files: [join(FIXTURES, 'encrypted.pdf')] })).rejects.toThrow(/password/);
  });
});
