/**
 * The card that explains one finding, drawn in our shadow root next to it: what the document or
 * date is in words, its issue or due date, where else it occurs on the page, and Save / Saved.
 * Plain DOM (no framework) keeps the content script small; all text is set as text, never HTML.
 */

import { dueIsBeforePeriod, periodOf } from '../watchlist/due';
import { describeDocument, formatDateValue, formatPeriod, taskLines, taskPartsOf } from '../watchlist/format';
import type { FindingCategory } from '../watchlist/types';
import type { Finding } from './findings';

export interface CardModel {
  finding: Finding;
  /** 1-based position among the findings with the same key, and their count. */
  index: number;
  count: number;
  saved: boolean;
  /** A message to show instead of the details (a failed save). */
  notice?: string;
}

export interface CardActions {
  onSave(save: boolean): void;
  onStep(direction: 1 | -1): void;
  onClose(): void;
}

export type Translate = (key: string, substitutions?: string[]) => string;

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 22rem; min-width: 14rem; box-sizing: border-box;
  font: 13px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1d1d1f; background: #fffdf7;
  border: 1px solid #c9b98a; border-left: 4px solid #b3261e; border-radius: 6px; padding: .6rem .75rem;
  box-shadow: 0 4px 18px rgba(0,0,0,.22); }
@media (prefers-color-scheme: dark) { .card { color: #f2f2f2; background: #26231d; border-color: #6d6246; } }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; opacity: .75; }
.title { font-weight: 700; font-size: 15px; margin: .1rem 0 .25rem; word-break: break-word; }
.line { margin: .1rem 0; }
.row { display: flex; gap: .4rem; align-items: center; margin-top: .5rem; flex-wrap: wrap; }
button { font: inherit; border: 1px solid #8a8a8a; border-radius: 4px; background: transparent; color: inherit; padding: .15rem .55rem; cursor: pointer; }
button.save { border-color: #b3261e; }
button.save[aria-pressed="true"] { background: #2e7d32; border-color: #2e7d32; color: #fff; }
.close { margin-left: auto; }
.notice { color: #b3261e; }
`;

const KIND_KEYS: Readonly<Record<FindingCategory, string>> = {
  reference: 'cardReference',
  'weak-reference': 'cardWeakReference',
  deadline: 'cardDeadline',
  date: 'cardDate',
};

/** Owns the one card element in `root`; `show` replaces its content, `hide` removes it. */
export class Card {
  private element: HTMLElement | undefined;

  constructor(
    private readonly root: ShadowRoot,
    private readonly t: Translate,
    private readonly language: () => 'vi' | 'en',
  ) {
    const style = root.ownerDocument.createElement('style');
    style.textContent = CARD_CSS;
    root.append(style);
  }

  get open(): boolean {
    return this.element !== undefined;
  }

  show(model: CardModel, anchor: DOMRect, actions: CardActions): void {
    const doc = this.root.ownerDocument;
    // A card shown again (its finding was read more fully) keeps the keyboard where it was.
    const hadFocus = this.element?.contains(this.root.activeElement ?? null) ?? false;
    const card = this.element ?? doc.createElement('section');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', model.finding.text);
    card.replaceChildren(...this.content(model, actions));
    const opening = !this.element;
    if (opening) this.root.append(card);
    this.element = card;
    this.place(card, anchor);
    // Keyboard users land in the card: Enter saves, Tab reaches the other buttons, Esc closes.
    if (opening || hadFocus) card.querySelector<HTMLElement>('button.save')?.focus({ preventScroll: true });
  }

  hide(): void {
    this.element?.remove();
    this.element = undefined;
  }

  private content(model: CardModel, actions: CardActions): Node[] {
    const doc = this.root.ownerDocument;
    const { finding } = model;
    const el = (tag: string, className: string, text: string) => {
      const node = doc.createElement(tag);
      node.className = className;
      node.textContent = text;
      return node;
    };
    const button = (className: string, text: string, onClick: () => void) => {
      const node = el('button', className, text) as HTMLButtonElement;
      node.type = 'button';
      node.addEventListener('click', (event) => {
        event.stopPropagation();
        // Only the user's own click: a page script's synthetic one must not save or delete.
        if (event.isTrusted) onClick();
      });
      return node;
    };

    const nodes: Node[] = [el('div', 'kind', this.t(KIND_KEYS[finding.category]))];
    const ref = finding.reference;
    const date = finding.date;
    nodes.push(el('div', 'title', ref ? ref.code : (date?.text ?? finding.text)));
    if (ref) {
      const [description, issued] = [
        describeDocument({ ...ref, issued: null }, this.language()).join(' — '),
        describeDocument({ issued: ref.issued }, this.language(), (date) => this.t('cardIssuedOn', [date])),
      ];
      if (description) nodes.push(el('div', 'line', description));
      if (issued[0]) nodes.push(el('div', 'line', issued[0]));
    }
    if (date?.due) {
      // A deadline: its due day first; the written value too when it is a month or a quarter.
      // A day-less deadline says what the text said and what it means: "trước quý 2/2027 → hạn 31/03/2027".
      const lang = this.language();
      const due = formatDateValue(date.due, lang);
      const dayless = periodOf(date.value) !== 'day' && periodOf(date.value) !== 'range';
      const key = dueIsBeforePeriod(date.value, date.due) ? 'dueBeforePeriod' : 'dueWithinPeriod';
      const line = dayless ? this.t(key, [formatPeriod(date.value, lang), due]) : this.t('cardDueOn', [due]);
      nodes.push(el('div', 'line', line));
      for (const line of taskLines(taskPartsOf(date, finding.documentKey), this.t))
        nodes.push(el('div', 'line task', line));
    } else if (date) {
      nodes.push(
        el('div', 'line', `${this.t(`cardKind_${date.kind}`)}: ${formatDateValue(date.value, this.language())}`),
      );
    }
    if (model.count > 1) {
      nodes.push(el('div', 'line', this.t('cardOccurrences', [String(model.count), String(model.index)])));
    }
    if (model.notice) nodes.push(el('div', 'line notice', model.notice));

    const row = doc.createElement('div');
    row.className = 'row';
    const save = button('save', this.t(model.saved ? 'cardSaved' : 'cardSave'), () => actions.onSave(!model.saved));
    save.setAttribute('aria-pressed', String(model.saved));
    row.append(save);
    if (model.count > 1) {
      row.append(button('step', this.t('cardPrevious'), () => actions.onStep(-1)));
      row.append(button('step', this.t('cardNext'), () => actions.onStep(1)));
    }
    row.append(button('close', this.t('cardClose'), () => actions.onClose()));
    nodes.push(row);
    return nodes;
  }

  /** Below the finding when there is room, else above; always inside the viewport. */
  private place(card: HTMLElement, anchor: DOMRect): void {
    const view = card.ownerDocument.defaultView;
    const [width, height] = [view?.innerWidth ?? 1024, view?.innerHeight ?? 768];
    const cardHeight = card.offsetHeight || 140;
    const cardWidth = card.offsetWidth || 280;
    const below = anchor.bottom + 6 + cardHeight <= height;
    const top = below ? anchor.bottom + 6 : Math.max(4, anchor.top - 6 - cardHeight);
    const left = Math.min(Math.max(4, anchor.left), Math.max(4, width - cardWidth - 4));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }
}
