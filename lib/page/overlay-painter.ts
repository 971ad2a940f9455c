/**
 * The fallback where the browser has no CSS Custom Highlight API: translucent boxes drawn from the
 * findings' client rectangles inside our own shadow root. Unlike wrapping text in elements, it never
 * splits or moves the page's nodes, so the page's frameworks and our MutationObserver never see it.
 * Boxes are placed in document coordinates and redrawn after resizes.
 */

import type { FindingCategory } from '../messaging/protocol';
import { DEFAULT_COLOURS } from '../settings/settings';
import type { Finding } from './findings';
import { type FindingPainter, withAlpha } from './painter';

const SAVED = 'rgba(40, 180, 90, 0.35)';
const CURRENT = 'rgba(60, 120, 255, 0.4)';
/** Box fills per category: underline-only categories get a lighter fill, boxes have no underline style. */
const FILL_ALPHA: Readonly<Record<FindingCategory, number>> = {
  reference: 0.38,
  'weak-reference': 0.15,
  deadline: 0.3,
  date: 0.18,
};

export class OverlayPainter implements FindingPainter {
  private readonly layer: HTMLElement;
  private readonly boxes = new Map<Finding, HTMLElement[]>();
  private readonly saved = new Set<Finding>();
  private current: Finding | undefined;
  private colours: Readonly<Record<FindingCategory, string>> = DEFAULT_COLOURS;

  constructor(
    root: ShadowRoot,
    private readonly rectsOf: (finding: Finding) => DOMRect[],
  ) {
    const doc = root.ownerDocument;
    this.layer = doc.createElement('div');
    this.layer.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none';
    root.append(this.layer);
  }

  add(finding: Finding, saved = false): void {
    if (saved) this.saved.add(finding);
    this.draw(finding);
  }

  remove(finding: Finding): void {
    for (const box of this.boxes.get(finding) ?? []) box.remove();
    this.boxes.delete(finding);
    this.saved.delete(finding);
    if (this.current === finding) this.current = undefined;
  }

  setSaved(finding: Finding, saved: boolean): void {
    if (saved) this.saved.add(finding);
    else this.saved.delete(finding);
    this.draw(finding);
  }

  setCurrent(finding: Finding | undefined): void {
    const previous = this.current;
    this.current = finding;
    if (previous) this.draw(previous);
    if (finding) this.draw(finding);
  }

  /** Uses the user's colours from now on. */
  setColours(colours: Readonly<Record<FindingCategory, string>>): void {
    this.colours = colours;
    this.redraw();
  }

  /** Redraws every box (after a resize or a reflow of the page). */
  redraw(): void {
    for (const finding of [...this.boxes.keys()]) this.draw(finding);
  }

  dispose(): void {
    this.layer.remove();
    this.boxes.clear();
  }

  private draw(finding: Finding): void {
    for (const box of this.boxes.get(finding) ?? []) box.remove();
    const doc = this.layer.ownerDocument;
    const view = doc.defaultView;
    const [scrollX, scrollY] = [view?.scrollX ?? 0, view?.scrollY ?? 0];
    const colour =
      this.current === finding
        ? CURRENT
        : this.saved.has(finding)
          ? SAVED
          : withAlpha(this.colours[finding.category], FILL_ALPHA[finding.category]);
    const boxes = this.rectsOf(finding).map((rect) => {
      const box = doc.createElement('div');
      box.className = `mark ${finding.category}`;
      box.style.cssText =
        `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;` +
        `height:${rect.height}px;background:${colour};border-bottom:2px solid rgba(190,40,30,.8);pointer-events:none`;
      this.layer.append(box);
      return box;
    });
    this.boxes.set(finding, boxes);
  }
}
