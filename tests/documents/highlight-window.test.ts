// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { DocumentFinding } from '../../lib/documents/findings';
import { findingsIn, findingsNear, type TextPart, wholePage } from '../../lib/documents/highlight-window';
import { packFindings, unpackFindings } from '../../lib/documents/packed-findings';
import { type AnnotatorOptions, DocumentAnnotator } from '../../lib/documents/viewer/document-annotator';
import type { DocumentSurface } from '../../lib/documents/viewer/surface';
import { rangeBetween } from '../../lib/page/page-text';
import type { HighlightLike, PainterEnvironment } from '../../lib/page/painter';

const PAGES = 10;
const PER_PAGE = 40;
const PAGE_CHARS = 1000;

/** Our own findings: PER_PAGE references a page, every 25 characters. */
function findingsOnPages(): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  for (let page = 1; page <= PAGES; page++)
    for (let i = 0; i < PER_PAGE; i++) {
      const start = (page - 1) * PAGE_CHARS + i * 25;
      findings.push({
        category: 'reference',
        key: `${page * 100 + i}-KH/UBND`,
        text: 'KH',
        start,
        end: start + 10,
        page,
        sentence: '',
        watchKey: `${page * 100 + i}-KH/UBND`,
        documentKey: null,
        prefix: '',
        suffix: '',
      });
    }
  return findings;
}

/** A surface whose "near the view" is set by the test, as the IntersectionObserver would. */
class FakeSurface implements DocumentSurface {
  near: TextPart[] = [];
  readonly drawn = new Set<number>();
  private readonly nearListeners: (() => void)[] = [];
  private readonly drawnListeners: ((page: number) => void)[] = [];
  readonly container = document.createElement('div');
  private readonly text = document.createTextNode('x'.repeat(PAGES * PAGE_CHARS));

  constructor() {
    this.container.append(this.text);
    document.body.append(this.container);
  }
  containerOf() {
    return this.container;
  }
  isDrawn(_start: number, _end: number, page: number) {
    return this.drawn.has(page);
  }
  rangeFor(start: number, end: number, page: number) {
    if (!this.drawn.has(page)) return undefined;
    return rangeBetween({ node: this.text, offset: start }, { node: this.text, offset: end });
  }
  async ensureDrawn(page: number) {
    this.drawn.add(page);
    for (const listener of this.drawnListeners) listener(page);
  }
  onDrawn(listener: (page: number) => void) {
    this.drawnListeners.push(listener);
  }
  drawnPages() {
    return [...this.drawn];
  }
  nearParts() {
    return this.near;
  }
  onNear(listener: () => void) {
    this.nearListeners.push(listener);
  }
  /** Scrolls: these pages are now near the view (and drawn, as the PDF surface draws near pages). */
  scrollTo(pages: number[]) {
    for (const page of pages) this.drawn.add(page);
    this.near = pages.map(wholePage);
    for (const listener of this.nearListeners) listener();
  }
  dispose() {
    this.container.remove();
  }
}

/** A highlight registry that counts what is registered. */
function fakeHighlights() {
  const highlights: Set<AbstractRange>[] = [];
  const env: PainterEnvironment = {
    registry: { set: () => undefined, delete: () => undefined },
    createHighlight: () => {
      const ranges = new Set<AbstractRange>();
      highlights.push(ranges);
      return Object.assign(ranges, { priority: 0 }) as unknown as HighlightLike;
    },
  };
  return { env, registered: () => highlights.reduce((sum, ranges) => sum + ranges.size, 0) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function annotate(
  surface: FakeSurface,
  findings: DocumentFinding[],
  options: Partial<Pick<AnnotatorOptions, 'savedKeys' | 'save'>> = {},
) {
  const highlights = fakeHighlights();
  const host = document.createElement('div');
  document.body.append(host);
  const cardRoot = host.attachShadow({ mode: 'open' });
  const annotator = new DocumentAnnotator({
    surface,
    findings,
    cardRoot,
    // The message key and its values, so the card's words can be read back.
    t: (key, values = []) => [key, ...values].join(' '),
    language: () => 'vi',
    save: async () => ({ ok: true, saved: true }) as never,
    savedKeys: async () => [],
    highlights: highlights.env,
    ...options,
  });
  return { annotator, registered: highlights.registered, cardText: () => cardRoot.textContent ?? '' };
}

const pagesOf = (findings: DocumentFinding[]) => [...new Set(findings.map((f) => f.page))].sort((a, b) => a - b);

describe('the findings near the view', () => {
  const findings = findingsOnPages();

  it('finds a part’s findings by binary search, in text order, each once', () => {
    expect(findingsIn(findings, wholePage(3))).toEqual([2 * PER_PAGE, 3 * PER_PAGE]);
    expect(findingsIn(findings, { page: 2, start: 1000, end: 1100 })).toEqual([PER_PAGE, PER_PAGE + 4]);
    const near = findingsNear(findings, [wholePage(5), wholePage(4), wholePage(5)]);
    expect(near).toEqual(findings.filter((f) => f.page === 4 || f.page === 5));
    expect(findingsNear(findings, [])).toEqual([]);
  });
});

describe('registered highlights follow the view', () => {
  it('registers only the near pages’ findings, and drops those that leave', async () => {
    const surface = new FakeSurface();
    const { annotator, registered } = annotate(surface, findingsOnPages());
    surface.scrollTo([1, 2]);
    await settle();
    expect(pagesOf(annotator.registered())).toEqual([1, 2]);
    expect(registered()).toBe(2 * PER_PAGE);
    surface.scrollTo([6]);
    await settle();
    expect(pagesOf(annotator.registered())).toEqual([6]);
    expect(registered()).toBe(PER_PAGE);
    // Every page has been drawn by now, yet only the near one stays registered.
    surface.scrollTo([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    surface.scrollTo([9]);
    await settle();
    expect(registered()).toBe(PER_PAGE);
    annotator.dispose();
    surface.dispose();
  });

  it('a jump to a far finding registers it before its page is near; the keyboard knows every finding', async () => {
    const surface = new FakeSurface();
    const findings = findingsOnPages();
    const { annotator } = annotate(surface, findings);
    surface.scrollTo([1]);
    await settle();
    const far = findings.find((f) => f.page === 9) as DocumentFinding;
    expect(annotator.registered()).not.toContain(far);
    await annotator.goTo(far);
    expect(annotator.registered()).toContain(far);
    // Still registered when the near set is refreshed (before the scroll has brought its page near).
    surface.scrollTo([1]);
    await settle();
    expect(annotator.registered()).toContain(far);
    expect(pagesOf(annotator.registered())).toEqual([1, 9]);
    annotator.dispose();
    surface.dispose();
  });

  it('new findings (the whole document after its first page) are registered for the near pages only', async () => {
    const surface = new FakeSurface();
    const findings = findingsOnPages();
    const { annotator, registered } = annotate(
      surface,
      findings.filter((f) => f.page === 1),
    );
    surface.scrollTo([3]);
    await settle();
    expect(registered()).toBe(0);
    annotator.setFindings(findings);
    await settle();
    expect(pagesOf(annotator.registered())).toEqual([3]);
    expect(registered()).toBe(PER_PAGE);
    annotator.dispose();
    surface.dispose();
  });
});

describe('the card and the watchlist', () => {
  it('asks the watchlist only about the findings it paints, and the card says what it answered', async () => {
    const surface = new FakeSurface();
    const findings = findingsOnPages();
    const saved = (findings[PER_PAGE + 3] as DocumentFinding).watchKey;
    const savedKeys = vi.fn(async (keys: string[]) => keys.filter((key) => key === saved));
    const { annotator, cardText } = annotate(surface, findings, { savedKeys });
    surface.scrollTo([1]);
    await settle();
    const asked = () => savedKeys.mock.calls.flatMap(([keys]) => keys);
    expect(asked().sort()).toEqual(
      findings
        .filter((f) => f.page === 1)
        .map((f) => f.watchKey)
        .sort(),
    );
    surface.scrollTo([2]);
    await settle();
    expect(asked()).toHaveLength(2 * PER_PAGE);
    await annotator.goTo(findings[PER_PAGE + 3] as DocumentFinding);
    await settle();
    expect(cardText()).toContain('cardSaved');
    annotator.dispose();
    surface.dispose();
  });

  it('an answer from the watchlist that comes after the user saved and removed an item does not undo that', async () => {
    const surface = new FakeSurface();
    const findings = findingsOnPages();
    const target = findings[5] as DocumentFinding;
    let answer: (keys: string[]) => void = () => {};
    const savedKeys = vi.fn(() => new Promise<string[]>((resolve) => (answer = resolve)));
    const save = vi.fn(async (_finding: DocumentFinding, saved: boolean) => ({ ok: true as const, saved }));
    const { annotator, cardText } = annotate(surface, findings, { savedKeys, save });
    await annotator.goTo(target);
    await settle();
    // What the card's Save button does (it acts only on a trusted click, which a test cannot make).
    const toggle = (saved: boolean) =>
      (annotator as unknown as { toggleSaved(f: DocumentFinding, s: boolean): Promise<void> }).toggleSaved(
        target,
        saved,
      );
    expect(cardText()).toContain('cardSave');
    await toggle(true);
    expect(cardText()).toContain('cardSaved');
    await toggle(false);
    expect(save.mock.calls.map(([, saved]) => saved)).toEqual([true, false]);
    // The question asked when the finding was painted is answered only now, from before the clicks.
    answer([target.watchKey]);
    await settle();
    expect(cardText()).toContain('cardSave');
    expect(cardText()).not.toContain('cardSaved');
    annotator.dispose();
    surface.dispose();
  });

  it('a save that ends after the whole document replaced the first page’s findings shows on the card', async () => {
    const surface = new FakeSurface();
    const findings = findingsOnPages();
    let finishSave: () => void = () => {};
    const save = vi.fn(
      (_finding: DocumentFinding, saved: boolean) =>
        new Promise<{ ok: true; saved: boolean }>((resolve) => (finishSave = () => resolve({ ok: true, saved }))),
    );
    const { annotator, cardText } = annotate(surface, findings, { save });
    await annotator.goTo(findings[2] as DocumentFinding);
    await settle();
    const toggle = (annotator as unknown as { toggleSaved(f: DocumentFinding, s: boolean): Promise<void> }).toggleSaved(
      findings[2] as DocumentFinding,
      true,
    );
    // The whole document's reading: the same findings, other objects; the card follows its finding.
    annotator.setFindings(findings.map((finding) => ({ ...finding })));
    await settle();
    expect(cardText()).toContain('cardSave');
    finishSave();
    await toggle;
    expect(cardText()).toContain('cardSaved');
    annotator.dispose();
    surface.dispose();
  });

  it('asks again about findings whose question failed, the next time they are painted', async () => {
    const surface = new FakeSurface();
    const findings = findingsOnPages();
    const target = findings[1] as DocumentFinding;
    const savedKeys = vi
      .fn<(keys: string[]) => Promise<string[]>>()
      .mockRejectedValueOnce(new Error('the database is busy'))
      .mockImplementation(async (keys) => keys.filter((key) => key === target.watchKey));
    const { annotator, cardText } = annotate(surface, findings, { savedKeys });
    surface.scrollTo([1]);
    await settle();
    surface.scrollTo([2]);
    await settle();
    surface.scrollTo([1]);
    await settle();
    expect(savedKeys.mock.calls.filter(([keys]) => keys.includes(target.watchKey))).toHaveLength(2);
    await annotator.goTo(target);
    await settle();
    expect(cardText()).toContain('cardSaved');
    annotator.dispose();
    surface.dispose();
  });

  it('counts a line’s occurrences without reading every packed finding', async () => {
    const surface = new FakeSurface();
    // Every page cites the same three documents among its others.
    const plain = findingsOnPages().map((f, i) =>
      i % PER_PAGE < 3 ? { ...f, key: `${i % PER_PAGE}-KH/TU`, watchKey: `${i % PER_PAGE}-KH/TU` } : f,
    );
    const findings = unpackFindings(packFindings(plain));
    const { annotator, cardText } = annotate(surface, findings);
    const parse = vi.spyOn(JSON, 'parse');
    await annotator.goTo(findings[4 * PER_PAGE + 1] as DocumentFinding);
    await settle();
    expect(cardText()).toContain(`cardOccurrences ${PAGES} 5`);
    expect(parse.mock.calls.length).toBeLessThan(PAGES + 2 * PER_PAGE);
    parse.mockRestore();
    annotator.dispose();
    surface.dispose();
  });
});
