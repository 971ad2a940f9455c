/**
 * Which findings are painted: shown categories only, at most `MAX_PAINTED` of them, and which of
 * them are saved (for the card; saved ones are not marked on the page, whose scripts can read the
 * highlight registry). One place decides, so new findings and a changed setting paint the same way.
 */
import type { Settings } from '../settings/settings';
import type { Finding } from './findings';
import type { Painter } from './painter';

/** Past this many highlights a page stays readable only if we stop painting; the rest are still listed. */
export const MAX_PAINTED = 3000;

export class PaintBook {
  private readonly painted = new Set<Finding>();
  private readonly saved = new Set<string>();

  constructor(
    private readonly painter: Painter,
    private shown: Settings['categories'],
    private readonly max = MAX_PAINTED,
  ) {}

  isShown(finding: Finding): boolean {
    return this.shown[finding.category].on;
  }

  isSaved(watchKey: string): boolean {
    return this.saved.has(watchKey);
  }

  /** Paints those of `findings` that are shown and not painted yet, up to the cap. */
  paint(findings: Iterable<Finding>): void {
    for (const finding of findings) {
      if (this.painted.size >= this.max) break;
      if (!this.isShown(finding) || this.painted.has(finding)) continue;
      this.painter.add(finding);
      this.painted.add(finding);
    }
  }

  unpaint(findings: Iterable<Finding>): void {
    for (const finding of findings) {
      this.painter.remove(finding);
      this.painted.delete(finding);
    }
  }

  /** Takes the new category switches; returns the findings it stopped painting. */
  show(categories: Settings['categories']): Finding[] {
    this.shown = categories;
    const hidden = [...this.painted].filter((finding) => !this.isShown(finding));
    this.unpaint(hidden);
    return hidden;
  }

  /** Records that these watchlist keys are (or are no longer) saved. */
  markSaved(keys: Iterable<string>, saved: boolean): void {
    for (const key of keys) {
      if (saved) this.saved.add(key);
      else this.saved.delete(key);
    }
  }

  /** Forgets every saved mark (the watchlist changed elsewhere; the caller asks again). */
  forgetSaved(): void {
    this.saved.clear();
  }
}
