/**
 * Keeps the page's findings: a full scan in time slices (so no task runs long), and rescans of the
 * flow containers that changed. Extraction is the pure `extract` (no compromise on the page).
 */
import { extract } from '../extract/index';
import { compareFindings, type Finding, toFindings } from './findings';
import { joinFlows } from './page-text';
import { type Flow, FlowWalker } from './text-flows';

const ISO_DAY_RE = /^\d{4}-\d\d-\d\d$/;

/** How long one slice of DOM walking may run before yielding to the page. */
const SLICE_MS = 8;

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
}

export class PageScanner {
  private current: Finding[] = [];
  private published: string | undefined;
  private generation = 0;

  constructor(private readonly options: ScannerOptions) {
    this.published = options.published;
  }

  /** Every finding on the page, in document order. */
  get findings(): readonly Finding[] {
    return this.current;
  }

  /** Forgets everything and scans the whole page again, slice by slice. Resolves when done. */
  async scanAll(): Promise<void> {
    const generation = ++this.generation;
    const removed = this.current;
    this.current = [];
    if (removed.length) this.options.onChange([], removed);
    await this.walk(new FlowWalker(this.options.root, { isOwn: this.options.isOwn }), generation);
  }

  /** Reads `containers` again (they changed), replacing the findings inside them. */
  async rescan(containers: Element[]): Promise<void> {
    const generation = this.generation;
    const inside = (finding: Finding) =>
      !finding.container.isConnected || containers.some((container) => container.contains(finding.container));
    const removed = this.current.filter(inside);
    if (removed.length) {
      this.current = this.current.filter((finding) => !inside(finding));
      this.options.onChange([], removed);
    }
    for (const container of containers) {
      if (!container.isConnected) continue;
      await this.walk(new FlowWalker(container, { isOwn: this.options.isOwn }), generation);
      if (generation !== this.generation) return;
    }
  }

  private async walk(walker: FlowWalker, generation: number): Promise<void> {
    while (!walker.done) {
      const flows = walker.take(SLICE_MS);
      if (generation !== this.generation) return;
      if (flows.length) this.add(flows);
      if (!walker.done) await this.options.yieldToPage();
    }
  }

  private add(flows: Flow[]): void {
    // An English passage on a Vietnamese page (`<p lang="en">`) gets the English grammar.
    const english = flows.filter((flow) => flow.lang.startsWith('en'));
    const rest = english.length ? flows.filter((flow) => !flow.lang.startsWith('en')) : flows;
    const added = [...this.extractFlows(rest, this.options.lang), ...this.extractFlows(english, 'en')];
    if (added.length === 0) return;
    added.sort(compareFindings);
    this.current = mergeSorted(this.current, added);
    this.options.onChange(added, []);
  }

  private extractFlows(flows: Flow[], lang: 'vi' | 'en' | undefined): Finding[] {
    if (flows.length === 0) return [];
    const page = joinFlows(flows);
    const extraction = extract(page.text, { published: this.published, lang });
    this.published ??= extraction.dates.find((date) => date.kind === 'published' && ISO_DAY_RE.test(date.value))?.value;
    return toFindings(page, extraction);
  }
}

/** Both lists are in document order; so is the result. */
function mergeSorted(a: Finding[], b: Finding[]): Finding[] {
  if (a.length === 0) return b;
  const last = a[a.length - 1] as Finding;
  if (compareFindings(last, b[0] as Finding) <= 0) return a.concat(b);
  return [...a, ...b].sort(compareFindings);
}
