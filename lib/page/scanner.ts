/**
 * Keeps the page's findings: a full scan in time slices (so no task runs long), and rescans of the
 * flow containers that changed. Extraction is the pure `extract` (no compromise on the page).
 */
import { extract, publishedDayOf } from '../extract/index';
import { guessLanguage } from '../extract/text/language';
import { partitionPoint } from '../extract/text/sorted';
import type { Extraction, TextTable } from '../extract/types';
import { logQuietly } from '../log';
import { compareFindings, type Finding, toFindings } from './findings';
import { joinFlows, type PageText } from './page-text';
import { type CellLocator, cellLocator, headerRowOf, tablesOf } from './tables';
import { collectFlows, type Flow, FlowWalker, isInSkippedRegion } from './text-flows';

/** How long one slice of DOM walking may run before yielding to the page. */
const SLICE_MS = 4;
/**
 * The task length a slice aims at (walking, extraction, placing and painting): well under the
 * 50 ms that makes a long task, with room for a slower machine or a dense stretch of findings.
 */
const TARGET_SLICE_MS = 16;
/**
 * How much text a slice may hand to extraction and painting. It starts small (the first
 * extraction on a page runs cold code) and follows the measured cost of the slices before it.
 */
const FIRST_SLICE_CHARS = 4_000;
const MIN_SLICE_CHARS = 1_000;
const MAX_SLICE_CHARS = 64_000;

/**
 * The text budget of the next slice, from the last one: `chars` of text took `ms`. Scaled to the
 * target, at most doubled at a time (a cheap stretch says little about the next).
 */
export function nextSliceChars(current: number, chars: number, ms: number): number {
  if (chars === 0) return current;
  const fitting = Math.floor((chars * TARGET_SLICE_MS) / Math.max(ms, 0.1));
  return Math.max(MIN_SLICE_CHARS, Math.min(MAX_SLICE_CHARS, 2 * current, fitting));
}

export interface ScannerOptions {
  root: Element;
  isOwn: (element: Element) => boolean;
  /** The page's publication date from its metadata, if any; else the first stamp found is used. */
  published?: string;
  lang?: 'vi' | 'en';
  /** Yields to the page between slices (a timer that dies with the content script). */
  yieldToPage: () => Promise<void>;
  /** Called after each slice with the findings it added and the ones it removed. */
  onChange: (added: Finding[], removed: Finding[]) => void;
  /**
   * The full reading of the text off the page's main thread (the background): every deadline's
   * task, owners and document, and compromise on English. With it, the page itself extracts
   * without deadline details (the costly part), and the answer replaces what it found in those flows.
   */
  complete?: (
    text: string,
    options: { published?: string; lang?: 'vi' | 'en'; tables?: TextTable[] },
  ) => Promise<Extraction | null>;
  /** An open shadow root whose text was read: its findings need our highlight styles inside it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** A full scan has read the containers in view and goes on with the rest of the page. */
  onVisibleRead?: () => void;
}

/** What scanning has cost the page so far (shown in the popup's status, and read by the bench). */
export interface ScanStats {
  /** Main-thread time spent walking, extracting and painting, in ms. */
  busyMs: number;
  /** The longest single slice, in ms: the longest task we put on the page. */
  longestTaskMs: number;
  /** Wall time of the last full scan, from its start to its last slice, in ms. */
  fullScanMs: number;
  /** The last full scan has finished. */
  done: boolean;
}

export class PageScanner {
  private current: Finding[] = [];
  private readonly statistics: ScanStats = { busyMs: 0, longestTaskMs: 0, fullScanMs: 0, done: false };
  private published: string | undefined;
  /** When each flow container was last read (a counter), so a late English reading is not stale. */
  private readonly readAt = new WeakMap<Element, number>();
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  /**
   * Findings taken out of `current` (a rescan, a new full scan, a reading put in place): a late
   * reading checks its findings against this, not against a set of the whole list per slice.
   */
  private readonly dropped = new WeakSet<Finding>();
  private reads = 0;
  private sliceChars = FIRST_SLICE_CHARS;
  private generation = 0;
  private stopped = false;

  constructor(private readonly options: ScannerOptions) {
    this.published = options.published;
  }

  get stats(): ScanStats {
    return { ...this.statistics };
  }

  /** Every finding on the page, in document order. */
  get findings(): readonly Finding[] {
    return this.current;
  }

  /**
   * Forgets everything and scans the whole page again, slice by slice; `visibleFirst` (flow
   * containers in view) are read before the rest. Resolves when done.
   */
  async scanAll(visibleFirst: Element[] = []): Promise<void> {
    if (this.stopped) return;
    const generation = ++this.generation;
    const removed = this.current;
    this.current = [];
    this.drop(removed);
    if (removed.length) this.options.onChange([], removed);
    const started = performance.now();
    this.statistics.done = false;
    const first = visibleFirst.filter((el) => !visibleFirst.some((other) => other !== el && other.contains(el)));
    for (const container of first) {
      await this.walk(new FlowWalker(container, { isOwn: this.options.isOwn }), generation);
    }
    if (generation !== this.generation) return;
    this.options.onVisibleRead?.();
    const done = new Set(first);
    const isOwnOrDone = (element: Element) => done.has(element) || this.options.isOwn(element);
    await this.walk(new FlowWalker(this.options.root, { isOwn: isOwnOrDone }), generation);
    if (generation !== this.generation) return;
    this.statistics.fullScanMs = performance.now() - started;
    this.statistics.done = true;
  }

  /** Reads `containers` again (they changed), replacing the findings inside them. */
  async rescan(containers: Element[]): Promise<void> {
    if (this.stopped) return;
    const generation = this.generation;
    const inside = (finding: Finding) =>
      !finding.container.isConnected || containers.some((container) => container.contains(finding.container));
    const removed = this.current.filter(inside);
    if (removed.length) {
      this.current = this.current.filter((finding) => !inside(finding));
      this.drop(removed);
      this.options.onChange([], removed);
    }
    for (const container of containers) {
      // Text the user types into an editable region is theirs, not the page's: never annotated.
      if (!container.isConnected || isInSkippedRegion(container, this.options.root)) continue;
      await this.walk(new FlowWalker(container, { isOwn: this.options.isOwn }), generation);
      if (generation !== this.generation) return;
    }
  }

  /** Ends any scan in progress and forgets the findings; the scanner does nothing after this. */
  stop(): void {
    this.stopped = true;
    this.generation++;
    this.current = [];
  }

  private async walk(walker: FlowWalker, generation: number): Promise<void> {
    while (!walker.done) {
      if (generation !== this.generation) return;
      const sliceStart = performance.now();
      const flows = walker.take(SLICE_MS, undefined, this.sliceChars);
      for (const root of walker.shadowRoots) {
        if (this.shadowRoots.has(root)) continue;
        this.shadowRoots.add(root);
        this.options.onShadowRoot?.(root);
      }
      if (flows.length) this.add(flows);
      const sliceMs = performance.now() - sliceStart;
      this.count(sliceMs);
      let chars = 0;
      for (const flow of flows) chars += flow.text.length;
      this.sliceChars = nextSliceChars(this.sliceChars, chars, sliceMs);
      if (!walker.done) await this.options.yieldToPage();
    }
  }

  private drop(findings: readonly Finding[]): void {
    for (const finding of findings) this.dropped.add(finding);
  }

  /** Adds one task of ours (a slice, or a background reading put in place) to the stats. */
  private count(taskMs: number): void {
    this.statistics.busyMs += taskMs;
    this.statistics.longestTaskMs = Math.max(this.statistics.longestTaskMs, taskMs);
  }

  private add(flows: Flow[]): void {
    // An English passage on a Vietnamese page (`<p lang="en">`) gets the English grammar.
    const isEnglish = (flow: Flow) => flow.lang.startsWith('en');
    const english = flows.filter(isEnglish);
    const added = english.length
      ? interleave(flows, [
          ...this.extractFlows(
            flows.filter((f) => !isEnglish(f)),
            this.options.lang,
          ),
          ...this.extractFlows(english, 'en'),
        ])
      : this.extractFlows(flows, this.options.lang);
    if (added.length === 0) return;
    this.current = insertBlock(this.current, added);
    this.options.onChange(added, []);
  }

  private extractFlows(flows: Flow[], lang: 'vi' | 'en' | undefined): Finding[] {
    if (flows.length === 0) return [];
    // A slice that starts inside a table reads its header row too: the header names the columns.
    const locate = cellLocator();
    const borrowed = this.missingHeaderFlows(flows, locate);
    const page = joinFlows([...borrowed, ...flows]);
    const tables = tablesOf(page, locate);
    const deadlineDetails = !this.options.complete;
    const published = this.published;
    const extraction = extract(page.text, { published, lang, tables, deadlineDetails });
    this.published ??= publishedDayOf(extraction.dates);
    const findings = this.place(page, extraction, borrowed);
    const stamp = ++this.reads;
    for (const flow of flows) this.readAt.set(flow.container, stamp);
    const resolved = lang ?? guessLanguage(page.text);
    if (this.options.complete && !readFully(extraction, resolved, published === this.published))
      this.completeLater(page, resolved, tables, borrowed, findings, stamp);
    return findings;
  }

  /** Findings of `extraction` over `page`, without those in rows borrowed from elsewhere. */
  private place(page: PageText, extraction: Extraction, borrowed: Flow[]): Finding[] {
    const findings = toFindings(page, extraction);
    if (borrowed.length === 0) return findings;
    const lent = new Set(borrowed.map((flow) => flow.container));
    return findings.filter((finding) => !lent.has(finding.container));
  }

  /**
   * Asks for the full reading of `page` and, when it comes, puts its findings in place of `local`
   * (what the page's own `extract` found there), unless those flows were read again or left meanwhile.
   */
  private completeLater(
    page: PageText,
    lang: 'vi' | 'en',
    tables: TextTable[],
    borrowed: Flow[],
    local: Finding[],
    stamp: number,
  ): void {
    const ask = this.options.complete;
    if (!ask) return;
    const own = page.flows.filter((flow) => !borrowed.includes(flow));
    const options = { published: this.published, lang, tables: tables.length ? tables : undefined };
    void ask(page.text, options)
      .then((enriched) => {
        if (!enriched || this.stopped) return;
        const fresh = own.every((flow) => flow.container.isConnected && this.readAt.get(flow.container) === stamp);
        // Every finding of ours enters `current` once, when its slice is read: present unless dropped.
        if (!fresh || local.some((finding) => this.dropped.has(finding))) return;
        const started = performance.now();
        const added = this.place(page, enriched, borrowed);
        this.current = replaceFindings(this.current, local, added);
        this.drop(local);
        this.options.onChange(added, local);
        this.count(performance.now() - started);
      })
      .catch((error) => logQuietly('completing the extraction in the background', error));
  }

  /** Flows of the header rows of tables this slice is inside of but whose header it lacks. */
  private missingHeaderFlows(flows: Flow[], locate: CellLocator): Flow[] {
    const headers = new Set<HTMLTableRowElement>();
    for (const flow of flows) {
      const table = locate(flow.container)?.table;
      const header = table && headerRowOf(table);
      if (header) headers.add(header);
    }
    // A header row the slice already holds needs no borrowing.
    for (const flow of flows) {
      const row = locate(flow.container)?.cell.parentElement;
      if (row instanceof HTMLTableRowElement) headers.delete(row);
    }
    return [...headers].flatMap((row) => collectFlows(row, { isOwn: this.options.isOwn }));
  }
}

/**
 * Whether the page's own reading is already the full one, so the background need not be asked: the
 * background adds deadline details (to deadlines only) and compromise's English reading, and reads
 * with the page's date when this slice was the one to find it. Sending a slice's text costs the page
 * a serialisation of it on the main thread.
 */
function readFully(extraction: Extraction, lang: 'vi' | 'en', samePublished: boolean): boolean {
  return lang === 'vi' && samePublished && !extraction.dates.some((date) => date.kind === 'deadline');
}

/** Findings of one slice's flows in the flows' order (each flow's findings are already in order). */
function interleave(flows: Flow[], findings: Finding[]): Finding[] {
  const order = new Map<Element, number>(flows.map((flow, i) => [flow.container, i]));
  return findings
    .map((finding, i) => [order.get(finding.container) ?? 0, i, finding] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, , finding]) => finding);
}

/**
 * Inserts `block` (findings of one contiguous part of the page, in order) where it belongs in
 * `current`. A full scan appends; a rescan lands in the middle, found by binary search, so only
 * a logarithmic number of DOM position comparisons is made.
 */
function insertBlock(current: Finding[], block: Finding[]): Finding[] {
  const first = block[0] as Finding;
  const last = current[current.length - 1];
  if (!last || compareFindings(last, first) <= 0) return current.concat(block);
  const at = partitionPoint(current, (finding) => compareFindings(finding, first) <= 0);
  return [...current.slice(0, at), ...block, ...current.slice(at)];
}

/**
 * `current` with `local` (present in it) replaced by `added`, in document order. A slice's findings
 * sit in one block, so the block is swapped in place with two DOM comparisons at its edges; only
 * when the block was split or its neighbours would fall out of order is the whole list merged
 * (each comparison walks the DOM, so merging on every reading made a large page quadratic).
 */
export function replaceFindings(current: Finding[], local: Finding[], added: Finding[]): Finding[] {
  const removed = new Set(local);
  const first = local.length ? current.indexOf(local[0] as Finding) : -1;
  const end = first + local.length;
  const contiguous = first >= 0 && current.slice(first, end).every((finding) => removed.has(finding));
  if (contiguous) {
    const before = current[first - 1];
    const after = current[end];
    const fits =
      added.length === 0 ||
      ((!before || compareFindings(before, added[0] as Finding) <= 0) &&
        (!after || compareFindings(after, added[added.length - 1] as Finding) > 0));
    if (fits) return [...current.slice(0, first), ...added, ...current.slice(end)];
  }
  const kept = current.filter((finding) => !removed.has(finding));
  return added.length ? mergeInOrder(kept, added) : kept;
}

/** Both lists in document order, merged (a late English reading may land between other findings). */
function mergeInOrder(current: Finding[], added: Finding[]): Finding[] {
  const merged: Finding[] = [];
  let i = 0;
  for (const finding of added) {
    while (i < current.length && compareFindings(current[i] as Finding, finding) <= 0)
      merged.push(current[i++] as Finding);
    merged.push(finding);
  }
  return merged.concat(current.slice(i));
}
