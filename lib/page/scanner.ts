/**
 * Keeps the page's findings: a full scan in time slices (so no task runs long), and rescans of the
 * flow containers that changed. The page's thread only walks the DOM and places what was found:
 * each slice's text is read off it (`read`: the background runs the one extraction pipeline).
 */
import { publishedDayOf } from '../extract/dates/values';
import { shiftExtraction } from '../extract/shift';
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
 * The most text one reading carries. A slice is at most one flow past MAX_SLICE_CHARS, but one
 * flow (a page's one giant paragraph) can be any length, and the background refuses a request
 * of more than 2,000,000 characters: longer texts are read in pieces cut at a space.
 */
const READ_PIECE_CHARS = 1_000_000;

/**
 * The text budget of the next slice, from the last one: `chars` of text took `ms`. Scaled to the
 * target, at most doubled at a time (a cheap stretch says little about the next).
 */
export function nextSliceChars(current: number, chars: number, ms: number): number {
  if (chars === 0) return current;
  const fitting = Math.floor((chars * TARGET_SLICE_MS) / Math.max(ms, 0.1));
  return Math.max(MIN_SLICE_CHARS, Math.min(MAX_SLICE_CHARS, 2 * current, fitting));
}

/** The options a slice's text is read with: the page's date, its language, its tables. */
export interface ReadOptions {
  published?: string;
  lang?: 'vi' | 'en';
  tables?: TextTable[];
}

export type ReadText = (text: string, options: ReadOptions) => Promise<Extraction>;

/** One slice's text in one language, as sent to be read, and when its flows were stamped read. */
interface SliceText {
  page: PageText;
  lang: 'vi' | 'en' | undefined;
  tables: TextTable[];
  /** Header rows borrowed from before the slice (their findings belong to an earlier slice). */
  borrowed: Flow[];
  stamp: number;
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
   * Reads a slice's text off the page's main thread (the background's `extractDocument`: every
   * reference, date and deadline with its task, owners and document; compromise on English).
   * Rejects when the reading is refused: that slice then shows nothing until it is read again.
   */
  read: ReadText;
  /** The most characters one reading may carry (READ_PIECE_CHARS; smaller in tests). */
  readPieceChars?: number;
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
  /** When each flow container was last sent to be read (a counter): a reading of older text is dropped. */
  private readonly readAt = new WeakMap<Element, number>();
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
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
      const slices = this.sliceTexts(flows);
      const walkMs = performance.now() - sliceStart;
      this.count(walkMs);
      // The page is free while the slice is read elsewhere.
      const placeMs = slices.length ? await this.readAndPlace(slices, generation) : 0;
      let chars = 0;
      for (const flow of flows) chars += flow.text.length;
      this.sliceChars = nextSliceChars(this.sliceChars, chars, walkMs + placeMs);
      if (!walker.done) await this.options.yieldToPage();
    }
  }

  /** Adds one task of ours (walking a slice, or placing its reading) to the stats. */
  private count(taskMs: number): void {
    this.statistics.busyMs += taskMs;
    this.statistics.longestTaskMs = Math.max(this.statistics.longestTaskMs, taskMs);
  }

  /**
   * The slice's text to be read, stamped: one text for the page's language and one for English
   * passages on a Vietnamese page (`<p lang="en">`), which get the English grammar.
   */
  private sliceTexts(flows: Flow[]): SliceText[] {
    if (flows.length === 0) return [];
    const isEnglish = (flow: Flow) => flow.lang.startsWith('en');
    const english = flows.filter(isEnglish);
    const groups: [Flow[], 'vi' | 'en' | undefined][] = english.length
      ? [
          [flows.filter((flow) => !isEnglish(flow)), this.options.lang],
          [english, 'en'],
        ]
      : [[flows, this.options.lang]];
    const stamp = ++this.reads;
    for (const flow of flows) this.readAt.set(flow.container, stamp);
    return groups.flatMap(([group, lang]) => {
      if (group.length === 0) return [];
      // A slice that starts inside a table reads its header row too: the header names the columns.
      const locate = cellLocator();
      const borrowed = this.missingHeaderFlows(group, locate);
      const page = joinFlows([...borrowed, ...group]);
      return [{ page, lang, tables: tablesOf(page, locate), borrowed, stamp }];
    });
  }

  /**
   * Has the slice read and puts its findings in place, unless a new full scan began meanwhile or
   * their flows were read again or left the page. Returns the main-thread time placing took.
   */
  private async readAndPlace(slices: SliceText[], generation: number): Promise<number> {
    const readings = await Promise.all(slices.map((slice) => this.read(slice)));
    if (this.stopped || generation !== this.generation) return 0;
    const started = performance.now();
    const found = slices.flatMap((slice, i) => {
      const reading = readings[i];
      const current = (finding: Finding) =>
        finding.container.isConnected && this.readAt.get(finding.container) === slice.stamp;
      return reading ? this.place(slice, reading).filter(current) : [];
    });
    const added = slices.length > 1 ? inFlowOrder(slices, found) : found;
    if (added.length) {
      this.current = insertBlock(this.current, added);
      this.options.onChange(added, []);
    }
    const placeMs = performance.now() - started;
    this.count(placeMs);
    return placeMs;
  }

  /**
   * The reading of one slice's text; null when it was refused. The slice that finds the page's
   * date (the first, when the page's metadata has none) is read again with it: dates without a year
   * and deadlines counted from the document's date depend on it.
   */
  private async read(slice: SliceText): Promise<Extraction | null> {
    const ask = (published: string | undefined) =>
      readInPieces(slice.page.text, this.options.readPieceChars ?? READ_PIECE_CHARS, (text) =>
        this.options.read(text, {
          published,
          lang: slice.lang,
          // Only a slice of one giant flow is cut, and a table's cells are flows of their own.
          tables: slice.tables.length && text.length === slice.page.text.length ? slice.tables : undefined,
        }),
      );
    try {
      const known = this.published;
      const reading = await ask(known);
      if (known !== undefined) return reading;
      this.published ??= publishedDayOf(reading.dates);
      return this.published === undefined ? reading : await ask(this.published);
    } catch (error) {
      logQuietly('reading the page text', error);
      return null;
    }
  }

  /** Findings of `extraction` over the slice, without those in rows borrowed from elsewhere. */
  private place(slice: SliceText, extraction: Extraction): Finding[] {
    const findings = toFindings(slice.page, extraction);
    if (slice.borrowed.length === 0) return findings;
    const lent = new Set(slice.borrowed.map((flow) => flow.container));
    return findings.filter((finding) => !lent.has(finding.container));
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
 * `text` read by `read` in pieces of at most `pieceChars`, each cut after a sentence's end, else
 * after a space (anywhere, when there is none), the pieces' findings shifted back into the whole
 * text. A sentence cut at a piece's edge is read as two.
 */
export async function readInPieces(
  text: string,
  pieceChars: number,
  read: (piece: string) => Promise<Extraction>,
): Promise<Extraction> {
  if (text.length <= pieceChars) return read(text);
  const whole: Extraction = { references: [], dates: [] };
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + pieceChars);
    if (end < text.length) end = pieceEnd(text, start, end);
    const piece = shiftExtraction(await read(text.slice(start, end)), start);
    // One push per finding: spreading a giant array into push() overflows the call stack.
    for (const reference of piece.references) whole.references.push(reference);
    for (const date of piece.dates) whole.dates.push(date);
    start = end;
  }
  return whole;
}

/** Where a piece of `text` from `start` ending at most at `limit` is best cut. */
function pieceEnd(text: string, start: number, limit: number): number {
  // A sentence's end in the piece's last quarter; else its last space.
  const sentenceEnd = text.lastIndexOf('. ', limit - 2);
  if (sentenceEnd >= start + (limit - start) * 0.75) return sentenceEnd + 2;
  const space = text.lastIndexOf(' ', limit - 1);
  return space > start ? space + 1 : limit;
}

/** Findings of a slice's texts in the order of its flows (each text's findings are already in order). */
function inFlowOrder(slices: SliceText[], findings: Finding[]): Finding[] {
  const order = new Map<Element, number>();
  for (const slice of slices)
    for (const flow of slice.page.flows) if (!order.has(flow.container)) order.set(flow.container, order.size);
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
