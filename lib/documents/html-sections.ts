/**
 * A laid-out HTML document cut into sections of consecutive top-level blocks, a few thousand
 * characters each. The viewer builds one section per step and lets the browser skip laying out the
 * sections off screen (`content-visibility: auto`): a 5 MB DOCX built and laid out in one go held
 * the page for seconds. Pure.
 */
import type { Blocks } from './html-blocks';
import type { LaidElement, LaidNode } from './html-text';

export interface HtmlSection {
  /** Top-level nodes of the document, in order. */
  nodes: LaidNode[];
  /** Where the section's text starts and ends in the document's text (start = end when it has none). */
  start: number;
  end: number;
}

/** Characters per section: small enough to build in a few milliseconds, big enough to be few. */
export const SECTION_CHARS = 4_000;

/** Text span of a node's leaves, or undefined when it has no text. */
export function textSpan(node: LaidNode): { start: number; end: number } | undefined {
  if ('text' in node) return node.text ? { start: node.start, end: node.start + node.text.length } : undefined;
  let start: number | undefined;
  let end: number | undefined;
  const stack: LaidNode[] = [node];
  while (stack.length) {
    const at = stack.pop() as LaidNode;
    if ('text' in at) {
      if (!at.text) continue;
      start = Math.min(start ?? at.start, at.start);
      end = Math.max(end ?? 0, at.start + at.text.length);
    } else for (const child of at.children) stack.push(child);
  }
  return start === undefined || end === undefined ? undefined : { start, end };
}

/**
 * Where the section that starts at `nodes[from]` ends (exclusive): after the node that brings its
 * text to `chars` characters, nodes without text joining the section before them.
 */
export function sectionEnd(nodes: Blocks, from: number, chars = SECTION_CHARS): number {
  let start: number | undefined;
  let end = start;
  let at = from;
  for (; at < nodes.length; at++) {
    const span = textSpan(nodes.at(at) as LaidNode);
    if (!span) continue;
    if (start !== undefined && end !== undefined && end - start >= chars) break;
    start ??= span.start;
    end = span.end;
  }
  return at;
}

/** `root`'s children in sections of about `chars` characters (one child bigger than that is one section). */
export function htmlSections(root: LaidElement, chars = SECTION_CHARS): HtmlSection[] {
  const sections: HtmlSection[] = [];
  const nodes = root.children;
  for (let from = 0; from < nodes.length; ) {
    const to = sectionEnd(nodes, from, chars);
    const spans = nodes.slice(from, to).flatMap((node) => textSpan(node) ?? []);
    const start = spans[0]?.start ?? sections.at(-1)?.end ?? 0;
    sections.push({ nodes: nodes.slice(from, to), start, end: spans.at(-1)?.end ?? start });
    from = to;
  }
  return sections;
}
