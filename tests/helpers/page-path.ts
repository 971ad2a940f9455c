/**
 * The content script's path over a gold passage: each line of the passage becomes a paragraph of a
 * page (as portals and the hidden page sets render them), the real scanner reads it (flows, slices,
 * tables, extraction), and each finding's DOM range is mapped back to offsets in the passage. What
 * the gold tests score through this is exactly what a user's page shows. Needs a DOM (happy-dom).
 */
import type { DateMention, Reference } from '../../lib/extract/types';
import { PageScanner } from '../../lib/page/scanner';
import type { GoldFile } from './gold';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PageExtraction {
  references: Reference[];
  dates: DateMention[];
}

/** References and dates of `gold.text` as the page path finds them, offsets in `gold.text`. */
export async function extractAsPage(gold: GoldFile, doc: Document = document): Promise<PageExtraction> {
  const lines = gold.text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  doc.documentElement.lang = gold.lang;
  doc.body.innerHTML = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const lineOf = new Map<Node, number>();
  [...doc.body.children].forEach((p, i) => {
    const text = p.firstChild;
    if (text) lineOf.set(text, starts[i] as number);
  });
  const scanner = new PageScanner({
    root: doc.body,
    isOwn: () => false,
    lang: gold.lang,
    yieldToPage: async () => {},
    onChange: () => {},
  });
  await scanner.scanAll();
  const place = (node: Node, offset: number) => (lineOf.get(node) ?? Number.NaN) + offset;
  const references: Reference[] = [];
  const dates: DateMention[] = [];
  for (const finding of scanner.findings) {
    const start = place(finding.range.startContainer, finding.range.startOffset);
    const end = place(finding.range.endContainer, finding.range.endOffset);
    if (finding.reference) references.push({ ...finding.reference, start, end });
    if (finding.date) dates.push({ ...finding.date, start, end });
  }
  scanner.stop();
  return { references, dates };
}
