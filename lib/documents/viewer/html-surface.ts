/**
 * Renders a laid-out HTML document (DOCX through mammoth, an HTML or text file) as DOM built
 * element by element from the tree: only known tags, only colspan/rowspan, never innerHTML, so a
 * document cannot run script or load anything. Each text leaf becomes one text node, which makes
 * mapping a text span to a range a lookup.
 */

import { lastAtOrBefore } from '../../extract/text/sorted';
import { rangeBetween } from '../../page/page-text';
import { BLOCK_TAGS, isBlockTag, type LaidElement, type LaidNode, type TextLeaf } from '../html-text';
import type { DocumentSurface } from './surface';

/**
 * Tags drawn as themselves: the layout's blocks but forms, table cells and inline formatting.
 * Anything else is drawn as a plain div (a block) or span.
 */
const SAFE_TAGS = new Set([
  ...BLOCK_TAGS.filter((tag) => tag !== 'form' && tag !== 'fieldset'),
  ...['td', 'th', 'strong', 'b', 'em', 'i', 'u', 's', 'sup', 'sub', 'br', 'code', 'span'],
]);

export class HtmlSurface implements DocumentSurface {
  private readonly starts: number[] = [];
  private readonly nodes: Text[] = [];
  private readonly leaves: TextLeaf[] = [];
  private readonly root: HTMLElement;

  constructor(container: HTMLElement, tree: LaidElement, plainText = false) {
    const doc = container.ownerDocument;
    this.root = doc.createElement(plainText ? 'pre' : 'article');
    this.root.className = plainText ? 'doc-html doc-plain' : 'doc-html';
    this.root.dataset.page = '1';
    const build = (node: LaidNode, parent: Node) => {
      if ('text' in node) {
        if (!node.text) return;
        const text = doc.createTextNode(node.text);
        this.starts.push(node.start);
        this.nodes.push(text);
        this.leaves.push(node);
        parent.appendChild(text);
        return;
      }
      const tag = SAFE_TAGS.has(node.tag) ? node.tag : isBlockTag(node.tag) ? 'div' : 'span';
      const element = doc.createElement(tag);
      for (const name of ['colspan', 'rowspan']) {
        const value = node.attrs[name];
        if (value && /^\d{1,3}$/.test(value)) element.setAttribute(name, value);
      }
      for (const child of node.children) build(child, element);
      parent.appendChild(element);
    };
    for (const child of tree.children) build(child, this.root);
    container.append(this.root);
  }

  containerOf(): HTMLElement {
    return this.root;
  }

  rangeFor(start: number, end: number): StaticRange | undefined {
    const from = this.locate(start, false);
    const to = this.locate(end, true);
    return from && to ? rangeBetween(from, to) : undefined;
  }

  /** The text node and offset of text offset `offset` (an end offset may sit at a leaf's end). */
  private locate(offset: number, isEnd: boolean): { node: Text; offset: number } | undefined {
    const index = lastAtOrBefore(this.starts, isEnd ? offset - 1 : offset);
    const leaf = this.leaves[index];
    const node = this.nodes[index];
    if (!leaf || !node) return undefined;
    const within = offset - leaf.start;
    if (within > leaf.text.length) return isEnd ? { node, offset: leaf.text.length } : undefined;
    return { node, offset: within };
  }

  ensureDrawn(): Promise<void> {
    return Promise.resolve();
  }

  onDrawn(listener: (page: number) => void): void {
    listener(1);
  }

  drawnPages(): number[] {
    return [1];
  }

  dispose(): void {
    this.root.remove();
  }
}
