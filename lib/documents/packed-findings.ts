/**
 * A document's findings as the viewer's workers send them to its page: per finding, its place and
 * category as numbers in one typed array, and everything else (keys, text, sentence, the reference
 * or date) as UTF-8 JSON in one byte array, both transferred without a copy. The page makes small
 * objects of the numbers and reads a finding's JSON only when something asks for the rest: the
 * panel's drawn rows, the highlights near the view, the card.
 *
 * Why: a 5 MB Word file has 60,000 findings. Received as structured-cloned objects they were
 * 60 MB of strings and objects made on the page's thread, all kept, so every young-generation
 * garbage collection copied them on: pauses of 35–60 ms in the middle of a read (over the 50 ms a
 * user feels). Bytes in an array buffer live outside the JavaScript heap; the collector never
 * copies them. Pure.
 */
import { lineKeyOf } from '../watchlist/summary';
import type { FindingCategory } from '../watchlist/types';
import { fnv1a } from '../watchlist/watch-key';
import type { DocumentFinding } from './findings';

export interface PackedFindings {
  /**
   * FIELDS numbers per finding: start, end, page, category, the hash of its line key (the card
   * finds a line's other findings by it), and the end of its JSON in `details`.
   */
  numbers: Int32Array;
  details: Uint8Array;
}

const FIELDS = 6;
const CATEGORIES: readonly FindingCategory[] = ['reference', 'weak-reference', 'deadline', 'date'];
const CATEGORY_INDEX = new Map(CATEGORIES.map((category, index) => [category, index]));

function categoryIndex(category: FindingCategory): number {
  const index = CATEGORY_INDEX.get(category);
  if (index === undefined) throw new Error(`no packed form for category ${category}`);
  return index;
}

/** What a packed finding keeps in JSON until asked: all but its numbers. */
type Details = Omit<DocumentFinding, 'category' | 'start' | 'end' | 'page'>;

export function packFindings(findings: readonly DocumentFinding[]): PackedFindings {
  const numbers = new Int32Array(findings.length * FIELDS);
  const jsons = findings.map(({ key, text, sentence, watchKey, documentKey, prefix, suffix, reference, date }) =>
    JSON.stringify({ key, text, sentence, watchKey, documentKey, prefix, suffix, reference, date } satisfies Details),
  );
  // UTF-8 takes at most 3 bytes per UTF-16 unit.
  const buffer = new Uint8Array(jsons.reduce((sum, json) => sum + json.length, 0) * 3);
  const encoder = new TextEncoder();
  let written = 0;
  findings.forEach((finding, index) => {
    written += encoder.encodeInto(jsons[index] as string, buffer.subarray(written)).written;
    const at = index * FIELDS;
    numbers[at] = finding.start;
    numbers[at + 1] = finding.end;
    numbers[at + 2] = finding.page;
    numbers[at + 3] = categoryIndex(finding.category);
    numbers[at + 4] = lineHash(lineKeyOf(finding));
    numbers[at + 5] = written;
  });
  return { numbers, details: buffer.slice(0, written) };
}

/** The buffers to transfer with a message that carries `packed`. */
export const transferOf = (packed: PackedFindings): ArrayBuffer[] => [
  packed.numbers.buffer as ArrayBuffer,
  packed.details.buffer as ArrayBuffer,
];

const decoder = new TextDecoder();

/** The hash of a line key (watch keys' FNV-1a): equal keys, equal hashes, in an Int32Array's range. */
export const lineHash = (key: string): number => fnv1a(key);

/**
 * A finding read from a packed batch: its place and category at once, the rest (the getters) from
 * its JSON the first time one of them is read.
 */
export class PackedFinding implements DocumentFinding {
  #details: Details | undefined;

  constructor(
    readonly category: FindingCategory,
    readonly start: number,
    readonly end: number,
    readonly page: number,
    readonly lineHash: number,
    private readonly bytes: Uint8Array,
    private readonly from: number,
    private readonly to: number,
  ) {}

  private details(): Details {
    this.#details ??= JSON.parse(decoder.decode(this.bytes.subarray(this.from, this.to))) as Details;
    return this.#details;
  }

  get key() {
    return this.details().key;
  }
  get text() {
    return this.details().text;
  }
  get sentence() {
    return this.details().sentence;
  }
  get watchKey() {
    return this.details().watchKey;
  }
  get documentKey() {
    return this.details().documentKey;
  }
  get prefix() {
    return this.details().prefix;
  }
  get suffix() {
    return this.details().suffix;
  }
  get reference() {
    return this.details().reference;
  }
  get date() {
    return this.details().date;
  }

  /**
   * Everything, as a plain object, for JSON (and tests). A structured clone, a spread or
   * `Object.keys` would see the own fields instead, the batch's bytes among them: none is made of one.
   */
  toJSON(): DocumentFinding {
    const { reference, date, ...rest } = this.details();
    return {
      category: this.category,
      start: this.start,
      end: this.end,
      page: this.page,
      ...rest,
      ...(reference ? { reference } : {}),
      ...(date ? { date } : {}),
    };
  }
}

export function unpackFindings({ numbers, details }: PackedFindings): PackedFinding[] {
  const findings: PackedFinding[] = [];
  let from = 0;
  for (let at = 0; at < numbers.length; at += FIELDS) {
    const to = numbers[at + 5] as number;
    const category = CATEGORIES[numbers[at + 3] as number];
    if (!category) throw new Error(`no category numbered ${numbers[at + 3]}`);
    const start = numbers[at] as number;
    const end = numbers[at + 1] as number;
    const page = numbers[at + 2] as number;
    const lineHash = numbers[at + 4] as number;
    findings.push(new PackedFinding(category, start, end, page, lineHash, details, from, to));
    from = to;
  }
  return findings;
}

/** The hash of `finding`'s line key: a packed finding has it without reading its details. */
export const lineHashOf = (finding: DocumentFinding): number =>
  finding instanceof PackedFinding ? finding.lineHash : lineHash(lineKeyOf(finding));
