/**
 * Draws a PDF page by page as the pages come into view (IntersectionObserver): a canvas for the
 * picture and pdf.js's text layer over it, so the text is selectable and Ctrl+F finds it. A text
 * span maps to a range through the layout's pieces: piece → item → the text layer's span for it.
 */
import { type PageViewport, type PDFDocumentProxy, type PDFPageProxy, TextLayer } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { lastAtOrBefore } from '../../extract/text/sorted';
import { quietly } from '../../log';
import { rangeBetween } from '../../page/page-text';
import { yieldToPage } from '../../yield-to-page';
import { type TextPart, wholePage } from '../highlight-window';
import type { TextPiece } from '../pdf-layout';
import { afterNextFrame } from './after-next-frame';
import { NearObserver } from './near-observer';
import type { DocumentSurface } from './surface';

/** CSS pixels per PDF point. */
const SCALE = 1.35;
/**
 * Text items laid out per task by pdf.js's text layer: it measures every item on a canvas, and a
 * whole page at once was a 25–50 ms task.
 */
const TEXT_ITEMS_PER_TASK = 24;

/**
 * pdf.js measures the smallest font size once, with a forced layout, in the first text layer it
 * makes: done here, before the pages are put in, that layout is of a nearly empty page (done in the
 * first page's text layer, it laid out the 100 pages and the panel: a 60–110 ms task).
 */
function measureMinFontSizeEarly(doc: Document): void {
  const viewport = { scale: 1, rotation: 0, rawDims: { pageWidth: 1, pageHeight: 1, pageX: 0, pageY: 0 } };
  new TextLayer({
    textContentSource: { items: [], styles: {}, lang: null },
    container: doc.createElement('div'),
    viewport: viewport as never,
  });
}

/** A page's text content as a stream of small chunks, one per task, for the text layer to read. */
function inChunks(content: TextContent): ReadableStream<TextContent> {
  let at = 0;
  return new ReadableStream<TextContent>({
    async pull(controller) {
      if (at > 0) await yieldToPage();
      const items = content.items.slice(at, at + TEXT_ITEMS_PER_TASK);
      controller.enqueue({ items, styles: at === 0 ? content.styles : {}, lang: content.lang });
      at += TEXT_ITEMS_PER_TASK;
      if (at >= content.items.length) controller.close();
    },
  });
}

function setSize(element: HTMLElement, size: { width: number; height: number }): void {
  element.style.width = `${Math.round(size.width * SCALE)}px`;
  element.style.height = `${Math.round(size.height * SCALE)}px`;
}

interface PageSlot {
  element: HTMLElement;
  drawn?: Promise<void>;
  /** The text layer's spans, one per text item (pdf.js skips marked-content entries, as we do). */
  spans?: HTMLElement[];
  pieces: TextPiece[];
  starts: number[];
}

export class PdfSurface implements DocumentSurface {
  private readonly slots: PageSlot[] = [];
  private readonly listeners: ((page: number) => void)[] = [];
  private readonly nearListeners: (() => void)[] = [];
  private readonly observer: NearObserver;
  private disposed = false;
  /** Text layers being laid out now. */
  private readonly textLayers = new Set<Promise<void>>();
  /** Pictures are drawn one page at a time, after the text layers under way. */
  private pictures: Promise<void> = Promise.resolve();

  constructor(
    private readonly container: HTMLElement,
    private readonly pdf: PDFDocumentProxy,
    pieces: readonly TextPiece[],
    sizes: readonly { width: number; height: number }[],
  ) {
    const doc = container.ownerDocument;
    measureMinFontSizeEarly(doc);
    this.observer = new NearObserver(container, (entered) => {
      for (const element of entered) void this.ensureDrawn(Number((element as HTMLElement).dataset.page));
      for (const listener of this.nearListeners) listener();
    });
    sizes.forEach((size, index) => {
      const element = doc.createElement('section');
      element.className = 'pdf-page';
      element.dataset.page = String(index + 1);
      element.setAttribute('aria-label', String(index + 1));
      setSize(element, size);
      element.style.setProperty('--scale-factor', String(SCALE));
      element.style.setProperty('--total-scale-factor', String(SCALE));
      element.style.setProperty('--scale-round-x', '1px');
      element.style.setProperty('--scale-round-y', '1px');
      container.append(element);
      this.slots.push({ element, pieces: [], starts: [] });
      this.observer.observe(element);
    });
    this.setPieces(pieces);
  }

  /**
   * The whole document's layout after the first page's (the running head now known, offsets
   * changed); sizes correct the placeholders, which were all given the first page's size.
   */
  setPieces(pieces: readonly TextPiece[], sizes?: readonly { width: number; height: number }[]): void {
    for (const slot of this.slots) {
      slot.pieces = [];
      slot.starts = [];
    }
    for (const piece of pieces) {
      const slot = this.slots[piece.page - 1];
      slot?.pieces.push(piece);
      slot?.starts.push(piece.start);
    }
    sizes?.forEach((size, index) => {
      const slot = this.slots[index];
      if (slot && !slot.drawn) setSize(slot.element, size);
    });
  }

  drawnPages(): number[] {
    return this.slots.flatMap((slot, index) => (slot.spans ? [index + 1] : []));
  }

  nearParts(): TextPart[] {
    return [...this.observer.near].map((element) => wholePage(Number((element as HTMLElement).dataset.page)));
  }

  onNear(listener: () => void): void {
    this.nearListeners.push(listener);
  }

  containerOf(page: number): HTMLElement | undefined {
    return this.slots[page - 1]?.element;
  }

  onDrawn(listener: (page: number) => void): void {
    this.listeners.push(listener);
    this.slots.forEach((slot, index) => {
      if (slot.spans) listener(index + 1);
    });
  }

  ensureDrawn(page: number): Promise<void> {
    const slot = this.slots[page - 1];
    if (!slot) return Promise.resolve();
    slot.drawn ??= this.draw(page, slot);
    return slot.drawn;
  }

  private async draw(number: number, slot: PageSlot): Promise<void> {
    const page = await this.pdf.getPage(number);
    if (this.disposed) return;
    const viewport = page.getViewport({ scale: SCALE });
    const doc = this.container.ownerDocument;
    const canvas = doc.createElement('canvas');
    const ratio = Math.min(2, doc.defaultView?.devicePixelRatio ?? 1);
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.setAttribute('aria-hidden', 'true');
    const layer = doc.createElement('div');
    layer.className = 'textLayer';
    slot.element.append(canvas, layer);
    // Text first: the highlights and the card need it, the picture can follow.
    const textLayer = new TextLayer({
      textContentSource: inChunks(await page.getTextContent()),
      container: layer,
      viewport,
    });
    const laidOut = textLayer.render();
    this.textLayers.add(laidOut);
    await laidOut.finally(() => this.textLayers.delete(laidOut));
    if (this.disposed) return;
    // pdf.js measures text on a canvas it adds to <body>: nothing for assistive technology to read.
    for (const measuring of doc.querySelectorAll('.hiddenCanvasElement')) measuring.setAttribute('aria-hidden', 'true');
    slot.spans = textLayer.textDivs;
    for (const listener of this.listeners) listener(number);
    // The picture once no text layer is being laid out, a frame later, one page at a time: pdf.js
    // draws it in animation frames, which then do not also lay out text layers and paint their
    // highlights (frames of 60 ms). The page counts as drawn already: its text is there.
    this.pictures = this.pictures.then(async () => {
      while (this.textLayers.size) await Promise.allSettled([...this.textLayers]);
      await afterNextFrame();
      if (!this.disposed) await this.drawPicture(page, canvas, viewport, ratio);
    });
  }

  private async drawPicture(page: PDFPageProxy, canvas: HTMLCanvasElement, viewport: PageViewport, ratio: number) {
    const context = canvas.getContext('2d');
    if (!context) return;
    await page
      .render({
        canvas,
        canvasContext: context,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      })
      // A page that fails to draw still has its text layer, which is what we highlight.
      .promise.catch(quietly('drawing a PDF page'));
  }

  isDrawn(_start: number, _end: number, page: number): boolean {
    return !!this.slots[page - 1]?.spans;
  }

  rangeFor(start: number, end: number, page: number): StaticRange | undefined {
    const slot = this.slots[page - 1];
    if (!slot?.spans) return undefined;
    const first = this.pieceAt(slot, start, false);
    const last = this.pieceAt(slot, end, true);
    if (!first || !last) return undefined;
    const from = this.point(slot, first, Math.max(start, first.start));
    const to = this.point(slot, last, Math.min(end, last.end));
    return from && to ? rangeBetween(from, to) : undefined;
  }

  /** The piece holding offset (or, in a joiner, the next piece for a start, the previous for an end). */
  private pieceAt(slot: PageSlot, offset: number, isEnd: boolean): TextPiece | undefined {
    const index = lastAtOrBefore(slot.starts, isEnd ? offset - 1 : offset);
    const piece = slot.pieces[index];
    if (isEnd) return piece;
    if (piece && offset < piece.end) return piece;
    return slot.pieces[index + 1];
  }

  private point(slot: PageSlot, piece: TextPiece, offset: number): { node: Node; offset: number } | undefined {
    const node = slot.spans?.[piece.item]?.firstChild;
    if (!node) return undefined;
    const at = piece.offset + offset - piece.start;
    return at <= (node.textContent?.length ?? 0) ? { node, offset: at } : undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.observer.disconnect();
    for (const slot of this.slots) slot.element.remove();
    void this.pdf.destroy();
  }
}
