// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlSections } from '../../lib/documents/html-sections';
import { layoutHtml, leavesOf } from '../../lib/documents/html-text';
import { parseHtml } from '../../lib/documents/html-tree';
import { HtmlSurface } from '../../lib/documents/viewer/html-surface';

/** Our own plan-style paragraphs with a task table every 40 paragraphs. */
function longDocument(paragraphs: number) {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    parts.push(
      `<p>Mục ${i}. Các sở <b>rà soát</b> hồ sơ theo Kế hoạch số ${i + 1}-KH/UBND trước ngày ${(i % 28) + 1}/5/2027.</p>`,
    );
    if (i % 40 === 39)
      parts.push(
        '<table><tr><th>Nhiệm vụ</th><th>Thời hạn</th></tr><tr><td>Báo cáo</td><td>Trước ngày 1/7/2027</td></tr></table>',
      );
  }
  return layoutHtml(parseHtml(parts.join('')), 'docx');
}

/** The text a range covers, read from the DOM. */
function rangeText(range: StaticRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

describe('HTML documents in sections', { timeout: 30_000 }, () => {
  it('cuts the top-level blocks in order into sections of about the given size', () => {
    const doc = longDocument(400);
    const sections = htmlSections(doc.root, 2_000);
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.flatMap((section) => section.nodes)).toEqual(doc.root.children);
    for (const [i, section] of sections.entries()) {
      const leaves = section.nodes.flatMap((node) => leavesOf(node)).filter((leaf) => leaf.text);
      expect(section.start).toBe(leaves[0]?.start);
      const last = leaves.at(-1) as { start: number; text: string };
      expect(section.end).toBe(last.start + last.text.length);
      // Only a section's last block may take it past the size.
      const withoutLast = section.nodes
        .slice(0, -1)
        .flatMap((node) => leavesOf(node))
        .filter((leaf) => leaf.text);
      const lastBefore = withoutLast.at(-1);
      if (lastBefore) expect(lastBefore.start + lastBefore.text.length - section.start).toBeLessThan(2_000);
      if (i > 0) expect(section.start).toBeGreaterThanOrEqual((sections[i - 1] as { end: number }).end);
    }
  });

  it('keeps a short document in one section', () => {
    expect(htmlSections(longDocument(3).root)).toHaveLength(1);
  });

  it('builds the first section at once and the rest in steps, ending with the same DOM text as the tree', async () => {
    const doc = longDocument(300);
    const container = document.createElement('div');
    document.body.append(container);
    const surface = new HtmlSurface(container, doc.root.children);
    const drawn: number[] = [];
    surface.onDrawn((page) => drawn.push(page));
    const lastLeaf = leavesOf(doc.root)
      .filter((leaf) => leaf.text)
      .at(-1) as { start: number; text: string };
    const end = lastLeaf.start + lastLeaf.text.length;
    // Not built yet: the end of the document has no range.
    expect(surface.isDrawn(end - 5, end)).toBe(false);
    expect(surface.rangeFor(end - 5, end)).toBeUndefined();
    const firstReference = doc.text.indexOf('1-KH/UBND');
    expect(surface.isDrawn(firstReference, firstReference + 9)).toBe(true);

    await surface.built;
    expect(container.textContent).toBe(
      leavesOf(doc.root)
        .map((leaf) => leaf.text)
        .join(''),
    );
    expect(container.querySelectorAll('.doc-section').length).toBeGreaterThan(1);
    expect(drawn.length).toBeGreaterThan(1);
    // Every reference number maps back to its own text, in every section.
    for (const match of doc.text.matchAll(/\d+-KH\/UBND/g)) {
      const range = surface.rangeFor(match.index, match.index + match[0].length);
      expect(range && rangeText(range)).toBe(match[0]);
    }
    surface.dispose();
  });
});
