/**
 * The page's visible text as flows: runs of text not separated by block elements, so a reference
 * split over inline elements ("Chỉ thị số <b>19-CT/TƯ</b>") is one string and "<p>A</p><p>B</p>"
 * never reads as "AB". Each flow keeps a map from its offsets back to (text node, offset).
 * Reads the DOM, never changes it.
 */
import { partitionPoint } from '../extract/text/sorted';

/** Elements whose text is never the page's prose. */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Elements that stay inside a flow; every other element starts and ends one. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'BR',
]);

export interface Flow {
  /** The block element the flow belongs to (its nearest non-inline ancestor). */
  container: Element;
  /** The language its container declares (nearest `lang` attribute), lower case, or ''. */
  lang: string;
  text: string;
  /** Text nodes in order; `null` stands for a line break (`<br>`) that has no node. */
  nodes: (Text | null)[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
}

export interface FlowOptions {
  /** Elements of our own (the UI host): skipped with their subtree. */
  isOwn?: (element: Element) => boolean;
  /** Whether an element's text can be seen; defaults to `checkVisibility` where it exists. */
  isVisible?: (element: Element) => boolean;
}

const defaultIsVisible = (element: Element) =>
  typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;

/**
 * Walks `root` into flows a slice at a time, so a large page never blocks the main thread for long:
 * each `take(budgetMs)` returns the flows completed in that slice. Skips scripts, styles, form
 * fields, editable regions, `hidden`/`aria-hidden` subtrees, invisible text and our own elements;
 * drops whitespace-only flows.
 */
export class FlowWalker {
  private readonly isOwn: (element: Element) => boolean;
  private readonly isVisible: (element: Element) => boolean;
  private readonly visibility = new Map<Element, boolean>();
  /** Declared language per element met (`closest('[lang]')` from every flow cost a climb to the root). */
  private readonly languages = new Map<Element, string>();
  /**
   * Open elements: the next node to visit in each (a node with its siblings after it, or a list
   * such as a slot's assigned nodes), and the flow container it belongs to.
   */
  private readonly stack: {
    next: Node | null;
    list?: readonly Node[];
    index?: number;
    parent: Element;
    container: Element;
    block: boolean;
  }[];
  /** Open shadow roots met on the way: their text is read, and they need our highlight styles. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private current: Flow | undefined;
  private finished: Flow[] = [];
  private finishedChars = 0;

  constructor(root: Element, options: FlowOptions = {}) {
    this.isOwn = options.isOwn ?? (() => false);
    this.isVisible = options.isVisible ?? defaultIsVisible;
    this.stack = [{ next: root.firstChild, parent: root, container: root, block: true }];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /**
   * Walks for about `budgetMs`, or until the completed flows hold `maxChars` characters (the work
   * that follows a slice grows with its text), and returns the flows completed meanwhile.
   */
  take(
    budgetMs = Number.POSITIVE_INFINITY,
    now: () => number = () => performance.now(),
    maxChars = Number.POSITIVE_INFINITY,
  ): Flow[] {
    const stopAt = budgetMs === Number.POSITIVE_INFINITY ? budgetMs : now() + budgetMs;
    let steps = 0;
    while (this.stack.length > 0) {
      if (++steps % 64 === 0 && (now() > stopAt || this.finishedChars >= maxChars)) break;
      this.step();
    }
    this.finishedChars = 0;
    if (this.done) this.close();
    const flows = this.finished;
    this.finished = [];
    return flows;
  }

  private step(): void {
    const top = this.stack[this.stack.length - 1] as (typeof this.stack)[number];
    const node = top.list ? (top.list[top.index ?? 0] ?? null) : top.next;
    if (!node) {
      this.stack.pop();
      if (top.block) this.close();
      return;
    }
    if (top.list) top.index = (top.index ?? 0) + 1;
    else top.next = node.nextSibling;
    if (node.nodeType === 3) {
      this.addText(node as Text, top.parent, top.container);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || this.isOwn(element) || isSkippedByAttribute(element)) return;
    if (tag === 'BR') {
      const flow = this.open(top.container);
      flow.nodes.push(null);
      flow.starts.push(flow.text.length);
      flow.text += '\n';
      return;
    }
    const block = !INLINE_TAGS.has(tag) && tag !== 'SLOT';
    if (block) this.close();
    const container = block ? element : top.container;
    // What is rendered: an open shadow root's tree instead of the light children, and a slot's
    // assigned nodes (the page's own content embedded by a component) instead of its fallback.
    const shadow = element.shadowRoot;
    if (shadow) this.shadowRoots.add(shadow);
    const assigned = tag === 'SLOT' ? (element as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
    if (assigned.length) this.stack.push({ next: null, list: assigned, index: 0, parent: element, container, block });
    else this.stack.push({ next: (shadow ?? element).firstChild, parent: element, container, block });
  }

  private addText(text: Text, parent: Element, container: Element): void {
    if (text.data.length === 0 || !this.visible(parent)) return;
    const flow = this.open(container);
    flow.nodes.push(text);
    flow.starts.push(flow.text.length);
    flow.text += text.data;
  }

  private open(container: Element): Flow {
    this.current ??= { container, lang: this.languageOf(container), text: '', nodes: [], starts: [] };
    return this.current;
  }

  private close(): void {
    if (this.current && /\S/.test(this.current.text)) {
      this.finished.push(this.current);
      this.finishedChars += this.current.text.length;
    }
    this.current = undefined;
  }

  /** `declaredLanguage(element)`, climbing only to the nearest element already known. */
  private languageOf(element: Element): string {
    const path: Element[] = [];
    let lang = '';
    for (let at: Element | null = element; at; at = at.parentElement) {
      const known = this.languages.get(at);
      if (known !== undefined) {
        lang = known;
        break;
      }
      path.push(at);
      const own = at.getAttribute('lang');
      if (own !== null) {
        lang = own.toLowerCase();
        break;
      }
    }
    for (const at of path) this.languages.set(at, lang);
    return lang;
  }

  private visible(element: Element): boolean {
    let seen = this.visibility.get(element);
    if (seen === undefined) {
      seen = this.isVisible(element);
      this.visibility.set(element, seen);
    }
    return seen;
  }
}

/** All flows under `root` at once (tests, small subtrees). */
export function collectFlows(root: Element, options: FlowOptions = {}): Flow[] {
  return new FlowWalker(root, options).take();
}

/** The block element whose flow holds `node`: its nearest ancestor that is not inline. */
export function flowContainerOf(node: Node, root: Element): Element {
  let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element && element !== root && INLINE_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element ?? root;
}

/** The language `element` declares or inherits (nearest `lang` attribute), lower case, or ''. */
export function declaredLanguage(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
}

/**
 * True when `element` or an ancestor below `root` is a region we never read (editable, hidden, a
 * form field): a rescan that starts inside one must read nothing, as the full scan does.
 */
export function isInSkippedRegion(element: Element, root: Element): boolean {
  for (let at: Element | null = element; at && at !== root; at = at.parentElement) {
    if (isSkippedByAttribute(at) || SKIPPED_TAGS.has(at.tagName.toUpperCase())) return true;
  }
  return false;
}

function isSkippedByAttribute(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    (element.hasAttribute('contenteditable') && element.getAttribute('contenteditable') !== 'false')
  );
}

/** Where flow offset `offset` falls: a text node and an offset in it. `atEnd` prefers the end of the previous node. */
export function locate(flow: Flow, offset: number, atEnd: boolean): { node: Text; offset: number } | undefined {
  const before = partitionPoint(flow.starts, (start) => start < offset || (!atEnd && start === offset));
  for (let i = Math.max(0, before - 1); i >= 0; i--) {
    const node = flow.nodes[i];
    if (node) return { node, offset: Math.min(node.data.length, Math.max(0, offset - (flow.starts[i] as number))) };
  }
  return undefined;
}
