/**
 * Paints findings with the CSS Custom Highlight API: one `Highlight` per category, `StaticRange`s
 * in it, and `::highlight()` rules in a stylesheet the page never sees as a node. The page's DOM
 * is not touched. Only this module talks to `CSS.highlights`.
 */

import { DEFAULT_COLOURS } from '../settings/settings';
import type { FindingCategory } from '../watchlist/types';
import { takeEarlyStyles } from './early-styles';
import type { Finding } from './findings';

export const HIGHLIGHT_PREFIX = 'vanban';
/**
 * Registry names, one per category, plus the finding the keyboard or card is on. There is no
 * "saved" highlight: the page can read the registry, and what the user saved is none of its business.
 */
export const HIGHLIGHT_NAMES: Readonly<Record<FindingCategory | 'current', string>> = {
  reference: `${HIGHLIGHT_PREFIX}-ref`,
  'weak-reference': `${HIGHLIGHT_PREFIX}-ref-weak`,
  deadline: `${HIGHLIGHT_PREFIX}-deadline`,
  date: `${HIGHLIGHT_PREFIX}-date`,
  current: `${HIGHLIGHT_PREFIX}-current`,
};

/** `#rrggbb` as `rgba()` with `alpha`. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/**
 * The `::highlight()` rules for the user's colours: semi-transparent fills for references and
 * deadlines, coloured underlines for weak references and dates, read on light and dark pages alike.
 * A category that is switched off is never painted (the annotator leaves it out), so it needs no rule.
 */
export function highlightCss(colours: Readonly<Record<FindingCategory, string>> = DEFAULT_COLOURS): string {
  return `
::highlight(${HIGHLIGHT_NAMES.reference}) { background-color: ${withAlpha(colours.reference, 0.38)}; text-decoration: underline 2px rgba(190, 40, 30, 0.85); }
::highlight(${HIGHLIGHT_NAMES['weak-reference']}) { text-decoration: underline dotted 2px ${withAlpha(colours['weak-reference'], 0.8)}; }
::highlight(${HIGHLIGHT_NAMES.deadline}) { background-color: ${withAlpha(colours.deadline, 0.3)}; text-decoration: underline 2px rgba(200, 30, 30, 0.95); }
::highlight(${HIGHLIGHT_NAMES.date}) { text-decoration: underline dashed 1px ${withAlpha(colours.date, 0.9)}; }
::highlight(${HIGHLIGHT_NAMES.current}) { background-color: rgba(60, 120, 255, 0.4); }
`;
}

/** The parts of `HighlightRegistry` and `Highlight` we use, so tests can pass fakes. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
}
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
}

export interface PainterEnvironment {
  registry: HighlightRegistryLike;
  createHighlight: () => HighlightLike;
}

/** The real registry, or undefined where the browser has no Custom Highlight API. */
export function browserHighlights(): PainterEnvironment | undefined {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return undefined;
  return { registry: CSS.highlights as unknown as HighlightRegistryLike, createHighlight: () => new Highlight() };
}

const PRIORITIES: Readonly<Record<keyof typeof HIGHLIGHT_NAMES, number>> = {
  date: 1,
  'weak-reference': 2,
  reference: 3,
  deadline: 4,
  current: 5,
};

export interface PainterOptions {
  /**
   * Queue additions and removals until `flush()`. Chromium rebuilds the markers of every range of
   * every registered highlight in each frame after any highlight changed, so a page painted slice
   * by slice paid that whole-page rebuild once per slice; queued, it pays it once per flush, and
   * a removal and re-addition of the same range in between (a fuller reading put in place) none.
   */
  deferred?: boolean;
}

type Category = keyof typeof HIGHLIGHT_NAMES;

export class Painter {
  private readonly highlights = new Map<Category, HighlightLike>();
  private current: Finding | undefined;
  /** Deferred mode: what each highlight should hold, and the ranges changed since the last flush. */
  private readonly wanted = new Map<Category, Set<AbstractRange>>();
  private readonly applied = new Map<Category, Set<AbstractRange>>();
  private readonly touched = new Map<Category, Set<AbstractRange>>();
  private readonly deferred: boolean;

  constructor(
    private readonly env: PainterEnvironment,
    options: PainterOptions = {},
  ) {
    this.deferred = options.deferred ?? false;
    for (const [category, name] of Object.entries(HIGHLIGHT_NAMES) as [Category, string][]) {
      const highlight = env.createHighlight();
      highlight.priority = PRIORITIES[category];
      this.highlights.set(category, highlight);
      this.wanted.set(category, new Set());
      this.applied.set(category, new Set());
      this.touched.set(category, new Set());
      env.registry.set(name, highlight);
    }
  }

  add(finding: Finding): void {
    this.change(finding.category, finding.range, true);
  }

  remove(finding: Finding): void {
    for (const category of this.highlights.keys()) this.change(category, finding.range, false);
    if (this.current === finding) this.current = undefined;
  }

  /** Marks the finding the user is on (keyboard or card), or none. At once, with anything queued. */
  setCurrent(finding: Finding | undefined): void {
    if (this.current) this.change('current', this.current.range, false);
    this.current = finding;
    if (finding) this.change('current', finding.range, true);
    this.flush();
  }

  /** Whether queued changes wait for `flush()`. */
  get pending(): boolean {
    for (const ranges of this.touched.values()) if (ranges.size) return true;
    return false;
  }

  /** Applies the queued changes that change something (deferred mode; nothing to do otherwise). */
  flush(): void {
    for (const [category, ranges] of this.touched) {
      if (ranges.size === 0) continue;
      const highlight = this.highlights.get(category) as HighlightLike;
      const wanted = this.wanted.get(category) as Set<AbstractRange>;
      const applied = this.applied.get(category) as Set<AbstractRange>;
      for (const range of ranges) {
        if (wanted.has(range) === applied.has(range)) continue;
        if (wanted.has(range)) {
          highlight.add(range);
          applied.add(range);
        } else {
          highlight.delete(range);
          applied.delete(range);
        }
      }
      ranges.clear();
    }
  }

  /** Removes everything we registered. */
  dispose(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.env.registry.delete(name);
    this.highlights.clear();
    for (const map of [this.wanted, this.applied, this.touched]) map.clear();
  }

  private change(category: Category, range: AbstractRange, paint: boolean): void {
    const wanted = this.wanted.get(category);
    if (!wanted) return;
    if (paint) wanted.add(range);
    else wanted.delete(range);
    this.touched.get(category)?.add(range);
    if (!this.deferred) this.flush();
  }
}

export interface HighlightStyles {
  /** Replaces the rules (the user changed a colour). */
  update(css: string): void;
  /** Applies the rules inside an open shadow root too (document rules do not reach into one). */
  adopt(root: ShadowRoot): void;
  remove(): void;
}

/**
 * Adds the `::highlight()` rules without adding a node to the page: an adopted stylesheet where
 * that works, else a `<style>` inside our own host element.
 */
export function installHighlightStyles(doc: Document, host: Element, css: string): HighlightStyles {
  try {
    // The sheet adopted at document_start when there is one: replacing its rules only when the
    // user's colours differ spares the page a restyle of every element.
    const early = takeEarlyStyles(doc);
    const sheet = early?.sheet ?? new CSSStyleSheet();
    if (early?.css !== css) sheet.replaceSync(css);
    if (!early) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    const roots = new Set<ShadowRoot>();
    return {
      update: (next) => sheet.replaceSync(next),
      adopt: (root) => {
        roots.add(root);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      },
      remove: () => {
        for (const holder of [doc, ...roots]) {
          holder.adoptedStyleSheets = holder.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        }
      },
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    host.append(style);
    return {
      update: (next) => {
        style.textContent = next;
      },
      adopt: () => {}, // without constructable sheets, shadow roots stay unstyled
      remove: () => style.remove(),
    };
  }
}
