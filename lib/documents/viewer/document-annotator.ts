/**
 * Highlights, card and keyboard for a document in the viewer, as the content script does on pages
 * and with its own painter and card: findings become ranges when their page is drawn, a click on
 * one opens the card, Alt+Shift+J / K step through them (drawing pages as needed), Esc closes.
 *
 * Only the findings of the parts near the view are registered as highlights (highlight-window.ts):
 * they are added as parts come near and removed as they leave. The panel and the keyboard still
 * know every finding; a jump registers its target first.
 */

import { logQuietly } from '../../log';
import { PRIVATE_WINDOW } from '../../messaging/protocol';
import { Card, type Translate } from '../../page/card';
import type { Finding } from '../../page/findings';
import { findingAtPoint, liveRange } from '../../page/hit-test';
import { isTyping } from '../../page/navigator';
import {
  browserHighlights,
  highlightCss,
  installHighlightStyles,
  Painter,
  type PainterEnvironment,
} from '../../page/painter';
import { SavedKeysQueue } from '../../page/saved-keys-queue';
import { lineKeyOf } from '../../watchlist/summary';
import type { SaveResult } from '../../watchlist/types';
import { yieldToPage } from '../../yield-to-page';
import type { DocumentFinding } from '../findings';
import { findingsNear } from '../highlight-window';
import { lineHashOf } from '../packed-findings';
import type { DocumentSurface } from './surface';

export interface AnnotatorOptions {
  surface: DocumentSurface;
  findings: readonly DocumentFinding[];
  /** Where the card lives (a shadow root of our own). */
  cardRoot: ShadowRoot;
  t: Translate;
  language: () => 'vi' | 'en';
  save(finding: DocumentFinding, save: boolean): Promise<SaveResult>;
  savedKeys(keys: string[]): Promise<string[]>;
  /** Called when the finding the user is on changes (the panel follows). */
  onCurrent?(finding: DocumentFinding | undefined): void;
  /** The highlight registry (tests pass a fake); the browser's by default. */
  highlights?: PainterEnvironment;
}

/** Findings registered per task. */
const PAINT_BATCH = 300;

export class DocumentAnnotator {
  private readonly painter: Painter | undefined;
  private readonly card: Card;
  private readonly placed = new Map<DocumentFinding, Finding>();
  private readonly saved = new Set<string>();
  /** Keys whose saved state was asked for (again after a failed question). */
  private readonly asked = new Set<string>();
  /** Questions to the watchlist, one per task: the keys painted in it. */
  private readonly savedQueue = new SavedKeysQueue(
    (keys) => this.markSaved(keys),
    (work) => queueMicrotask(work),
    (keys) => this.options.savedKeys(keys),
    (error, keys) => {
      for (const key of keys) this.asked.delete(key);
      logQuietly('reading which findings are saved', error);
    },
  );
  /** The open card's notice (a failed save), kept when the card is drawn again. */
  private notice: string | undefined;
  private readonly life = new AbortController();
  private readonly styles: { remove(): void };
  private current: DocumentFinding | undefined;
  /** The finding a jump is going to: registered before its part is near, and kept. */
  private target: DocumentFinding | undefined;
  private findings: readonly DocumentFinding[];
  /** Counts refreshes of the registered set: a batch of an older one stops. */
  private generation = 0;

  constructor(private readonly options: AnnotatorOptions) {
    this.findings = options.findings;
    const doc = options.cardRoot.ownerDocument;
    const env = options.highlights ?? browserHighlights();
    this.painter = env ? new Painter(env) : undefined;
    this.styles = installHighlightStyles(doc, options.cardRoot.host, highlightCss());
    this.card = new Card(options.cardRoot, options.t, options.language);
    options.surface.onDrawn(() => this.refresh());
    options.surface.onNear(() => this.refresh());
    const signal = this.life.signal;
    doc.addEventListener('click', (event) => this.onClick(event), { capture: true, signal });
    doc.addEventListener('keydown', (event) => this.onKey(event), { capture: true, signal });
  }

  /**
   * Replaces the findings (the whole document after its first page): repaints the drawn pages. A
   * card opened on the first page's reading follows its finding into the new one.
   */
  setFindings(findings: readonly DocumentFinding[]): void {
    if (findings === this.findings) return;
    const open = this.card.open ? this.current : undefined;
    const notice = this.notice;
    if (this.card.open) this.closeCard();
    for (const placed of this.placed.values()) this.painter?.remove(placed);
    this.placed.clear();
    this.findings = findings;
    this.target = undefined;
    this.refresh();
    if (open) void this.goTo(open, notice);
  }

  /**
   * Asks the watchlist whether `finding` is saved, with the others painted in the same task: only
   * findings the user can see or jump to are asked about (reading all 60,000 of a long document's
   * keys would read every finding's packed details). Each key once, unless its question failed.
   */
  private askSaved(finding: DocumentFinding): void {
    if (this.asked.has(finding.watchKey)) return;
    this.asked.add(finding.watchKey);
    this.savedQueue.add([finding]);
  }

  /** The watchlist's answer: the card, if open on one of them, follows it. */
  private markSaved(keys: string[]): void {
    if (this.life.signal.aborted) return;
    for (const key of keys) this.saved.add(key);
    const open = this.card.open ? this.current : undefined;
    if (open && keys.includes(open.watchKey)) this.openCard(open, this.notice);
  }

  /** The findings registered now (the near parts', the card's and a jump's target). */
  registered(): DocumentFinding[] {
    return [...this.placed.keys()];
  }

  /**
   * Makes the registered highlights those of the parts near the view: removes the others at once,
   * adds the new ones in batches with pauses, so a long document never blocks input.
   */
  private refresh(): void {
    const generation = ++this.generation;
    const { surface } = this.options;
    const wanted = findingsNear(this.findings, surface.nearParts());
    const keep = new Set(wanted);
    for (const [finding, placed] of this.placed) {
      if (keep.has(finding) || finding === this.current || finding === this.target) continue;
      this.painter?.remove(placed);
      this.placed.delete(finding);
    }
    const todo = wanted.filter(
      (finding) => !this.placed.has(finding) && surface.isDrawn(finding.start, finding.end, finding.page),
    );
    void (async () => {
      for (let i = 0; i < todo.length; i += PAINT_BATCH) {
        if (i > 0) await yieldToPage();
        if (this.life.signal.aborted || generation !== this.generation) return;
        for (const finding of todo.slice(i, i + PAINT_BATCH)) this.paintOne(finding);
      }
    })();
  }

  private paintOne(finding: DocumentFinding): void {
    if (this.placed.has(finding)) return;
    const { page } = finding;
    const container = this.options.surface.containerOf(page);
    const range = container && this.options.surface.rangeFor(finding.start, finding.end, page);
    if (!container || !range) return;
    const placed: Finding = {
      category: finding.category,
      key: finding.key,
      text: finding.text,
      container,
      range,
      prefix: finding.prefix,
      suffix: finding.suffix,
      sentence: finding.sentence,
      watchKey: finding.watchKey,
      documentKey: finding.documentKey,
      reference: finding.reference,
      date: finding.date,
    };
    this.placed.set(finding, placed);
    this.painter?.add(placed);
    this.askSaved(finding);
  }

  /** Scrolls to `finding` (drawing its page first) and opens its card, with `notice` if given. */
  async goTo(wanted: DocumentFinding, notice?: string): Promise<void> {
    await this.options.surface.ensureDrawn(wanted.page);
    // A click in the panel may name a finding of the first page's reading that the whole
    // document's has replaced since, or one its page has not painted yet: take the current one
    // at the same place, and place it now.
    const finding =
      this.findings.find((f) => f === wanted) ??
      this.findings.find((f) => f.start === wanted.start && f.end === wanted.end && f.key === wanted.key);
    if (!finding) return;
    // Registered now, before its part comes near: the card needs its range.
    this.target = finding;
    this.paintOne(finding);
    const placed = this.placed.get(finding);
    const range = placed && liveRange(placed);
    if (!placed || !range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    requestAnimationFrame(() => this.openCard(finding, notice));
  }

  step(direction: 1 | -1): void {
    const all = this.findings;
    if (!all.length) return;
    const at = this.current ? all.indexOf(this.current) : direction === 1 ? -1 : all.length;
    const next = all[(at + direction + all.length) % all.length];
    if (next) void this.goTo(next);
  }

  private openCard(finding: DocumentFinding, notice?: string): void {
    const placed = this.placed.get(finding);
    const range = placed && liveRange(placed);
    if (!placed || !range) return;
    this.current = finding;
    this.notice = notice;
    this.painter?.setCurrent(placed);
    this.options.onCurrent?.(finding);
    // The same lines as the panel and the page's card: a document once, a date once per sentence.
    // Compared by the key's hash first, which a packed finding has without reading its details.
    const line = lineKeyOf(finding);
    const hash = lineHashOf(finding);
    const siblings = this.findings.filter((other) => lineHashOf(other) === hash && lineKeyOf(other) === line);
    this.card.show(
      {
        finding: placed,
        index: siblings.indexOf(finding) + 1,
        count: siblings.length,
        saved: this.saved.has(finding.watchKey),
        notice,
      },
      range.getBoundingClientRect(),
      {
        onSave: (save) => void this.toggleSaved(finding, save),
        onStep: (direction) => {
          const next = siblings[(siblings.indexOf(finding) + direction + siblings.length) % siblings.length];
          if (next) void this.goTo(next);
        },
        onClose: () => this.closeCard(),
      },
    );
  }

  private closeCard(): void {
    this.card.hide();
    this.current = undefined;
    this.painter?.setCurrent(undefined);
    this.options.onCurrent?.(undefined);
  }

  private async toggleSaved(finding: DocumentFinding, save: boolean): Promise<void> {
    const result = await this.options.save(finding, save).catch((error: Error) => ({
      ok: false as const,
      error: error.message,
    }));
    // The card may show another object of the same finding by now (the whole document's reading
    // replaced the first page's while the save ran): it is the one to draw again.
    const shown = this.current?.watchKey === finding.watchKey ? this.current : undefined;
    if (!result.ok) {
      const { t } = this.options;
      this.openCard(
        shown ?? finding,
        result.error === PRIVATE_WINDOW ? t('privateNotSaved') : t('cardSaveFailed', [result.error]),
      );
      return;
    }
    this.savedQueue.userChanged(finding.watchKey);
    if (result.saved) this.saved.add(finding.watchKey);
    else this.saved.delete(finding.watchKey);
    if (shown) this.openCard(shown);
  }

  private onClick(event: MouseEvent): void {
    if (event.composedPath().includes(this.options.cardRoot.host) || !(event.target instanceof Node)) return;
    const placed = [...this.placed.values()];
    const hit = findingAtPoint(placed, event.clientX, event.clientY, event.target);
    const finding = hit && [...this.placed].find(([, value]) => value === hit)?.[0];
    if (finding) this.openCard(finding);
    else if (this.card.open) this.closeCard();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.card.open) {
      this.closeCard();
      return;
    }
    if (!event.altKey || !event.shiftKey) return;
    if (isTyping(event.target)) return;
    if (event.code === 'KeyJ') {
      event.preventDefault();
      this.step(1);
    } else if (event.code === 'KeyK') {
      event.preventDefault();
      this.step(-1);
    }
  }

  dispose(): void {
    this.life.abort();
    this.card.hide();
    this.painter?.dispose();
    this.styles.remove();
  }
}
