/**
 * A laid-out document's top-level blocks as the DOCX worker sends them to the viewer: batches of
 * JSON, each read the first time one of its blocks is asked for. Pure.
 *
 * Why: a 5 MB Word file is some 20,000 paragraphs, each an element, its children's array, a leaf
 * and its text. Structured-cloned, those objects were made on the page's thread while both workers
 * were busy extracting, and all kept: the garbage collections that copied them on paused the page
 * 45–80 ms (a few milliseconds of work, the rest waiting for a core). As strings of 150,000
 * characters or more (docx-protocol.ts) they are a few large objects (over V8's 128 KiB) that no
 * young-generation collection copies; the viewer reads a batch when it builds the document's
 * sections, a few milliseconds at a time, once the read is done.
 */
import type { LaidNode } from './html-text';

/** What the viewer's surface reads blocks from: an array, or a `BlockList` (no negative indexes there). */
export interface Blocks {
  readonly length: number;
  at(index: number): LaidNode | undefined;
}

interface Batch {
  /** Index of the batch's first block. */
  from: number;
  json: string;
  nodes?: LaidNode[];
}

export class BlockList implements Blocks {
  private readonly batches: Batch[] = [];
  length = 0;

  /** Adds `count` blocks, given as the JSON of their array. */
  add(json: string, count: number): void {
    this.batches.push({ from: this.length, json });
    this.length += count;
  }

  at(index: number): LaidNode | undefined {
    if (index < 0 || index >= this.length) return undefined;
    const batch = this.batchOf(index);
    if (!batch.nodes) {
      batch.nodes = JSON.parse(batch.json) as LaidNode[];
      batch.json = ''; // read: the tree is what is kept
    }
    return batch.nodes[index - batch.from];
  }

  /** The batch that holds block `index` (binary search: batches are in order). */
  private batchOf(index: number): Batch {
    let low = 0;
    let high = this.batches.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.batches[middle] as Batch).from <= index) low = middle;
      else high = middle - 1;
    }
    return this.batches[low] as Batch;
  }
}
