/**
 * The content script's path over a gold passage. Each line of the passage becomes a paragraph of a
 * page (as portals and the hidden page sets render them); the page's own code reads it: visible
 * flows joined with their separator, real table structure, and the extraction the page runs plus
 * the background's English reading (`extractDocument`, as the scanner and the background together
 * do for a passage that fits one scan slice). Every offset (dates, owners, tasks, references) is
 * mapped back to the passage, so the gold files score exactly what a user's page shows.
 * Needs a DOM (happy-dom).
 */
import { extractDocument } from '../../lib/extract/document';
import { joinFlows } from '../../lib/page/page-text';
import { tablesOf } from '../../lib/page/tables';
import { collectFlows } from '../../lib/page/text-flows';
import type { GoldFile, Predicted } from './gold';
import './english';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** References and dates of `gold.text` as the page path finds them, offsets in `gold.text`. */
export function extractAsPage(gold: GoldFile, doc: Document = document): Predicted {
  const lines = gold.text.split('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const line of lines) {
    lineStarts.push(at);
    at += line.length + 1;
  }
  doc.documentElement.lang = gold.lang;
  doc.body.innerHTML = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const paragraphs = [...doc.body.children];
  const page = joinFlows(collectFlows(doc.body, { isVisible: () => true }));
  // Where each flow's text stands in the passage: its paragraph's line, and where it starts in it.
  const flowBase = page.flows.map((flow) => {
    const line = paragraphs.indexOf(flow.container);
    const inLine = (lines[line] ?? '').indexOf(flow.text);
    if (line < 0 || inLine < 0) throw new Error(`flow not found in the passage: ${JSON.stringify(flow.text)}`);
    return (lineStarts[line] as number) + inLine;
  });
  const toGold = (offset: number) => {
    let i = 0;
    while (i + 1 < page.flowStarts.length && (page.flowStarts[i + 1] as number) <= offset) i++;
    return (flowBase[i] as number) + offset - (page.flowStarts[i] as number);
  };
  const place = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: toGold(span.start),
    end: toGold(span.end),
  });
  const found = extractDocument(page.text, {
    lang: gold.lang,
    published: gold.published ?? undefined,
    tables: tablesOf(page),
  });
  return {
    references: found.references.map(place),
    dates: found.dates.map((date) => ({
      ...place(date),
      task: date.task ? place(date.task) : date.task,
      owners: date.owners?.map(place),
    })),
  };
}
