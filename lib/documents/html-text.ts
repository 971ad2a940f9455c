/**
 * An HTML document tree (html-tree.ts) → the text extraction reads, its tables, and the same tree
 * with each text leaf knowing where it starts in that text, so the viewer renders exactly these
 * leaves and maps findings back to them. White space is collapsed in the leaves themselves, so a
 * leaf's text is character for character a slice of the text. Pure.
 */
import type { TextTable } from '../extract/types';
import type { ElementNode, TreeNode } from './html-tree';
import { TextAppender } from './text-appender';
import type { DocumentKind, DocumentText } from './types';

export interface TextLeaf {
  text: string;
  start: number;
}
export interface LaidElement {
  tag: string;
  attrs: Record<string, string>;
  children: LaidNode[];
}
export type LaidNode = LaidElement | TextLeaf;

export interface HtmlDocument extends DocumentText {
  kind: Exclude<DocumentKind, 'pdf'>;
  root: LaidElement;
}

/** Elements that start and end a line of the laid-out text. */
export const BLOCK_TAGS: readonly string[] = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'hr',
  'form',
  'fieldset',
  'address',
];
const BLOCK = new Set(BLOCK_TAGS);

export const isBlockTag = (tag: string) => BLOCK.has(tag);

export function layoutHtml(root: ElementNode, kind: HtmlDocument['kind'] = 'html'): HtmlDocument {
  const text = new TextAppender();
  const tables: TextTable[] = [];
  let cellDepth = 0;
  let title: string | undefined;

  const endsWithSpace = () => text.endsWithSpace();
  const trimmedLength = () => text.trimmedLength();
  const lineBreak = () => {
    if (cellDepth > 0) {
      if (!endsWithSpace()) text.append(' ');
      return;
    }
    if (text.length && !text.tail().endsWith('\n')) text.append('\n');
  };

  // A <pre> (a plain-text file is laid out as one) keeps its line breaks and tabs; a DOCX keeps its
  // tabs, which set out its tables of tab-separated columns, where HTML's tabs are only spacing.
  let preDepth = 0;
  const walk = (node: TreeNode): LaidNode => {
    if (typeof node === 'string') {
      if (preDepth > 0) {
        const leaf = { text: node.replace(/\r\n?/g, '\n'), start: text.length };
        text.append(leaf.text);
        return leaf;
      }
      let collapsed = collapseLeafSpace(node, kind === 'docx');
      if (endsWithSpace()) collapsed = collapsed.replace(/^ +/, '');
      const leaf = { text: collapsed, start: text.length };
      text.append(collapsed);
      return leaf;
    }
    const element: LaidElement = { tag: node.tag, attrs: node.attrs, children: [] };
    if (node.tag === 'br') {
      lineBreak();
      return element;
    }
    if (node.tag === 'table') {
      lineBreak();
      const table: TextTable = [];
      element.children = node.children.map((child) => walkTableChild(child, table));
      if (table.length) tables.push(table);
      lineBreak();
      return element;
    }
    const block = BLOCK.has(node.tag);
    if (block) lineBreak();
    if (node.tag === 'pre') preDepth++;
    element.children = node.children.map(walk);
    if (node.tag === 'pre') preDepth--;
    if (block) lineBreak();
    if (!title && /^h[1-3]$/.test(node.tag)) title = leafText(element).trim() || undefined;
    return element;
  };

  /** Rows of a table (through thead/tbody), each row one line with its cells separated by tabs. */
  const walkTableChild = (node: TreeNode, table: TextTable): LaidNode => {
    if (typeof node === 'string') return walk(node.trim() ? node : '');
    if (node.tag === 'tr') return walkRow(node, table);
    if (['thead', 'tbody', 'tfoot'].includes(node.tag)) {
      return { tag: node.tag, attrs: node.attrs, children: node.children.map((child) => walkTableChild(child, table)) };
    }
    return walk(node);
  };

  const walkRow = (row: ElementNode, table: TextTable): LaidElement => {
    lineBreak();
    const cells: { start: number; end: number }[] = [];
    const element: LaidElement = { tag: 'tr', attrs: row.attrs, children: [] };
    for (const child of row.children) {
      if (typeof child === 'string' || (child.tag !== 'td' && child.tag !== 'th')) {
        if (typeof child !== 'string') element.children.push(walk(child));
        continue;
      }
      if (cells.length) text.append('\t');
      cellDepth++;
      const start = text.length;
      const cell: LaidElement = { tag: child.tag, attrs: child.attrs, children: child.children.map(walk) };
      cellDepth--;
      // The cell's text without the space its last block left behind.
      cells.push({ start, end: Math.max(start, trimmedLength()) });
      element.children.push(cell);
    }
    if (cells.length) table.push(cells);
    lineBreak();
    return element;
  };

  // Text is only ever appended, so every leaf stays a slice of it.
  const laid = walk(root) as LaidElement;
  return { kind, text: text.toString(), pageStarts: [], tables, title, root: laid };
}

/** White space other than a space or a no-break space, or two in a row: what collapsing changes. */
const UNEVEN_SPACE_RE = /[^\S \u00a0]|\s\s/;

/**
 * A text node's white space as a browser shows it: each run one space, a lone no-break space kept
 * (with `keepTabs`, a run holding a tab is one tab).
 * Most runs are already single spaces; then the text is returned as it is, without the regex
 * replacement calling back for every gap between words (the layout of a 4 M-character DOCX took
 * 180 ms with it, 70 ms now).
 */
export function collapseLeafSpace(raw: string, keepTabs = false): string {
  if (!UNEVEN_SPACE_RE.test(raw)) return raw;
  return raw.replace(/[\s\u00a0]+/g, (run) =>
    run === '\u00a0' ? '\u00a0' : keepTabs && run.includes('\t') ? '\t' : ' ',
  );
}

function leafText(node: LaidNode): string {
  if ('text' in node) return node.text;
  return node.tag === 'br' ? ' ' : node.children.map(leafText).join('');
}

/** Every text leaf in document order. */
export function leavesOf(node: LaidNode, into: TextLeaf[] = []): TextLeaf[] {
  if ('text' in node) into.push(node);
  else for (const child of node.children) leavesOf(child, into);
  return into;
}
