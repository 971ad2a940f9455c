/**
 * Renders a laid-out HTML document (DOCX through mammoth, an HTML or text file) as DOM built
 * element by element from the tree: only known tags, only colspan/rowspan, never innerHTML, so a
 * document cannot run script or load anything. Each text leaf becomes one text node, which makes
 * mapping a text span to a range a lookup.
 *
 * A long document is built section by section (html-sections.ts): the first at once, the rest a
 * few milliseconds at a time between tasks, each section a block the browser may leave unlaid
 * while it is off screen. Findings are painted as their section arrives (`onDrawn` again).
 */

import { lastAtOrBefore } from '../../extract/text/sorted';
import { rangeBetween } from '../../page/page-text';
import { yieldToPage } from '../../yield-to-page';
import type { TextPart } from '../highlight-window';
import type { Blocks } from '../html-blocks';
import { sectionEnd } from '../html-sections';
import { BLOCK_TAGS, isBlockTag, type LaidNode, type TextLeaf } from '../html-text';
import { NearObserver } from './near-observer';
import type { DocumentSurface } from './surface';

/**
 * Tags drawn as themselves: the layout's blocks but forms, table cells and inline formatting.
 * Anything else is drawn as a plain div (a block) or span.
 */
const SAFE_TAGS = new Set([
  ...BLOCK_TAGS.filter((tag) => tag !== 'form' && tag !== 'fieldset'),
  ...['td', 'th', 'strong', 'b', 'em', 'i', 'u', 's', 'sup', 'sub', 'br', 'code', 'span'],
]);

/** Building time per task, in ms: well under a frame, so scrolling and clicks stay smooth. */
const BUILD_BUDGET_MS = 8;

export class HtmlSurface implements DocumentSurface {
  private readonly starts: number[] = [];
  private readonly nodes: Text[] = [];
  private readonly leaves: TextLeaf[] = [];
  private readonly root: HTMLElement;
  private readonly listeners: ((page: number) => void)[] = [];
  private readonly nearListeners: (() => void)[] = [];
  /** Each section's text span; none when the document is drawn whole (then it is always near). */
  private readonly sectionParts = new Map<Element, TextPart>();
  private readonly observer: NearObserver;
  /** Text offset up to which the DOM is built (the whole text once `built` is settled). */
  private builtEnd = 0;
  private disposed = false;
  /** Settles when every section is in the DOM. */
  readonly built: Promise<void>;

  /** `blocks`: the document's top-level nodes (its tree's children, or the DOCX worker's packed list). */
  constructor(container: HTMLElement, blocks: Blocks, plainText = false) {
    const doc = container.ownerDocument;
    this.root = doc.createElement(plainText ? 'pre' : 'article');
    this.root.className = plainText ? 'doc-html doc-plain' : 'doc-html';
    this.root.dataset.page = '1';
    container.append(this.root);
    this.observer = new NearObserver(container, () => {
      for (const listener of this.nearListeners) listener();
    });
    // Plain text is one leaf in a <pre>: nothing to cut. Otherwise sections are cut as they are
    // built, so nothing walks the whole tree before the first one is shown.
    const nodes = blocks;
    let next = 0;
    const buildSection = () => {
      const to = plainText ? nodes.length : sectionEnd(nodes, next);
      const whole = next === 0 && to >= nodes.length;
      const parent = whole ? this.root : doc.createElement('div');
      if (parent !== this.root) {
        parent.className = 'doc-section';
        this.root.append(parent);
      }
      const firstLeaf = this.leaves.length;
      for (; next < to; next++) this.build(doc, nodes.at(next) as LaidNode, parent);
      const last = this.leaves.at(-1);
      if (parent !== this.root && last && this.leaves.length > firstLeaf) {
        const start = (this.leaves[firstLeaf] as TextLeaf).start;
        this.sectionParts.set(parent, { page: 1, start, end: last.start + last.text.length });
        this.observer.observe(parent);
      }
      this.builtEnd = next >= nodes.length ? Number.POSITIVE_INFINITY : last ? last.start + last.text.length : 0;
    };
    buildSection();
    this.built = (async () => {
      while (next < nodes.length) {
        await yieldToPage();
        if (this.disposed) return;
        const started = performance.now();
        do buildSection();
        while (next < nodes.length && performance.now() - started < BUILD_BUDGET_MS);
        for (const listener of this.listeners) listener(1);
      }
    })();
  }

  private build(doc: Document, node: LaidNode, parent: Node): void {
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
    for (const child of node.children) this.build(doc, child, element);
    parent.appendChild(element);
  }

  containerOf(): HTMLElement {
    return this.root;
  }

  isDrawn(_start: number, end: number): boolean {
    return end <= this.builtEnd;
  }

  rangeFor(start: number, end: number): StaticRange | undefined {
    if (end > this.builtEnd) return undefined;
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

  /** Resolves once the whole document is in the DOM (a jump past what is built waits for it). */
  ensureDrawn(): Promise<void> {
    return this.built;
  }

  onDrawn(listener: (page: number) => void): void {
    this.listeners.push(listener);
    listener(1);
  }

  drawnPages(): number[] {
    return [1];
  }

  nearParts(): TextPart[] {
    if (!this.sectionParts.size) return [{ page: 1, start: 0, end: Number.POSITIVE_INFINITY }];
    return [...this.observer.near].flatMap((element) => this.sectionParts.get(element) ?? []);
  }

  onNear(listener: () => void): void {
    this.nearListeners.push(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.observer.disconnect();
    this.root.remove();
  }
}
