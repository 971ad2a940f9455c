/**
 * A small hint over a highlight the pointer rests on ("Hạn chót · nhấp để xem chi tiết"): the
 * highlights themselves take no pointer events and cannot change the cursor, and we may not touch
 * the page's elements, so the hint, in our shadow root, is what tells a user a highlight can be
 * clicked. It takes no pointer events itself, so the page under it works as before.
 */
import type { FindingCategory } from '../watchlist/types';
import type { Translate } from './card';

const HINT_CSS = `
.hint { position: fixed; z-index: 2147483647; pointer-events: none; max-width: 20rem; box-sizing: border-box;
  font: 12px/1.4 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #fff; background: #26231d;
  border-radius: 4px; padding: .2rem .5rem; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
@media (prefers-color-scheme: dark) { .hint { color: #1d1d1f; background: #f2efe8; } }
`;

/** How long the pointer rests before the hint shows: long enough not to flicker while moving across text. */
export const HINT_DELAY_MS = 350;

const KIND_KEYS: Readonly<Record<FindingCategory, string>> = {
  reference: 'cardReference',
  'weak-reference': 'cardWeakReference',
  deadline: 'cardDeadline',
  date: 'cardDate',
};

export class HoverHint {
  private element: HTMLElement | undefined;

  constructor(
    private readonly root: ShadowRoot,
    private readonly t: Translate,
  ) {
    const style = root.ownerDocument.createElement('style');
    style.textContent = HINT_CSS;
    root.append(style);
  }

  get shown(): boolean {
    return this.element !== undefined;
  }

  /** Shows the hint for a finding of `category` just below `anchor` (above it near the bottom). */
  show(category: FindingCategory, anchor: DOMRect): void {
    const doc = this.root.ownerDocument;
    const hint = this.element ?? doc.createElement('div');
    hint.className = 'hint';
    hint.setAttribute('role', 'tooltip');
    hint.textContent = this.t('hoverHint', [this.t(KIND_KEYS[category])]);
    if (!this.element) this.root.append(hint);
    this.element = hint;
    const view = doc.defaultView;
    const below = anchor.bottom + 4;
    const top = view && below + 28 > view.innerHeight ? anchor.top - 30 : below;
    hint.style.left = `${Math.max(4, Math.min(anchor.left, (view?.innerWidth ?? 800) - 240))}px`;
    hint.style.top = `${Math.max(4, top)}px`;
  }

  hide(): void {
    this.element?.remove();
    this.element = undefined;
  }
}
