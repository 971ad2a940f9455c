/**
 * Moving between findings: the card for one finding (open, close, previous/next occurrence, save),
 * and Alt+Shift+J / Alt+Shift+K through all of them in reading order.
 */

import { lineKeyOf } from '../watchlist/summary';
import type { Card } from './card';
import type { Finding } from './findings';
import { liveRange } from './hit-test';
import type { PageLife } from './lifetime';
import type { PaintBook } from './paint-book';
import type { Painter } from './painter';

export interface NavigatorDeps {
  life: PageLife;
  doc: Document;
  card: Card;
  painter: Painter;
  book: PaintBook;
  /** The findings shown now, in reading order. */
  shownFindings(): readonly Finding[];
  /** Saves or unsaves; resolves with what to tell the user when it failed. */
  save(finding: Finding, save: boolean): Promise<string | undefined>;
  /** Runs a card action, keeping its errors out of the page. */
  guard<A extends unknown[]>(work: (...args: A) => unknown): (...args: A) => void;
}

export class FindingNavigator {
  private current: Finding | undefined;

  constructor(private readonly deps: NavigatorDeps) {}

  /** The finding whose card is open. */
  get open(): Finding | undefined {
    return this.current;
  }

  /** Opens the card of `finding` next to it; `notice` replaces the details (a failed save). */
  show(finding: Finding, notice?: string): void {
    const { doc, card, painter, book, guard } = this.deps;
    const range = liveRange(finding, doc);
    if (!range) return;
    this.current = finding;
    painter.setCurrent(finding);
    const siblings = this.occurrences(finding);
    card.show(
      {
        finding,
        index: siblings.indexOf(finding) + 1,
        count: siblings.length,
        saved: book.isSaved(finding.watchKey),
        notice,
      },
      range.getBoundingClientRect(),
      {
        onSave: guard(async (save: boolean) => {
          const failure = await this.deps.save(finding, save);
          // The card may now show a fuller reading of the same finding (the background's, which
          // arrived while saving): that card is the one to update.
          const open = this.current;
          const same = open !== undefined && (open === finding || open.watchKey === finding.watchKey);
          if (failure) this.show(same ? open : finding, failure);
          else if (same) this.show(open);
        }),
        onStep: guard((direction: 1 | -1) => {
          const others = this.occurrences(finding);
          const next = others[(others.indexOf(finding) + direction + others.length) % others.length];
          if (next) this.goTo(next);
        }),
        onClose: guard(() => this.close()),
      },
    );
  }

  close(): void {
    this.deps.card.hide();
    this.current = undefined;
    this.deps.painter.setCurrent(undefined);
  }

  /** Closes the card if it shows one of `findings` (they left the page or were switched off). */
  closeIfAmong(findings: Iterable<Finding>): void {
    const open = this.current;
    if (open && [...findings].includes(open)) this.close();
  }

  /** Scrolls `finding` into view, then opens its card. */
  goTo(finding: Finding): void {
    const element = liveRange(finding, this.deps.doc)?.startContainer.parentElement;
    if (!element) return;
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.deps.life.requestAnimationFrame(() => this.show(finding));
  }

  /** The next (1) or previous (-1) shown finding after the open one, wrapping around. */
  step(direction: 1 | -1): void {
    const findings = this.deps.shownFindings();
    if (findings.length === 0) return;
    const at = this.current ? findings.indexOf(this.current) : direction === 1 ? -1 : findings.length;
    const next = findings[(at + direction + findings.length) % findings.length];
    if (next) this.goTo(next);
  }

  /** Every shown occurrence of the same line (document, or date in the same sentence), in reading order. */
  private occurrences(finding: Finding): Finding[] {
    const line = lineKeyOf(finding);
    return this.deps.shownFindings().filter((other) => lineKeyOf(other) === line);
  }
}

/** True while the user types into a field or an editable region: the step keys are theirs then. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}
