/** What the viewer asks its analysis worker (analysis-worker.ts) and what it answers. */
import type { LineFields } from '../findings';
import type { PackedFindings } from '../packed-findings';
import type { DocumentText } from '../types';

export interface AnalysisRequest {
  id: number;
  doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>;
}

export type AnalysisMessage =
  /** The findings of the next slice, which ends at text offset `end`. */
  | { id: number; type: 'findings'; findings: PackedFindings; end: number }
  /** All sliced; the panel's lines as each line's first finding and its count. */
  | { id: number; type: 'done'; first: Int32Array; count: Int32Array }
  | { id: number; type: 'error'; error: string }
  /** A slice of the DOCX worker's second half, read here for it (see `HelperPortMessage`). */
  | { id: number; type: 'tail'; findings: PackedFindings }
  /** The second half is all sent. */
  | { id: number; type: 'tail-done' }
  /** The read was given up (`CancelHelp`): the second half stopped part way. */
  | { id: number; type: 'tail-stopped' };

/** The page gave the DOCX read `id` up: the analysis worker stops its half at the next slice. */
export interface CancelHelp {
  type: 'cancel';
  id: number;
}

/**
 * The DOCX worker's share of its extraction: the viewer hands it a port to this worker, over which
 * it asks for the slices of `doc` from text offset `from` on, while it reads the ones before. The
 * findings of those slices come to the viewer straight from here, as they are read, tagged with
 * `id`; the DOCX worker gets only what it needs to sum the panel's lines up (`LineFields`). The
 * findings once went through the DOCX worker, which spent a third of a second receiving and
 * sending them again at the very end of the read.
 */
export interface HelperPortMessage {
  type: 'helper';
  port: MessagePort;
  id: number;
}
export interface HelperRequest {
  doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>;
  from: number;
}
export type HelperAnswer = ({ type: 'fields' } & LineFields) | { type: 'error'; error: string };
