import type { TextPart } from '../highlight-window';

/**
 * What the viewer draws a document on: a PDF's pages or an HTML rendering. Either maps a span of
 * the extraction text to a DOM range once the part holding it has been drawn.
 */
export interface DocumentSurface {
  /** The element holding the page (or the whole rendering) that span [start, end) is on. */
  containerOf(page: number): HTMLElement | undefined;
  /** Whether span [start, end) on `page` is in the DOM yet (a long HTML document is built in steps). */
  isDrawn(start: number, end: number, page: number): boolean;
  /** The range of text span [start, end) on `page`, or undefined while that page is not drawn. */
  rangeFor(start: number, end: number, page: number): StaticRange | undefined;
  /** Draws `page` now (a jump to a finding) and resolves when its text is in the DOM. */
  ensureDrawn(page: number): Promise<void>;
  /** Called with each page once its text is in the DOM (HTML: page 1, at once). */
  onDrawn(listener: (page: number) => void): void;
  /** Pages whose text is in the DOM now. */
  drawnPages(): number[];
  /** The parts of the document (pages, sections) within about a screen of the view now. */
  nearParts(): TextPart[];
  /** Called whenever parts come near the view or leave it. */
  onNear(listener: () => void): void;
  dispose(): void;
}
